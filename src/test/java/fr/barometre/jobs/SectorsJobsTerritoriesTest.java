package fr.barometre.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.cli.Barometre;
import fr.barometre.sql.LakeViews;
import fr.barometre.testing.Golden;
import fr.barometre.testing.SparkTestSession;
import fr.barometre.testing.WorkedExports;
import fr.barometre.testing.WorkedLake;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The worked example's expected sectors, jobs and EPCI (shared/examples/worked/expected/VINTAGE/
 * sectors-jobs-territories/, copied under the test resources) against the exports of the worked
 * lake, compared by key as the spec says (level, code, period[, sector]; SIRET, type, date): the
 * files are a checking aid, not the exports' layout.
 */
class SectorsJobsTerritoriesTest {
  private static Path lake;
  private static Path out;
  private static SparkSession spark;

  @BeforeAll
  static void lake() {
    lake = WorkedLake.get();
    out = SparkTestSession.tempDir("sectors-out");
    spark = SparkTestSession.get();
  }

  private static Path export(String table, String vintage, String... more) {
    Path file = out.resolve(vintage + "-" + table + "-" + String.join("", more).replace("-", "") + ".csv");
    String[] args = {
      "export", "--lake", lake.toString(), "--table", table, "--vintage", vintage, "--out", file.toString()
    };
    int rc = Barometre.execute(Stream.concat(Arrays.stream(args), Arrays.stream(more)).toArray(String[]::new));
    assertThat(rc).as("export %s %s", table, vintage).isZero();
    return file;
  }

  private static Dataset<Row> csv(Path file) {
    return spark.read().option("header", "true").csv(file.toString());
  }

  private static Path expected(String vintage, String table) {
    return SparkTestSession.worked().resolve("expected").resolve(vintage).resolve("sectors-jobs-territories")
        .resolve(table + ".csv");
  }

  /** key → values, both as '|'-joined text (empty for null), of the given columns. */
  private static Map<String, String> byKey(Dataset<Row> rows, List<String> key, List<String> values) {
    Column k = concat_ws("|", key.stream().map(c -> coalesce(col(c), lit(""))).toArray(Column[]::new));
    Column v = concat_ws("|", values.stream().map(c -> coalesce(col(c), lit(""))).toArray(Column[]::new));
    Map<String, String> map = new HashMap<>();
    for (Row r : rows.select(k, v).collectAsList()) {
      assertThat(map.put(r.getString(0), r.getString(1))).as("key %s once", r.getString(0)).isNull();
    }
    return map;
  }

  private static void assertSameByKey(Dataset<Row> expected, Dataset<Row> actual, List<String> key) {
    List<String> values =
        Arrays.stream(expected.columns()).filter(c -> !key.contains(c) && !c.equals("vintage")).toList();
    Map<String, String> want = byKey(expected, key, values);
    Map<String, String> got = byKey(actual, key, values);
    assertThat(got.keySet()).as("keys").containsExactlyInAnyOrderElementsOf(want.keySet());
    want.forEach((k, v) -> assertThat(got.get(k)).as("%s of %s", values, k).isEqualTo(v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-S1", "2024-S2"})
  void netOpeningsAtEveryLevelWithJobsMatchTheWorkedExample(String vintage) {
    Dataset<Row> actual = csv(export("net_openings", vintage, "--level", "all", "--all-columns"));
    Dataset<Row> expected = csv(expected(vintage, "net_openings"));
    assertSameByKey(expected, actual, List.of("territory_level", "territory_code", "period"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-S1", "2024-S2"})
  void netOpeningsBySectorMatchTheWorkedExample(String vintage) {
    Path file = export("net_openings_by_sector", vintage);
    assertSameByKey(
        csv(expected(vintage, "net_openings_by_sector")), csv(file),
        List.of("territory_level", "territory_code", "period", "sector"));
    List<String> lines = WorkedExports.lines(file);
    assertThat(lines.get(0))
        .isEqualTo("vintage,territory_level,territory_code,territory_name,period,sector,sector_label,openings,"
            + "extensions,closures,reductions,net,greenfield_net,jobs_created,jobs_lost,net_jobs");
    Golden.assertMatches("worked/net_openings_by_sector_" + vintage + ".csv", lines);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-S1", "2024-S2"})
  void eventsHaveTheExpectedSectorJobsFlagsAndEpci(String vintage) {
    Dataset<Row> actual =
        csv(export("events", vintage, "--all-columns"))
            .withColumn(
                "ext_flags",
                concat_ws(
                    ";",
                    when(col("sector_unrecognised").equalTo("true"), lit("sector_unrecognised")),
                    when(col("jobs_estimated").equalTo("true"), lit("jobs_estimated"))))
            .withColumnRenamed("epci_code", "epci");
    assertSameByKey(csv(expected(vintage, "events")), actual, List.of("siret", "event_type", "effect_date"));
  }

  @Test
  void theDefaultNetOpeningsExportKeepsThePinnedLevelsAndColumns() {
    List<String> pinned = WorkedExports.lines(export("net_openings", "2024-S2"));
    WorkedExports.assertMatches("2024-S2", "net_openings", pinned);
    List<String> epci = WorkedExports.lines(export("net_openings", "2024-S2", "--level", "epci"));
    assertThat(epci.get(0)).isEqualTo(pinned.get(0));
    // 1,255 EPCI × 8 periods, and ZZ (not located, or outside every EPCI) for 2024 and 2024-S2.
    assertThat(epci).hasSize(1 + 1255 * 8 + 2);
    assertThat(epci).anySatisfy(l -> assertThat(l).startsWith("2024-S2,epci,ZZ,Hors EPCI ou non localisé,2024,1,0,1,0,0,0,"));
    assertThat(Barometre.execute("export", "--lake", lake.toString(), "--table", "events", "--vintage", "2024-S2",
        "--out", out.resolve("x.csv").toString(), "--level", "epci")).isEqualTo(2);
  }

  @Test
  void theSqlViewsIncludeTheLatestSectorTable() {
    assertThat(LakeViews.register(spark, lake.toString()))
        .contains("net_openings_by_sector", "latest_net_openings_by_sector");
    Row r =
        spark.sql("SELECT sum(net), sum(net_jobs) FROM latest_net_openings_by_sector"
                + " WHERE territory_level = 'country' AND period = '2024'")
            .first();
    // The country's 2024 row of the worked example: net 15, net jobs 898.
    assertThat(r.getLong(0)).isEqualTo(15L);
    assertThat(r.getLong(1)).isEqualTo(898L);
  }
}
