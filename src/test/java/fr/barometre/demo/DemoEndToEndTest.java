package fr.barometre.demo;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.cli.Barometre;
import fr.barometre.config.BarometreConfig;
import fr.barometre.testing.SparkTestSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo data run through the real pipeline (vintage 2024-S2, through the launcher's entry
 * point) give the baromètre's published figures: 2024 nationally 114 openings, 152 extensions,
 * 119 closures, 58 reductions (net 89: 40 in the first half, 49 in the second), Auvergne-Rhône-Alpes
 * 59 openings and extensions against 27 closures and reductions; 2022 139/151/90/24; 2023 net 189;
 * and the sectors of the 2024 release, the cited sites' sectors, jobs and France 2030 awards.
 * A small SIRENE background keeps it fast: the figures do not depend on it.
 */
class DemoEndToEndTest {
  private static Dataset<Row> figures;
  private static Dataset<Row> bySector;
  private static Dataset<Row> events;

  @BeforeAll
  static void run() throws Exception {
    SparkTestSession.get();
    Path data = SparkTestSession.tempDir("demo-data");
    Path lake = SparkTestSession.tempDir("demo-lake");
    DemoFiles f = DemoData.generate(data, DemoData.DEFAULT_SEED, 300, BarometreConfig.load(Optional.empty()).methodology());
    int rc = Barometre.execute(
        "run", "--vintage", "2024-S2", "--lake", lake.toString(),
        "--sirene", f.sirene().toString(), "--sirene-date", f.sireneDate().toString(),
        "--sirene-previous", f.sirenePrevious().toString(), "--sirene-previous-date", f.sirenePreviousDate().toString(),
        "--successions", f.successions().toString(), "--releves", f.releves().toString());
    assertThat(rc).isZero();
    figures = SparkTestSession.get().read().format("delta").load(lake.resolve("net_openings").toString())
        .where(col("vintage").equalTo("2024-S2")).cache();
    bySector = SparkTestSession.get().read().format("delta").load(lake.resolve("net_openings_by_sector").toString())
        .where(col("vintage").equalTo("2024-S2")).cache();
    events = SparkTestSession.get().read().format("delta").load(lake.resolve("events").toString())
        .where(col("vintage").equalTo("2024-S2")).cache();
  }

  private static Row figure(String level, String code, String period) {
    List<Row> rows = figures.where(col("territory_level").equalTo(level)
        .and(col("territory_code").equalTo(code)).and(col("period").equalTo(period))).collectAsList();
    assertThat(rows).as("%s %s %s", level, code, period).hasSize(1);
    return rows.get(0);
  }

  private static long[] components(Row r) {
    return new long[] {r.<Long>getAs("openings"), r.<Long>getAs("extensions"), r.<Long>getAs("closures"),
        r.<Long>getAs("reductions"), r.<Long>getAs("net")};
  }

  @Test
  void national2024IsThePublishedOne() {
    assertThat(components(figure("country", "FR", "2024"))).containsExactly(114, 152, 119, 58, 89);
    assertThat(figure("country", "FR", "2024").<Long>getAs("greenfield_net")).isEqualTo(114 - 119);
    assertThat(figure("country", "FR", "2024-S1").<Long>getAs("net")).isEqualTo(40);
    assertThat(figure("country", "FR", "2024-S2").<Long>getAs("net")).isEqualTo(49);
  }

  @Test
  void auvergneRhoneAlpes2024IsThePublishedOne() {
    Row ara = figure("region", "84", "2024");
    assertThat(ara.<Long>getAs("openings") + ara.<Long>getAs("extensions")).isEqualTo(59);
    assertThat(ara.<Long>getAs("closures") + ara.<Long>getAs("reductions")).isEqualTo(27);
    assertThat(ara.<Long>getAs("net")).isEqualTo(32);
  }

  @Test
  void sectors2024AreThePublishedOnes() {
    // The DGE's 2024 release: industries vertes +27, agroalimentaire +20, transports −12, biens de
    // consommation +11, plasturgie −2, mécanique −2.
    Map<String, Long> net = new TreeMap<>();
    bySector.where(col("territory_level").equalTo("country").and(col("period").equalTo("2024"))).collectAsList()
        .forEach(r -> net.put(r.getAs("sector"), r.<Long>getAs("net")));
    assertThat(net).containsEntry("industries_vertes", 27L).containsEntry("agroalimentaire", 20L)
        .containsEntry("transport", -12L).containsEntry("biens_consommation", 11L)
        .containsEntry("plasturgie", -2L).containsEntry("mecanique", -2L);
    assertThat(net.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(89);
  }

  @Test
  void citedSitesAreFiledUnderTheirPublishedSectorsWithTheirJobsAndFrance2030() {
    Map<String, String> sectors = Map.of(
        "Dracula Technologies", "electronique", "ITEN", "electronique", "Limatech", "industries_vertes",
        "Symbio", "industries_vertes", "MGA MedTech", "sante", "Nutralp", "agroalimentaire",
        "Oxyane", "agroalimentaire", "Infiplast", "plasturgie");
    List<Row> cited = events.where(col("counted").and(col("raison_sociale").isin(sectors.keySet().toArray())))
        .collectAsList();
    assertThat(cited).hasSize(sectors.size());
    for (Row e : cited) {
      String name = e.getAs("raison_sociale");
      assertThat(e.<String>getAs("sector")).as(name).isEqualTo(sectors.get(name));
      assertThat(e.<String>getAs("sector_source")).as(name).isEqualTo("releve");
      assertThat(Boolean.TRUE.equals(e.getAs("france2030"))).as(name)
          .isEqualTo(name.equals("Dracula Technologies") || name.equals("Limatech"));
      // Published jobs: MGA MedTech 37 (an opening: +effectif_apres), Infiplast 15 hires (60 − 45).
      if (name.equals("MGA MedTech") || name.equals("Infiplast")) {
        assertThat(e.<Integer>getAs("jobs_change")).as(name).isEqualTo(name.equals("Infiplast") ? 15 : 37);
        assertThat(e.<Boolean>getAs("jobs_estimated")).as(name).isFalse();
      }
    }
  }

  @Test
  void mostCountedEventsNameTheirSectorAndGiveTheirJobs() {
    Dataset<Row> counted = events.where(col("counted").and(col("year").equalTo(2024)));
    long all = counted.count();
    assertThat(counted.where(col("sector_source").equalTo("releve")).count()).isGreaterThan(all / 2);
    assertThat(counted.where(col("jobs_change").isNotNull()).count()).isGreaterThan(all / 2);
    // A few services type a sector the list does not know: the activity code decides, flagged.
    assertThat(events.where(col("sector_unrecognised")).count()).isPositive();
    assertThat(events.where(col("sector_unrecognised").and(col("sector_source").notEqual("naf"))).count()).isZero();
  }

  @Test
  void earlierYearsAreThePublishedOnes() {
    assertThat(components(figure("country", "FR", "2022"))).containsExactly(139, 151, 90, 24, 176);
    assertThat(figure("country", "FR", "2023").<Long>getAs("net")).isEqualTo(189);
  }
}
