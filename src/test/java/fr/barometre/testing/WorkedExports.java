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
 * and the comparison every end-to-end test makes against them: same header, same rows in any order
 * (an export's order is the export's business, its content is the spec's).
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
    assertThat(actual.get(0)).as("%s header", table).isEqualTo(expected.get(0));
    assertThat(actual.subList(1, actual.size()))
        .as("%s rows of %s", table, vintage)
        .containsExactlyInAnyOrderElementsOf(expected.subList(1, expected.size()));
  }

  public static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
