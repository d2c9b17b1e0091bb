package fr.barometre.events;

import static fr.barometre.events.EventFixtures.events;
import static fr.barometre.events.EventFixtures.inputs;
import static fr.barometre.events.EventFixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Event identities, duplicates within a relève, and revisions across relèves (methodology §8). */
class SurveyEventsTest {

  @Test
  void theLatestReleveUpToTheVintageWins() {
    var in =
        inputs(
            List.of(
                survey("2023-S2", "siret=1", "type=EXTENSION", "date=2023-10-01", "avant=50", "apres=60"),
                survey("2024-S1", "siret=1", "type=EXTENSION", "date=2023-10-01", "avant=50", "apres=95"),
                survey("2024-S1", "id=ARA-1", "siret=2", "type=OUVERTURE", "date=2024-05-10", "apres=70"),
                survey("2024-S2", "id=ARA-1", "siret=2", "type=OUVERTURE", "date=2024-08-01", "apres=70")),
            List.of(),
            null,
            null);
    var s1 = events("2024-S1", in);
    assertThat(s1.get("1 EXTENSION 2023").<String>getAs("reason")).isNull();
    assertThat(s1.get("2 OUVERTURE 2024").getAs("effect_date").toString()).isEqualTo("2024-05-10");
    var previous = events("2023-S2", in);
    assertThat(previous.get("1 EXTENSION 2023").<String>getAs("reason")).isEqualTo("not_significant");
    assertThat(previous).doesNotContainKey("2 OUVERTURE 2024");
    var s2 = events("2024-S2", in);
    assertThat(s2).hasSize(2);
    assertThat(s2.get("2 OUVERTURE 2024").getAs("effect_date").toString()).isEqualTo("2024-08-01");
  }

  @Test
  void anAnnuleRowWithdrawsTheEventFromItsReleveOn() {
    var in =
        inputs(
            List.of(
                survey("2023-S2", "siret=1", "type=FERMETURE", "date=2023-11-20", "avant=80"),
                survey("2024-S1", "siret=1", "type=FERMETURE", "date=2023-11-20", "avant=80", "statut=ANNULE")),
            List.of(),
            null,
            null);
    assertThat(events("2023-S2", in).get("1 FERMETURE 2023").<Boolean>getAs("counted")).isTrue();
    assertThat(events("2024-S1", in).get("1 FERMETURE 2023").<String>getAs("reason")).isEqualTo("cancelled");
  }

  @Test
  void duplicatesWithinAReleveLoseToTheLastRowInFileOrder() {
    var in =
        inputs(
            List.of(
                survey("2024-S2", "file=b.csv", "line=2", "siret=1", "type=REDUCTION", "date=2024-10-02", "avant=90", "apres=40"),
                survey("2024-S2", "file=a.csv", "line=9", "siret=1", "type=REDUCTION", "date=2024-10-03", "avant=90", "apres=80"),
                survey("2024-S2", "file=a.csv", "line=3", "name=Forges de l'Est", "type=OUVERTURE", "date=2024-09-01", "apres=30", "commune=69383"),
                survey("2024-S2", "file=a.csv", "line=4", "name=FORGES  DE L EST", "type=OUVERTURE", "date=2024-11-01", "apres=40", "commune=69123"),
                survey("2024-S1", "file=c.csv", "line=2", "siret=1", "type=REDUCTION", "date=2024-03-01", "avant=90", "apres=40")),
            List.of(),
            null,
            null);
    EventsPipeline p = new EventsPipeline(EventFixtures.METHODOLOGY, Vintage.parse("2024-S2"));
    List<Row> rejects = p.duplicateRejects(p.identified(in)).orderBy("file", "line").collectAsList();
    assertThat(rejects)
        .extracting(r -> r.getString(0) + ":" + r.getInt(1) + ":" + r.getString(2))
        .containsExactly("a.csv:3:duplicate", "a.csv:9:duplicate");
    var ev = events("2024-S2", in);
    assertThat(ev.get("1 REDUCTION 2024").<String>getAs("file")).isEqualTo("b.csv");
    assertThat(ev.get("FORGES  DE L EST OUVERTURE 2024").getAs("effect_date").toString()).isEqualTo("2024-11-01");
  }

  @Test
  void namesAreNormalisedForIdentity() {
    Row r =
        EventFixtures.spark()
            .sql("SELECT 1")
            .select(EventIdentity.normalisedName(org.apache.spark.sql.functions.lit("  Hydrogène de l'Est — Œuvre  ")))
            .first();
    assertThat(r.getString(0)).isEqualTo("hydrogene de l est oeuvre");
  }
}
