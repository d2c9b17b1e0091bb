package fr.barometre.sql;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.cli.Barometre;
import fr.barometre.testing.SparkTestSession;
import fr.barometre.testing.WorkedLake;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQL over the worked example's lake (vintages 2024-S1 and 2024-S2): tables by name, latest-vintage
 * views, Delta time travel, and the {@code sql} command's two output formats and errors.
 */
class SqlTest {
  private static Path lake;
  private static SparkSession spark;

  @BeforeAll
  static void views() {
    lake = WorkedLake.get();
    spark = SparkTestSession.get();
    LakeViews.register(spark, lake.toString());
  }

  private static String[] expectedCountry2024(String vintage) {
    return WorkedLake.expected(vintage, "net_openings").stream()
        .map(l -> l.split(",", -1))
        .filter(r -> r[1].equals("country") && r[4].equals("2024"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyTableAndALatestViewAreKnownByName() {
    List<String> views = LakeViews.register(spark, lake.toString());
    assertThat(views)
        .contains("events", "net_openings", "revisions", "rejects", "candidates", "releve_rows", "runs",
            "sirene_establishments", "latest_events", "latest_net_openings", "latest_revisions",
            "latest_sirene_establishments");
    assertThat(spark.sql("SELECT DISTINCT vintage FROM net_openings ORDER BY vintage").collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly("2024-S1", "2024-S2");
  }

  @Test
  void latestViewsHoldTheGreatestVintageOnly() {
    List<Row> rows =
        SqlJob.query(spark, "SELECT vintage, net FROM latest_net_openings WHERE territory_level = 'country' AND period = '2024'")
            .collectAsList();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getString(0)).isEqualTo("2024-S2");
    assertThat(rows.get(0).getLong(1)).isEqualTo(Long.parseLong(expectedCountry2024("2024-S2")[9]));
  }

  @Test
  void deltaTimeTravelReadsTheFirstCommit() {
    // Version 0 of events is the first run, 2024-S1: exactly its events.
    long s1Events = WorkedLake.expected("2024-S1", "events").size() - 1;
    String byPath = "SELECT count(*), max(vintage) FROM delta.`" + lake + "/events` VERSION AS OF 0";
    String byVariable = "SELECT count(*), max(vintage) FROM delta.`${lake}/events` VERSION AS OF 0";
    for (String q : List.of(byPath, byVariable)) {
      Row r = SqlJob.query(spark, q).first();
      assertThat(r.getLong(0)).as(q).isEqualTo(s1Events);
      assertThat(r.getString(1)).as(q).isEqualTo("2024-S1");
    }
  }

  @Test
  void commandPrintsCsv() {
    String[] france = expectedCountry2024("2024-S1");
    Output o = run("sql", "SELECT vintage, net, greenfield_net FROM net_openings WHERE territory_level = 'country'"
        + " AND period = '2024' AND vintage = '2024-S1'", "--lake", lake.toString(), "--format", "csv");
    assertThat(o.rc).isZero();
    assertThat(o.out.lines().toList()).containsExactly("vintage,net,greenfield_net", "2024-S1," + france[9] + "," + france[10]);
  }

  @Test
  void csvNeutralisesFormulaLikeTextUnlessRaw() {
    String query = "SELECT '=HYPERLINK(\\'x\\')' AS name, -3 AS net";
    Output safe = run("sql", query, "--lake", lake.toString(), "--format", "csv");
    assertThat(safe.out.lines().toList()).containsExactly("name,net", "'=HYPERLINK('x'),-3");
    Output raw = run("sql", query, "--lake", lake.toString(), "--format", "csv", "--raw");
    assertThat(raw.out.lines().toList()).containsExactly("name,net", "=HYPERLINK('x'),-3");
  }

  @Test
  void commandPrintsAnAlignedTableByDefault() {
    Output o = run("sql", "--lake", lake.toString(),
        "SELECT territory_name, net FROM latest_net_openings WHERE territory_level = 'region' AND period = '2024'"
            + " AND territory_code IN ('11', '84') ORDER BY territory_code");
    assertThat(o.rc).isZero();
    List<String> lines = o.out.lines().toList();
    assertThat(lines.get(0)).matches("territory_name\\s+\\| net");
    assertThat(lines.get(1)).matches("-+-\\+-+");
    assertThat(lines.get(2)).matches("Île-de-France\\s+\\|\\s+5");
    assertThat(lines.get(3)).matches("Auvergne-Rhône-Alpes \\|\\s+5");
    assertThat(lines.get(4)).isEqualTo("(2 rows)");
    // Columns line up: the separator sits at the same place on every row.
    int bar = lines.get(0).indexOf('|');
    assertThat(lines.get(1).indexOf('+')).isEqualTo(bar);
    assertThat(List.of(lines.get(2), lines.get(3))).allSatisfy(l -> assertThat(l.indexOf('|')).isEqualTo(bar));
  }

  @Test
  void badQueriesAndOptionsAreUsageErrors() {
    assertThat(run("sql", "SELECT * FROM no_such_table", "--lake", lake.toString()).rc).isEqualTo(2);
    assertThat(run("sql", "SELEC oops", "--lake", lake.toString()).rc).isEqualTo(2);
    assertThat(run("sql", "SELECT 1", "--lake", lake.toString(), "--format", "xml").rc).isEqualTo(2);
    assertThat(run("sql", "--lake", lake.toString()).rc).isEqualTo(2);
    assertThat(run("sql", "SELECT 1", "--lake", lake.resolve("nowhere").toString()).rc).isEqualTo(3);
  }

  private record Output(int rc, String out) {}

  private static Output run(String... argv) {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      int rc = Barometre.execute(argv);
      return new Output(rc, bytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(saved);
    }
  }
}
