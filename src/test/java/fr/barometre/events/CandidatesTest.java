package fr.barometre.events;

import static fr.barometre.events.EventFixtures.inputs;
import static fr.barometre.events.EventFixtures.site;
import static fr.barometre.events.EventFixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** SIRENE-detected events between two snapshots (methodology §5); snapshots dated 2024-01-01 and 2025-01-01. */
class CandidatesTest {

  private static List<String> candidates(EventInputs in) {
    EventsPipeline p = new EventsPipeline(EventFixtures.METHODOLOGY, Vintage.parse("2024-S2"));
    var events = p.events(p.identified(in), in);
    return p.candidates(events, in).orderBy("siret").collectAsList().stream()
        .map(r -> r.getAs("siret") + " " + r.getAs("event_type") + " " + r.getAs("effect_date"))
        .toList();
  }

  @Test
  void detectsOpeningsClosuresAndCertainBandChangesOfIndustrialSites() {
    List<Row> current =
        List.of(
            site("01", "band=12", "created=2024-04-05"),
            site("02", "band=12", "created=2024-01-01"),
            site("03", "band=11", "created=2024-04-05"),
            site("04", "band=12", "etat=F", "debut=2024-03-10"),
            site("05", "band=22"),
            site("06", "band=12"),
            site("07", "band=12", "created=2024-04-05", "naf=46.90Z"),
            site("08", "band=12", "created=2024-04-05", "rm=10.71BZ"),
            site("09", "band=12", "etat=F", "debut=2025-01-02"),
            // Below min-jobs now: only the previous row can make these an event (a reduction).
            site("10", "band=11"),
            site("11", "band=11"),
            site("12", "band=03"));
    List<Row> previous =
        List.of(
            site("04", "band=21"),
            site("05", "band=12"),
            site("06", "band=22"),
            site("09", "band=21"),
            site("10", "band=22"),
            site("11", "band=12"),
            site("12", "band=02"));
    assertThat(candidates(inputs(List.of(), current, previous, null)))
        .containsExactly(
            "01 OUVERTURE 2024-04-05",
            "04 FERMETURE 2024-03-10",
            "05 EXTENSION 2025-01-01",
            "06 REDUCTION 2025-01-01",
            "10 REDUCTION 2025-01-01");
  }

  @Test
  void theSnapshotsCutToTheRowsARunReadsGiveTheSameEventsAndCandidates() {
    List<Row> current = EventFixtures.CUT_CURRENT;
    List<Row> previous = EventFixtures.CUT_PREVIOUS;
    var in =
        inputs(
            List.of(
                survey("2024-S2", "siret=02", "type=EXTENSION", "date=2024-09-01", "avant=10", "apres=40"),
                survey("2024-S2", "siret=05", "type=EXTENSION", "date=2024-09-01", "avant=40", "apres=120")),
            current,
            previous,
            null);
    EventsPipeline p = new EventsPipeline(EventFixtures.METHODOLOGY, Vintage.parse("2024-S2"));
    var identified = p.identified(in);
    var s1 = p.currentRowsRead(in, identified);
    var s0 =
        p.previousRowsRead(
            EventsPipeline.withSnapshotRows(in, s1, in.previous().map(Snapshot::sites)), identified);
    EventInputs cut = EventsPipeline.withSnapshotRows(in, s1, s0);

    assertThat(sirets(s1.orElseThrow())).containsExactly("01", "02", "04", "05", "06", "07");
    assertThat(sirets(s0.orElseThrow())).containsExactly("02", "04", "05", "06");
    var whole = p.events(identified, in);
    assertThat(p.events(identified, cut).collectAsList()).containsExactlyInAnyOrderElementsOf(whole.collectAsList());
    assertThat(p.candidates(whole, cut).collectAsList())
        .containsExactlyInAnyOrderElementsOf(p.candidates(whole, in).collectAsList());
    assertThat(p.candidatesOfCut(whole, cut).collectAsList())
        .containsExactlyInAnyOrderElementsOf(p.candidates(whole, in).collectAsList());
  }

  private static List<String> sirets(org.apache.spark.sql.Dataset<Row> sites) {
    return sites.orderBy("siret").collectAsList().stream().map(r -> r.<String>getAs("siret")).toList();
  }

  @Test
  void aSurveyEventOfTheSameDirectionConfirmsACandidateWhetherCountedOrNot() {
    List<Row> current =
        List.of(site("01", "band=12", "created=2024-04-05"), site("02", "band=12", "created=2024-04-05"),
            site("03", "band=12", "created=2024-04-05"));
    var in =
        inputs(
            List.of(
                survey("2024-S2", "siret=01", "type=EXTENSION", "date=2024-09-01", "avant=10", "apres=12"),
                survey("2024-S2", "siret=02", "type=REDUCTION", "date=2024-09-01", "avant=50", "apres=20")),
            current,
            List.of(),
            null);
    assertThat(candidates(in)).containsExactly("02 OUVERTURE 2024-04-05", "03 OUVERTURE 2024-04-05");
  }

  @Test
  void noPreviousSnapshotMeansNoCandidates() {
    assertThat(candidates(inputs(List.of(), List.of(site("01", "band=12", "created=2024-04-05")), null, null)))
        .isEmpty();
  }
}
