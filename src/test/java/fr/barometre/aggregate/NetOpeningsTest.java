package fr.barometre.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.config.Zoning;
import fr.barometre.reference.UserZoning;
import fr.barometre.testing.SparkTestSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures grid (régions, départements, EPCI, a user zoning), the jobs figures and revisions on
 * a handful of counted and uncounted events.
 */
class NetOpeningsTest {
  private static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  private static Dataset<Row> territories() {
    return spark.sql(
        "SELECT * FROM VALUES "
            + "('region','84','Auvergne-Rhône-Alpes',true), ('region','11','Île-de-France',true),"
            + "('department','38','Isère',true), ('department','69','Rhône',true), ('department','75','Paris',true),"
            + "('region','987','Polynésie française',false), ('department','987','Polynésie française',false),"
            + "('region','ZZ','Non localisé',false), ('department','ZZ','Non localisé',false),"
            + "('epci','200040715','Grenoble-Alpes-Métropole',true), ('epci','200046977','Métropole de Lyon',true),"
            + "('epci','ZZ','Hors EPCI ou non localisé',false)"
            + " AS t(territory_level, territory_code, territory_name, in_grid)");
  }

  /**
   * Five counted events of 2024 (Grenoble, Lyon, Polynesia, not located, Grenoble) and one not
   * counted; with their jobs (one unknown), France 2030 mark and sector.
   */
  static Dataset<Row> events() {
    return SparkTestSession.get().sql(
        "SELECT * FROM VALUES "
            + "('OUVERTURE', true, '84', '38', '200040715', '38185', 2024, '2024-S1', 50, true, 'mecanique'),"
            + "('EXTENSION', true, '84', '69', '200046977', '69123', 2024, '2024-S2', 30, false, 'chimie'),"
            + "('FERMETURE', true, '987', '987', 'ZZ', '98735', 2024, '2024-S2', -25, NULL, 'energie'),"
            + "('OUVERTURE', true, 'ZZ', 'ZZ', 'ZZ', NULL, 2024, '2024-S2', NULL, false, 'non_classe'),"
            + "('REDUCTION', true, '84', '38', '200040715', '38185', 2024, '2024-S2', -40, false, 'mecanique'),"
            + "('OUVERTURE', false, '11', '75', '200054781', '75056', 2023, '2023-S1', 100, true, 'mecanique')"
            + " AS t(event_type, counted, region_code, department_code, epci_code, commune_code, year, half,"
            + " jobs_change, france2030, sector)");
  }

  private static Map<String, String> jobs(Dataset<Row> rows) {
    return byKey(rows, "jobs_created", "jobs_lost", "net_jobs", "events_without_jobs", "france2030");
  }

  /** "level/code/period" → the given columns' values joined by commas. */
  private static Map<String, String> byKey(Dataset<Row> rows, String... columns) {
    return rows.collectAsList().stream()
        .collect(
            Collectors.toMap(
                r -> r.getAs("territory_level") + "/" + r.getAs("territory_code") + "/" + r.getAs("period"),
                r -> java.util.Arrays.stream(columns).map(c -> String.valueOf(r.<Object>getAs(c)))
                    .collect(Collectors.joining(","))));
  }

  private static Map<String, String> figures(Dataset<Row> rows) {
    return byKey(rows, "openings", "extensions", "closures", "reductions", "net", "greenfield_net");
  }

  @Test
  void everyGridTerritoryHasEveryCountedPeriodAndOthersOnlyWhereNonZero() {
    Map<String, String> f = figures(NetOpenings.of(events(), territories(), List.of(), "2024-S2"));
    // 3 periods (2024, 2024-S1, 2024-S2) × (1 country + 2 régions + 3 départements + 2 EPCI) + COM
    // and ZZ rows for 2024 and 2024-S2 at région and département level, and ZZ at EPCI level
    // (Polynesia is in no EPCI): 24 + 8 + 2.
    assertThat(f).hasSize(34);
    assertThat(f.get("country/FR/2024")).isEqualTo("2,1,1,1,1,1");
    assertThat(f.get("country/FR/2024-S2")).isEqualTo("1,1,1,1,0,0");
    assertThat(f.get("region/84/2024")).isEqualTo("1,1,0,1,1,1");
    assertThat(f.get("department/75/2024-S1")).isEqualTo("0,0,0,0,0,0");
    assertThat(f.get("department/987/2024")).isEqualTo("0,0,1,0,-1,-1");
    assertThat(f).doesNotContainKey("department/987/2024-S1").doesNotContainKey("country/FR/2023");
    assertThat(f.get("region/ZZ/2024-S2")).isEqualTo("1,0,0,0,1,1");
    assertThat(f.get("epci/200040715/2024")).isEqualTo("1,0,0,1,0,1");
    assertThat(f.get("epci/200046977/2024-S1")).isEqualTo("0,0,0,0,0,0");
    assertThat(f.get("epci/ZZ/2024-S2")).isEqualTo("1,0,1,0,0,0");
    assertThat(f).doesNotContainKey("epci/ZZ/2024-S1");
  }

