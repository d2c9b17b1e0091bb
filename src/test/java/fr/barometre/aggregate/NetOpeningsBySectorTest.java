package fr.barometre.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import fr.barometre.config.BarometreConfig;
import fr.barometre.config.Sectors;
import fr.barometre.reference.Cog;
import fr.barometre.testing.SparkTestSession;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * net_openings_by_sector on the events of {@link NetOpeningsTest}: the country's grid of sectors,
 * régions only where not all zero, labels from the configuration, and sums over sectors equal to
 * net_openings. Frames are compared with spark-testing-base's data equality on the shared session
 * (its own SparkContext is never started: only its comparison methods are used).
 */
class NetOpeningsBySectorTest extends JavaDataFrameSuiteBase {
  private static SparkSession spark;
  private static Sectors sectors;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
    sectors = BarometreConfig.load(Optional.empty()).methodology().sectors();
  }

  private static Dataset<Row> bySector() {
    return NetOpeningsBySector.of(NetOpeningsTest.events(), Cog.territories(spark), sectors, "2024-S2");
  }

  @Test
  void regionsHaveOnlyTheirNonZeroSectors() {
    Dataset<Row> expected =
        spark.sql(
            "SELECT * FROM VALUES "
                + "('84','Auvergne-Rhône-Alpes','2024','chimie','Chimie',0L,1L,0L,0L,1L,0L,30L,0L,30L),"
                + "('84','Auvergne-Rhône-Alpes','2024','mecanique','Mécanique et équipements',1L,0L,0L,1L,0L,1L,50L,40L,10L),"
                + "('84','Auvergne-Rhône-Alpes','2024-S1','mecanique','Mécanique et équipements',1L,0L,0L,0L,1L,1L,50L,0L,50L),"
                + "('84','Auvergne-Rhône-Alpes','2024-S2','chimie','Chimie',0L,1L,0L,0L,1L,0L,30L,0L,30L),"
                + "('84','Auvergne-Rhône-Alpes','2024-S2','mecanique','Mécanique et équipements',0L,0L,0L,1L,-1L,0L,0L,40L,-40L),"
                + "('987','Polynésie française','2024','energie','Énergie',0L,0L,1L,0L,-1L,-1L,0L,25L,-25L),"
                + "('987','Polynésie française','2024-S2','energie','Énergie',0L,0L,1L,0L,-1L,-1L,0L,25L,-25L),"
                + "('ZZ','Non localisé','2024','non_classe','Non classé',1L,0L,0L,0L,1L,1L,0L,0L,0L),"
                + "('ZZ','Non localisé','2024-S2','non_classe','Non classé',1L,0L,0L,0L,1L,1L,0L,0L,0L)"
                + " AS t(territory_code, territory_name, period, sector, sector_label, openings, extensions,"
                + " closures, reductions, net, greenfield_net, jobs_created, jobs_lost, net_jobs)");
    Dataset<Row> regions =
        bySector().where("territory_level = 'region'").drop("vintage", "territory_level")
            .orderBy("territory_code", "period", "sector");
    assertDataFrameDataEquals(expected.orderBy("territory_code", "period", "sector"), regions);
  }

  @Test
  void theCountryHasEverySectorForEveryCountedPeriodAndNonClasseOnlyWhereNonZero() {
    List<Row> country = bySector().where("territory_level = 'country'").collectAsList();
    // 3 periods × the 17 classified sectors, plus non_classe in 2024 and 2024-S2 (the unlocated
    // opening without an activity code).
    assertThat(country).hasSize(3 * 17 + 2);
    assertThat(country).filteredOn(r -> r.getAs("sector").equals("non_classe"))
        .extracting(r -> r.<String>getAs("period")).containsExactlyInAnyOrder("2024", "2024-S2");
    assertThat(country).filteredOn(r -> r.getAs("period").equals("2024-S1") && r.getAs("sector").equals("defense"))
        .singleElement().satisfies(r -> assertThat(r.<Long>getAs("openings") + r.<Long>getAs("net_jobs")).isZero());
    assertThat(country).extracting(r -> r.<String>getAs("sector_label")).contains("Défense", "Santé");
  }

  @Test
  void summingOverSectorsGivesTheNetOpeningsRows() {
    Dataset<Row> net =
        NetOpenings.of(NetOpeningsTest.events(), Cog.territories(spark), List.of(), "2024-S2")
            .where("territory_level IN ('country', 'region') AND openings + extensions + closures + reductions > 0")
            .selectExpr("territory_level", "territory_code", "period", "openings", "extensions", "closures",
                "reductions", "net", "greenfield_net", "jobs_created", "jobs_lost", "net_jobs")
            .orderBy("territory_level", "territory_code", "period");
    Dataset<Row> summed =
        bySector()
            .groupBy("territory_level", "territory_code", "period")
            .agg(org.apache.spark.sql.functions.expr("sum(openings)").as("openings"),
                org.apache.spark.sql.functions.expr("sum(extensions)").as("extensions"),
                org.apache.spark.sql.functions.expr("sum(closures)").as("closures"),
                org.apache.spark.sql.functions.expr("sum(reductions)").as("reductions"),
                org.apache.spark.sql.functions.expr("sum(net)").as("net"),
                org.apache.spark.sql.functions.expr("sum(greenfield_net)").as("greenfield_net"),
                org.apache.spark.sql.functions.expr("sum(jobs_created)").as("jobs_created"),
                org.apache.spark.sql.functions.expr("sum(jobs_lost)").as("jobs_lost"),
                org.apache.spark.sql.functions.expr("sum(net_jobs)").as("net_jobs"))
            .orderBy("territory_level", "territory_code", "period");
    assertDataFrameDataEquals(net, summed);
  }
}
