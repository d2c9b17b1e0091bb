package fr.barometre.events;

import static fr.barometre.events.EventFixtures.events;
import static fr.barometre.events.EventFixtures.inputs;
import static fr.barometre.events.EventFixtures.site;
import static fr.barometre.events.EventFixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Each counting rule of methodology §3, §4, §7 and §8 on a few inline rows. */
class EventRulesTest {

  private static String reason(Map<String, Row> ev, String key) {
    assertThat(ev).containsKey(key);
    return ev.get(key).getAs("reason");
  }

  private static String flags(Map<String, Row> ev, String key) {
    return ev.get(key).getAs("flags");
  }

  @Test
  void activityComesFromTheCurrentSnapshotThenThePreviousThenTheSurvey() {
    var ev =
        events(
            "2024-S2",
            inputs(
                List.of(
                    survey("2024-S2", "siret=1", "type=OUVERTURE", "date=2024-09-01", "apres=50", "naf=25.62B"),
                    survey("2024-S2", "siret=2", "type=OUVERTURE", "date=2024-09-01", "apres=50", "naf=25.62B"),
                    survey("2024-S2", "siret=3", "type=OUVERTURE", "date=2024-09-01", "apres=50", "naf=2720Z"),
                    survey("2024-S2", "siret=4", "type=OUVERTURE", "date=2024-09-01", "apres=50", "commune=38185")),
                List.of(site("1", "naf=46.90Z")),
                List.of(site("2", "naf=47.11F")),
                null));
    assertThat(reason(ev, "1 OUVERTURE 2024")).isEqualTo("out_of_scope_naf");
    assertThat(reason(ev, "2 OUVERTURE 2024")).isEqualTo("out_of_scope_naf");
    assertThat(reason(ev, "3 OUVERTURE 2024")).isNull();
    assertThat(flags(ev, "3 OUVERTURE 2024")).isEmpty();
    assertThat(reason(ev, "4 OUVERTURE 2024")).isNull();
    assertThat(flags(ev, "4 OUVERTURE 2024")).isEqualTo("naf_unknown");
  }

  @Test
  void excludedClassesAndTheCraftsRegisterAreOutOfScope() {
    var ev =
        events(
            "2024-S2",
            inputs(
                List.of(
                    survey("2024-S2", "siret=1", "type=OUVERTURE", "date=2024-09-01", "apres=50"),
                    survey("2024-S2", "siret=2", "type=OUVERTURE", "date=2024-09-01", "apres=50"),
                    survey("2024-S2", "siret=3", "type=OUVERTURE", "date=2024-09-01", "apres=50"),
                    survey("2024-S2", "siret=4", "type=OUVERTURE", "date=2024-09-01", "apres=50")),
                List.of(
                    site("1", "naf=38.11Z"),
                    site("2", "naf=10.71C"),
                    site("3", "naf=38.21Z"),
                    site("4", "naf=25.62A", "rm=25.62AZ")),
                null,
                null));
    assertThat(reason(ev, "1 OUVERTURE 2024")).isEqualTo("out_of_scope_naf");
    assertThat(reason(ev, "2 OUVERTURE 2024")).isEqualTo("out_of_scope_naf");
    assertThat(reason(ev, "3 OUVERTURE 2024")).isNull();
    assertThat(reason(ev, "4 OUVERTURE 2024")).isEqualTo("out_of_scope_craft");
  }

  @Test
  void headcountFallsBackToTheBandLowerBoundOfTheRightSnapshot() {
    var ev =
        events(
            "2024-S2",
            inputs(
                List.of(
                    survey("2024-S2", "siret=1", "type=OUVERTURE", "date=2024-09-01"),
                    survey("2024-S2", "siret=2", "type=OUVERTURE", "date=2024-09-01"),
                    survey("2024-S2", "siret=3", "type=OUVERTURE", "date=2024-09-01"),
                    survey("2024-S2", "siret=4", "type=FERMETURE", "date=2024-09-01"),
                    survey("2024-S2", "siret=5", "type=FERMETURE", "date=2024-09-01", "avant=19")),
                List.of(site("1", "band=12"), site("2", "band=11"), site("3", "band=NN"),
                    site("4", "band=11", "etat=F"), site("5", "band=21")),
                List.of(site("4", "band=21"), site("5", "band=21")),
                null));
    assertThat(reason(ev, "1 OUVERTURE 2024")).isNull();
    assertThat(reason(ev, "2 OUVERTURE 2024")).isEqualTo("below_threshold");
    assertThat(reason(ev, "3 OUVERTURE 2024")).isNull();
    assertThat(flags(ev, "3 OUVERTURE 2024")).isEqualTo("headcount_unknown");
    assertThat(reason(ev, "4 FERMETURE 2024")).as("closure: previous snapshot's band").isNull();
    assertThat(reason(ev, "5 FERMETURE 2024")).as("the survey's headcount comes first").isEqualTo("below_threshold");
  }