  @Test
  void jobsSumCountedEventsOnlyAndCountThoseWithoutJobs() {
    Map<String, String> j = jobs(NetOpenings.of(events(), territories(), List.of(), "2024-S2"));
    // created 50 + 30, lost 25 + 40; the unlocated opening has no jobs; one France 2030 laureate.
    assertThat(j.get("country/FR/2024")).isEqualTo("80,65,15,1,1");
    assertThat(j.get("country/FR/2024-S2")).isEqualTo("30,65,-35,1,0");
    assertThat(j.get("epci/200040715/2024")).isEqualTo("50,40,10,0,1");
    assertThat(j.get("department/75/2024")).isEqualTo("0,0,0,0,0");
  }

  @Test
  void aUserZoningHasEveryZoneOnTheGridAndZzForTheRest() throws IOException {
    Path file = SparkTestSession.tempDir("zoning").resolve("bassins.csv");
    Files.writeString(
        file, "commune_code,zone_code,zone_name\n38185,A,Alpes\n69123,A,Alpes\n75056,B,\"Paris, centre\"\n");
    UserZoning bassins =
        UserZoning.read(new Zoning(0, "bassin", file.toString()), spark.sparkContext().hadoopConfiguration());
    Map<String, String> f = figures(NetOpenings.of(events(), territories(), List.of(bassins), "2024-S2"));
    // Zones A and B for each of the 3 periods; ZZ (Polynesia, the unlocated opening) for 2024, 2024-S2.
    assertThat(f.keySet().stream().filter(k -> k.startsWith("bassin/")))
        .containsExactlyInAnyOrder(
            "bassin/A/2024", "bassin/A/2024-S1", "bassin/A/2024-S2", "bassin/B/2024", "bassin/B/2024-S1",
            "bassin/B/2024-S2", "bassin/ZZ/2024", "bassin/ZZ/2024-S2");
    assertThat(f.get("bassin/A/2024")).isEqualTo("1,1,0,1,1,1");
    assertThat(f.get("bassin/B/2024")).isEqualTo("0,0,0,0,0,0");
    assertThat(f.get("bassin/ZZ/2024")).isEqualTo("1,0,1,0,0,0");
    List<Row> names =
        NetOpenings.of(events(), territories(), List.of(bassins), "2024-S2")
            .where("territory_level = 'bassin' AND period = '2024'").orderBy("territory_code")
            .select("territory_name").collectAsList();
    assertThat(names).extracting(r -> r.getString(0))
        .containsExactly("Alpes", "Paris, centre", UserZoning.OUTSIDE_NAME);
  }

  @Test
  void revisionsAreTheDifferenceWithThePreviousVintage() {
    Dataset<Row> current = NetOpenings.of(events(), territories(), List.of(), "2024-S2");
    Dataset<Row> previous =
        NetOpenings.of(events().where("half = '2024-S1'"), territories(), List.of(), "2024-S1");
    List<Row> rows =
        Revisions.of(current, previous, "2024-S2", "2024-S1")
            .where("territory_level = 'country' AND period = '2024'")
            .collectAsList();
    assertThat(rows).hasSize(1);
    Row r = rows.get(0);
    assertThat(r.<Long>getAs("net")).isEqualTo(1L);
    assertThat(r.<Long>getAs("net_previous")).isEqualTo(1L);
    assertThat(r.<Long>getAs("openings_revision")).isEqualTo(1L);
    assertThat(r.<Long>getAs("reductions_revision")).isEqualTo(1L);
    assertThat(r.<String>getAs("previous_vintage")).isEqualTo("2024-S1");
    // The EPCI and zonings are not revised (interfaces.md levels only).
    assertThat(Revisions.of(current, previous, "2024-S2", "2024-S1").where("territory_level = 'epci'").count())
        .isZero();
  }
}
