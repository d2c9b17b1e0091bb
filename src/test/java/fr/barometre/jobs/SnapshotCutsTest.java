package fr.barometre.jobs;

import static fr.barometre.events.EventFixtures.inputs;
import static fr.barometre.events.EventFixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import fr.barometre.config.BarometreConfig;
import fr.barometre.config.Methodology;
import fr.barometre.events.Candidates;
import fr.barometre.events.EventFixtures;
import fr.barometre.events.EventInputs;
import fr.barometre.events.EventsPipeline;
import fr.barometre.events.Snapshot;
import fr.barometre.events.Vintage;
import fr.barometre.ingest.sirene.SireneSnapshots.Landed;
import fr.barometre.lake.Lake;
import fr.barometre.testing.SparkTestSession;
import io.delta.tables.DeltaTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The snapshots' cuts kept in {@code sirene_cuts}: what a run reads from them is the cut it would
 * compute, a kept cut is read only for the landings, rules and SIRETs it was cut for, and every
 * other case cuts again and replaces it. Snapshots dated 2024-01-01 and 2025-01-01 (EventFixtures).
 */
class SnapshotCutsTest {
  private static final Methodology M = EventFixtures.METHODOLOGY;
  private static final Landed CURRENT = landed(LocalDate.of(2025, 1, 1), "run-1");
  private static final Landed PREVIOUS = landed(LocalDate.of(2024, 1, 1), "run-1");

  private static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  private static Landed landed(LocalDate date, String run) {
    return new Landed(date, 1_000_000, run, Instant.ofEpochMilli(1_700_000_000_000L));
  }

  private static EventInputs surveying(String... sirets) {
    return inputs(
        java.util.Arrays.stream(sirets)
            .map(s -> survey("2024-S2", "siret=" + s, "type=EXTENSION", "date=2024-09-01", "avant=10", "apres=40"))
            .toList(),
        EventFixtures.CUT_CURRENT,
        EventFixtures.CUT_PREVIOUS,
        null);
  }

  /** The two cuts of a run, as SIRETs in order: current, then previous. */
  private record Cuts(List<String> current, List<String> previous) {}

  private static Cuts cut(Lake lake, Methodology m, Landed current, EventInputs in, boolean keep) {
    EventsPipeline pipeline = new EventsPipeline(m, Vintage.parse("2024-S2"));
    Dataset<Row> identified = pipeline.identified(in);
    SnapshotCuts cuts =
        new SnapshotCuts(lake, pipeline, m, Optional.of(current), Optional.of(PREVIOUS), keep, Map.of("run_id", "test"));
    Optional<Dataset<Row>> s1 = cuts.current(in, identified);
    Optional<Dataset<Row>> s0 =
        cuts.previous(EventsPipeline.withSnapshotRows(in, s1, in.previous().map(Snapshot::sites)), identified);
    return new Cuts(sirets(s1.orElseThrow()), sirets(s0.orElseThrow()));
  }

  /** The cuts the pipeline computes from the whole snapshots, nothing kept. */
  private static Cuts computed(EventInputs in) {
    EventsPipeline pipeline = new EventsPipeline(M, Vintage.parse("2024-S2"));
    Dataset<Row> identified = pipeline.identified(in);
    var s1 = pipeline.currentRowsRead(in, identified);
    var s0 = pipeline.previousRowsRead(EventsPipeline.withSnapshotRows(in, s1, in.previous().map(Snapshot::sites)), identified);
    return new Cuts(sirets(s1.orElseThrow()), sirets(s0.orElseThrow()));
  }

  private static List<String> sirets(Dataset<Row> sites) {
    return sites.orderBy("siret").collectAsList().stream().map(r -> r.<String>getAs("siret")).toList();
  }

  private static long commits(Lake lake) {
    return DeltaTable.forPath(spark, lake.path(SnapshotCuts.TABLE)).history().count();
  }

  private static Lake lake(String name) {
    return new Lake(spark, SparkTestSession.tempDir(name).resolve("lake").toString());
  }

  @Test
  void theNextRunReadsTheKeptCutsAndASiretTheyDoNotCoverWidensThem() {
    Lake lake = lake("cuts-reread");
    Cuts first = cut(lake, M, CURRENT, surveying("02"), true);
    assertThat(first).isEqualTo(computed(surveying("02")));
    assertThat(first.current()).containsExactly("01", "02", "04", "05", "06", "07");
    assertThat(commits(lake)).isEqualTo(2); // one slice per cut
    assertThat(lake.read(SnapshotCuts.TABLE).select("cut").distinct().as(Encoders.STRING()).collectAsList())
        .containsExactlyInAnyOrder("current_2025-01-01", "previous_2024-01-01_for_2025-01-01");

    assertThat(cut(lake, M, CURRENT, surveying("02"), true)).isEqualTo(first);
    assertThat(commits(lake)).as("a rerun reads the kept cuts").isEqualTo(2);

    Cuts wider = cut(lake, M, CURRENT, surveying("03"), true);
    assertThat(commits(lake)).as("a SIRET not covered cuts again").isEqualTo(4);
    // The new cuts hold the rows of both surveys' SIRETs: a rerun of either reads them.
    assertThat(wider).isEqualTo(computed(surveying("02", "03")));
    assertThat(wider.current()).contains("02", "03");
    assertThat(cut(lake, M, CURRENT, surveying("02"), true)).isEqualTo(wider);
    assertThat(commits(lake)).isEqualTo(4);

    // A SIRET whose rows the cuts already hold (an industrial site): covered now, no row twice.
    assertThat(cut(lake, M, CURRENT, surveying("05"), true)).isEqualTo(computed(surveying("02", "03", "05")));
    assertThat(commits(lake)).isEqualTo(6);
  }

  @Test
  void anotherLandingOfASnapshotCutsAgain() {
    Lake lake = lake("cuts-landing");
    EventInputs in = surveying("02");
    cut(lake, M, CURRENT, in, true);

    cut(lake, M, landed(CURRENT.date(), "run-2"), in, true);
    // A new landing of the current snapshot: both cuts again (the previous one follows its sites).
    assertThat(commits(lake)).isEqualTo(4);
  }

  /** The thresholds are in the fingerprint: another configuration never reads a cut it did not make. */
  @Test
  void theFingerprintIsTheConditionsTextWithTheirThresholds() {
    var d1 = LocalDate.of(2025, 1, 1);
    var d0 = LocalDate.of(2024, 1, 1);
    Methodology higher =
        BarometreConfig.load(Optional.empty(), ConfigFactory.parseString("barometre.methodology.min-jobs = 50"))
            .methodology();
    String f = SnapshotCuts.fingerprint("previous", "landings", Candidates.toFollow(d1, d0, M));
    assertThat(SnapshotCuts.fingerprint("previous", "landings", Candidates.toFollow(d1, d0, M))).isEqualTo(f);
    assertThat(SnapshotCuts.fingerprint("previous", "landings", Candidates.toFollow(d1, d0, higher))).isNotEqualTo(f);
    assertThat(SnapshotCuts.fingerprint("previous", "landings", Candidates.toFollow(d1, d0.plusDays(1), M))).isNotEqualTo(f);
    assertThat(SnapshotCuts.fingerprint("previous", "other landings", Candidates.toFollow(d1, d0, M))).isNotEqualTo(f);
  }

  @Test
  void cutsNotKeptLeaveNoTable() {
    Lake lake = lake("cuts-off");
    EventInputs in = surveying("02");
    assertThat(cut(lake, M, CURRENT, in, false)).isEqualTo(computed(in));
    assertThat(lake.exists(SnapshotCuts.TABLE)).isFalse();
  }
}