  @Test
  void significanceChecksDirectionThenMeasuredCriteria() {
    var ev =
        events(
            "2024-S2",
            inputs(
                List.of(
                    survey("2024-S2", "siret=1", "type=EXTENSION", "date=2024-09-01", "avant=60", "apres=50"),
                    survey("2024-S2", "siret=2", "type=REDUCTION", "date=2024-09-01", "prod=5"),
                    survey("2024-S2", "siret=3", "type=EXTENSION", "date=2024-09-01", "avant=40", "apres=50"),
                    survey("2024-S2", "siret=4", "type=EXTENSION", "date=2024-09-01", "avant=40", "apres=60"),
                    survey("2024-S2", "siret=5", "type=EXTENSION", "date=2024-09-01", "prod=40"),
                    survey("2024-S2", "siret=6", "type=REDUCTION", "date=2024-09-01", "avant=120", "apres=110", "prod=-45.5"),
                    survey("2024-S2", "siret=7", "type=EXTENSION", "date=2024-09-01", "prod=39.9"),
                    survey("2024-S2", "siret=8", "type=EXTENSION", "date=2024-09-01", "prod=-10")),
                List.of(),
                null,
                null));
    assertThat(reason(ev, "1 EXTENSION 2024")).isEqualTo("inconsistent_change");
    assertThat(reason(ev, "2 REDUCTION 2024")).isEqualTo("inconsistent_change");
    assertThat(reason(ev, "3 EXTENSION 2024")).isEqualTo("not_significant");
    assertThat(reason(ev, "4 EXTENSION 2024")).isNull();
    assertThat(reason(ev, "5 EXTENSION 2024")).isNull();
    assertThat(reason(ev, "6 REDUCTION 2024")).isNull();
    assertThat(reason(ev, "7 EXTENSION 2024")).isEqualTo("not_significant");
    assertThat(reason(ev, "8 EXTENSION 2024")).isEqualTo("inconsistent_change");
  }

  @Test
  void investmentAloneAndUnmeasuredChangesAreCountedWithTheirSupport() {
    var ev =
        events(
            "2024-S2",
            inputs(
                List.of(
                    survey("2024-S2", "siret=1", "type=EXTENSION", "date=2024-09-01", "invest=6"),
                    survey("2024-S2", "siret=2", "type=EXTENSION", "date=2024-09-01", "invest=2"),
                    survey("2024-S2", "siret=3", "type=EXTENSION", "date=2024-09-01", "avant=40", "apres=50", "invest=2"),
                    survey("2024-S2", "siret=4", "type=EXTENSION", "date=2024-09-01"),
                    survey("2024-S2", "siret=5", "type=EXTENSION", "date=2024-09-01"),
                    survey("2024-S2", "siret=6", "type=REDUCTION", "date=2024-09-01"),
                    survey("2024-S2", "siret=7", "type=REDUCTION", "date=2024-09-01", "invest=50")),
                List.of(site("1", "band=12"), site("2", "band=12"), site("3", "band=12"),
                    site("4", "band=22"), site("5", "band=21"), site("6", "band=12"), site("7", "band=12")),
                List.of(site("4", "band=12"), site("5", "band=12"), site("6", "band=22"), site("7", "band=12")),
                null));
    assertThat(reason(ev, "1 EXTENSION 2024")).isNull();
    assertThat(flags(ev, "1 EXTENSION 2024")).isEmpty();
    assertThat(reason(ev, "2 EXTENSION 2024")).isNull();
    assertThat(flags(ev, "2 EXTENSION 2024")).isEqualTo("significance_declared");
    assertThat(reason(ev, "3 EXTENSION 2024")).isEqualTo("not_significant");
    // 100 (lower of 22) - 49 (upper of 12) = 51 >= 20: SIRENE shows it.
    assertThat(flags(ev, "4 EXTENSION 2024")).isEqualTo("significance_sirene");
    // 50 - 49 = 1: not certain.
    assertThat(flags(ev, "5 EXTENSION 2024")).isEqualTo("significance_declared");
    assertThat(flags(ev, "6 REDUCTION 2024")).isEqualTo("significance_sirene");
    assertThat(flags(ev, "7 REDUCTION 2024")).as("investment is no criterion for a reduction").isEqualTo("significance_declared");
  }

