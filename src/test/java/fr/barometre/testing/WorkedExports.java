package fr.barometre.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.lake.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The worked example's expected exports ({@code src/test/resources/worked/expected/VINTAGE/TABLE.csv})
 * and the comparison every end-to-end test makes against them: the expected columns first in the
 * header, in order (columns added since, sectors-jobs-territories.md §4, follow them), and the same
 * rows in any order on those columns (an export's order is the export's business, its content is
 * the spec's).
 */
public final class WorkedExports {
  /** The four tables the worked example fixes exactly. */
  public static final List<String> TABLES =
      Stream.of(Table.NET_OPENINGS, Table.EVENTS, Table.CANDIDATES, Table.REJECTS).map(Table::tableName).toList();

  private WorkedExports() {}

  public static List<String> expected(String vintage, String table) {
    return lines(SparkTestSession.worked().resolve("expected").resolve(vintage).resolve(table + ".csv"));
  }

  /** Asserts that an export's lines (header first) are the expected ones. */
  public static void assertMatches(String vintage, String table, List<String> actual) {
    List<String> expected = expected(vintage, table);
    assertThat(actual).as("%s export of %s", table, vintage).isNotEmpty();
    int pinned = expected.get(0).split(",", -1).length;
    assertThat(prefix(actual.get(0), pinned)).as("%s header", table).isEqualTo(expected.get(0));
    assertThat(actual.subList(1, actual.size()).stream().map(l -> prefix(l, pinned)).toList())
        .as("%s rows of %s", table, vintage)
        .containsExactlyInAnyOrderElementsOf(expected.subList(1, expected.size()));
  }

  /** The first {@code fields} fields of a CSV line, as written (quoted fields may hold commas). */
  static String prefix(String line, int fields) {
    boolean quoted = false;
    int seen = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted && ++seen == fields) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  public static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
