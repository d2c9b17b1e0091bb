package fr.barometre.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.testing.SparkTestSession;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The figures grid and revisions on a handful of counted and uncounted events. */
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
            + "('region','ZZ','Non localisé',false), ('department','ZZ','Non localisé',false)"
            + " AS t(territory_level, territory_code, territory_name, in_grid)");
  }

  private static Dataset<Row> events() {
    return spark.sql(
        "SELECT * FROM VALUES "
            + "('OUVERTURE', true, '84', '38', 2024, '2024-S1'),"
            + "('EXTENSION', true, '84', '69', 2024, '2024-S2'),"
            + "('FERMETURE', true, '987', '987', 2024, '2024-S2'),"
            + "('OUVERTURE', true, 'ZZ', 'ZZ', 2024, '2024-S2'),"
            + "('REDUCTION', true, '84', '38', 2024, '2024-S2'),"
            + "('OUVERTURE', false, '11', '75', 2023, '2023-S1')"
            + " AS t(event_type, counted, region_code, department_code, year, half)");
  }

  private static Map<String, String> figures(Dataset<Row> rows) {
    return rows.collectAsList().stream()
        .collect(
            Collectors.toMap(
                r -> r.getAs("territory_level") + "/" + r.getAs("territory_code") + "/" + r.getAs("period"),
                r -> r.getAs("openings") + "," + r.getAs("extensions") + "," + r.getAs("closures") + ","
                    + r.getAs("reductions") + "," + r.getAs("net") + "," + r.getAs("greenfield_net")));
  }

  @Test
  void everyGridTerritoryHasEveryCountedPeriodAndOthersOnlyWhereNonZero() {
    Map<String, String> f = figures(NetOpenings.of(events(), territories(), "2024-S2"));
    // 3 periods (2024, 2024-S1, 2024-S2) × (1 country + 2 régions + 3 départements) + COM and ZZ rows
    // for 2024 and 2024-S2 at both levels: 18 + 8.
    assertThat(f).hasSize(26);
    assertThat(f.get("country/FR/2024")).isEqualTo("2,1,1,1,1,1");
    assertThat(f.get("country/FR/2024-S2")).isEqualTo("1,1,1,1,0,0");
    assertThat(f.get("region/84/2024")).isEqualTo("1,1,0,1,1,1");
    assertThat(f.get("department/75/2024-S1")).isEqualTo("0,0,0,0,0,0");
    assertThat(f.get("department/987/2024")).isEqualTo("0,0,1,0,-1,-1");
    assertThat(f).doesNotContainKey("department/987/2024-S1").doesNotContainKey("country/FR/2023");
    assertThat(f.get("region/ZZ/2024-S2")).isEqualTo("1,0,0,0,1,1");
  }

  @Test
  void revisionsAreTheDifferenceWithThePreviousVintage() {
    Dataset<Row> current = NetOpenings.of(events(), territories(), "2024-S2");
    Dataset<Row> previous =
        NetOpenings.of(events().where("half = '2024-S1'"), territories(), "2024-S1");
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
  }
}