  @Test
  void periodReasonsComeFirstInTheDocumentedOrder() {
    var ev =
        events(
            "2024-S1",
            inputs(
                List.of(
                    survey("2024-S1", "siret=1", "type=OUVERTURE", "date=2021-09-01", "apres=50", "statut=ANNULE"),
                    survey("2024-S1", "siret=2", "type=OUVERTURE", "date=2021-12-31", "apres=5"),
                    survey("2024-S1", "siret=3", "type=OUVERTURE", "date=2024-07-01", "apres=50"),
                    survey("2024-S1", "siret=4", "type=OUVERTURE", "date=2024-06-30", "apres=50")),
                List.of(),
                null,
                null));
    assertThat(reason(ev, "1 OUVERTURE 2021")).isEqualTo("cancelled");
    assertThat(reason(ev, "2 OUVERTURE 2021")).isEqualTo("before_first_period");
    assertThat(reason(ev, "3 OUVERTURE 2024")).isEqualTo("not_yet_effective");
    assertThat(reason(ev, "4 OUVERTURE 2024")).isNull();
    assertThat(ev.get("4 OUVERTURE 2024").<String>getAs("half")).isEqualTo("2024-S1");
  }

  @Test
  void territoryComesFromTheRowThenSireneAndIsNormalisedByTheCog() {
    var ev =
        events(
            "2024-S2",
            inputs(
                List.of(
                    survey("2024-S2", "siret=1", "type=OUVERTURE", "date=2024-09-01", "apres=50", "commune=69383"),
                    survey("2024-S2", "siret=2", "type=OUVERTURE", "date=2024-09-01", "apres=50"),
                    survey("2024-S2", "name=Nouveau site", "type=OUVERTURE", "date=2024-09-01", "apres=50", "commune=99999"),
                    survey("2024-S2", "siret=4", "type=FERMETURE", "date=2024-09-01", "avant=50"),
                    survey("2024-S2", "siret=5", "type=FERMETURE", "date=2024-09-01", "avant=50")),
                List.of(site("1", "commune=38185"), site("2", "commune=49149"), site("5", "commune=98735")),
                List.of(site("4", "commune=01053")),
                null));
    assertThat(ev.get("1 OUVERTURE 2024").<String>getAs("department_code")).isEqualTo("69");
    assertThat(ev.get("1 OUVERTURE 2024").<String>getAs("commune_code")).isEqualTo("69123");
    assertThat(ev.get("2 OUVERTURE 2024").<String>getAs("commune_code")).isEqualTo("49018");
    assertThat(ev.get("Nouveau site OUVERTURE 2024").<String>getAs("region_code")).isEqualTo("ZZ");
    assertThat(reason(ev, "Nouveau site OUVERTURE 2024")).as("not located, still counted").isNull();
    assertThat(ev.get("4 FERMETURE 2024").<String>getAs("region_code")).isEqualTo("84");
    assertThat(ev.get("5 FERMETURE 2024").<String>getAs("department_code")).isEqualTo("987");
  }

  @Test
  void transfersNeedContinuitySameDepartmentAndBothEventsCounted() {
    var ev =
        events(
            "2024-S2",
            inputs(
                List.of(
                    survey("2024-S2", "siret=P1", "type=FERMETURE", "date=2024-09-01", "avant=50", "commune=69123"),
                    survey("2024-S2", "siret=S1", "type=OUVERTURE", "date=2024-10-01", "apres=50", "commune=69383"),
                    survey("2024-S2", "siret=P2", "type=FERMETURE", "date=2024-09-01", "avant=50", "commune=38185"),
                    survey("2024-S2", "siret=S2", "type=OUVERTURE", "date=2024-10-01", "apres=50", "commune=69123"),
                    survey("2024-S2", "siret=P3", "type=FERMETURE", "date=2024-09-01", "avant=50", "commune=38185"),
                    survey("2024-S2", "siret=S3", "type=OUVERTURE", "date=2024-10-01", "apres=50", "commune=38185"),
                    survey("2024-S2", "siret=P4", "type=FERMETURE", "date=2024-09-01", "avant=5", "commune=38185"),
                    survey("2024-S2", "siret=S4", "type=OUVERTURE", "date=2024-10-01", "apres=50", "commune=38185")),
                List.of(),
                null,
                List.of(
                    org.apache.spark.sql.RowFactory.create("P1", "S1", true),
                    org.apache.spark.sql.RowFactory.create("P2", "S2", true),
                    org.apache.spark.sql.RowFactory.create("P3", "S3", false),
                    org.apache.spark.sql.RowFactory.create("P4", "S4", true))));
    assertThat(reason(ev, "P1 FERMETURE 2024")).isEqualTo("transfer");
    assertThat(reason(ev, "S1 OUVERTURE 2024")).isEqualTo("transfer");
    assertThat(reason(ev, "P2 FERMETURE 2024")).isNull();
    assertThat(reason(ev, "S2 OUVERTURE 2024")).isNull();
    assertThat(reason(ev, "P3 FERMETURE 2024")).isNull();
    assertThat(reason(ev, "S3 OUVERTURE 2024")).isNull();
    assertThat(reason(ev, "P4 FERMETURE 2024")).isEqualTo("below_threshold");
    assertThat(reason(ev, "S4 OUVERTURE 2024")).isNull();
  }
}
