package fr.barometre.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.cli.Barometre;
import fr.barometre.testing.Golden;
import fr.barometre.testing.SparkTestSession;
import fr.barometre.testing.WorkedExports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * End to end through the launcher's Java entry point: the worked example of
 * shared/examples/worked for vintages 2024-S1 then 2024-S2 into one lake; the four exports of each
 * vintage equal the expected files (as row sets), reruns are idempotent and isolated.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkedExampleTest {
  private static final String[] TABLES = WorkedExports.TABLES.toArray(String[]::new);
  private static Path lake;
  private static Path out;

  @BeforeAll
  static void lake() {
    SparkTestSession.get(); // the launcher reuses the shared session
    lake = SparkTestSession.tempDir("worked-lake");
    out = SparkTestSession.tempDir("worked-out");
  }

  static int run(String vintage) {
    Path in = SparkTestSession.worked().resolve("inputs");
    return Barometre.execute(
        "run", "--vintage", vintage, "--lake", lake.toString(),
        "--sirene", in.resolve("sirene_2025-01-01.csv").toString(), "--sirene-date", "2025-01-01",
        "--sirene-previous", in.resolve("sirene_2024-01-01.csv").toString(),
        "--sirene-previous-date", "2024-01-01",
        "--successions", in.resolve("successions.csv").toString(),
        "--releves", in.resolve("releves").toString());
  }

  static Path export(String table, String vintage) {
    Path file = out.resolve(vintage + "-" + table + ".csv");
    int rc =
        Barometre.execute(
            "export", "--lake", lake.toString(), "--table", table, "--vintage", vintage, "--out", file.toString());
    assertThat(rc).as("export %s %s", table, vintage).isZero();
    return file;
  }

  static List<String> lines(Path file) {
    return WorkedExports.lines(file);
  }

  static void assertExportsMatch(String vintage) {
    for (String table : TABLES) {
      WorkedExports.assertMatches(vintage, table, lines(export(table, vintage)));
    }
  }

  @Test
  @Order(1)
  void vintage2024S1MatchesTheWorkedExample() {
    assertThat(run("2024-S1")).isZero();
    assertExportsMatch("2024-S1");
  }

  @Test
  @Order(2)
  void vintage2024S2MatchesTheWorkedExample() {
    assertThat(run("2024-S2")).isZero();
    assertExportsMatch("2024-S2");
  }

  @Test
  @Order(3)
  void rerunningAVintageLeavesOtherVintagesAndItselfUnchanged() {
    List<List<String>> before = new ArrayList<>();
    for (String t : TABLES) {
      before.add(lines(export(t, "2024-S2")));
    }
    assertThat(run("2024-S1")).isZero();
    assertThat(run("2024-S2")).isZero();
    for (int i = 0; i < TABLES.length; i++) {
      assertThat(lines(export(TABLES[i], "2024-S2"))).as(TABLES[i]).isEqualTo(before.get(i));
    }
    assertExportsMatch("2024-S1");
  }

  @Test
  @Order(4)
  void revisionsOf2024S2ShowTheChangesFrom2024S1() {
    List<String> revisions = lines(export("revisions", "2024-S2"));
    // Country, 2024-S1: 3 openings in vintage 2024-S1, 2 in 2024-S2 (one opening's date was
    // corrected into July by the 2024-S2 relève), so net 5 -> 4, a revision of -1.
    assertThat(revisions)
        .anySatisfy(l -> assertThat(l).startsWith("2024-S2,2024-S1,country,FR,2024-S1,France,2,3,-1,"));
    Golden.assertMatches("worked/revisions_2024-S2.csv", revisions);
  }
}
