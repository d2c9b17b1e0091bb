package fr.barometre.events;

import static fr.barometre.lake.Columns.EVENT_TYPE;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import fr.barometre.config.Methodology;
import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Candidate events detected by comparing two SIRENE snapshots (methodology §5), one row per SIRET
 * and type, for sites in scope by activity and outside the crafts register in the current
 * snapshot; those the survey already reports in the same direction are dropped. Candidates are
 * for the local services to check, never counted.
 */
public final class Candidates {
  private Candidates() {}

  /**
   * Detected events between {@code previous} (date d0) and {@code current} (date d1), both in the
   * {@link SireneSites} shape: {@code siret, event_type, effect_date, naf, code_commune,
   * band_previous, band_current}. The scope is judged on the current snapshot's code in the
   * nomenclature in force on d1 ({@link NafScope#snapshotActivity}), which {@code naf} gives.
   */
  public static Dataset<Row> detected(
      Dataset<Row> current, LocalDate d1, Dataset<Row> previous, LocalDate d0, Methodology m) {
    Column notCraft =
        col("registre_metiers").isNull().or(length(trim(col("registre_metiers"))).equalTo(0));
    Column after = lit(Date.valueOf(d0));
    Column upTo = lit(Date.valueOf(d1));
    Column lower1 = StaffBands.lower(col("s1_tranche_effectifs"));
    Column lower0 = StaffBands.lower(col("s0_tranche_effectifs"));
    Column opening =
        col("s1_etat").equalTo("A")
            .and(lower1.geq(m.minEmployees()))
            .and(col("s1_date_creation").gt(after))
            .and(col("s1_date_creation").leq(upTo));
    Column closedInPeriod =
        col("s1_etat").equalTo("F").and(col("s1_date_debut").gt(after)).and(col("s1_date_debut").leq(upTo));
    Dataset<Row> sites =
        current
            .withColumn("activity", NafScope.snapshotActivity(d1, m))
            .where(NafScope.normalisedInScope(col("activity"), m).and(notCraft))
            .select(withActivity(SireneSites.prefixed("s1_")));
    Dataset<Row> sitesThen =
        sites.join(
            previousStatesThatCanMatter(sites, previous, opening, closedInPeriod, lower1, lower0, m),
            col("s1_siret").equalTo(col("s0_siret")),
            "left");
    Column bothActive = col("s1_etat").equalTo("A").and(col("s0_etat").equalTo("A"));
    Column type =
        when(
                opening,
                lit(EventType.OUVERTURE.code()))
            .when(
                col("s0_etat").equalTo("A").and(lower0.geq(m.minEmployees())).and(closedInPeriod),
                lit(EventType.FERMETURE.code()))
            .when(
                bothActive.and(
                    StaffBands.certainIncrease(col("s0_tranche_effectifs"), col("s1_tranche_effectifs"))
                        .geq(m.minJobs())),
                lit(EventType.EXTENSION.code()))
            .when(
                bothActive.and(
                    StaffBands.certainIncrease(col("s1_tranche_effectifs"), col("s0_tranche_effectifs"))
                        .geq(m.minJobs())),
                lit(EventType.REDUCTION.code()));
    Column effect =
        when(col(EVENT_TYPE).equalTo(EventType.OUVERTURE.code()), col("s1_date_creation"))
            .when(col(EVENT_TYPE).equalTo(EventType.FERMETURE.code()), col("s1_date_debut"))
            .otherwise(upTo);
    return sitesThen
        .withColumn(EVENT_TYPE, type)
        .where(col(EVENT_TYPE).isNotNull())
        .withColumn("effect_date", effect)
        .select(
            col("s1_siret").as("siret"),
            col(EVENT_TYPE),
            col("effect_date"),
            col("s1_activity").as("naf"),
            col("s1_code_commune").as("code_commune"),
            col("s0_tranche_effectifs").as("band_previous"),
            col("s1_tranche_effectifs").as("band_current"));
  }

  /**
   * The detected events that no survey event of the vintage (counted or not) confirms: same SIRET,
   * same direction (positive: opening or extension; negative: closure or reduction).
   */
  public static Dataset<Row> unconfirmed(Dataset<Row> detected, Dataset<Row> events) {
    Dataset<Row> reported =
        events
            .where(col("siret").isNotNull())
            .select(col("siret").as("_siret"), direction(col(EVENT_TYPE)).as("_direction"))
            .distinct();
    return detected
        .join(
            reported,
            col("siret").equalTo(col("_siret")).and(direction(col(EVENT_TYPE)).equalTo(col("_direction"))),
            "left_anti");
  }

  /**
   * The rows of {@code previous} (as {@code s0_} columns) that can change an event of {@code
   * sites}: those of the SIRETs a current row could make an opening, a closure or an extension of,
   * and those that could be the "before" of a reduction. Why: the left join of the current
   * industrial sites onto the whole previous snapshot shuffled all of it (43 million rows at
   * national scale) for the few thousand rows that can give an event (docs/benchmarks.md).
   *
   * <p>Why nothing changes: each event's condition implies one of these. An opening, a closure or
   * an extension implies a condition on the current row alone ({@code opening}, {@code
   * closedInPeriod}, or an active site whose band's lower bound reaches {@code min-jobs}: an
   * extension's certain increase is that bound minus the previous band's upper bound, which is
   * never negative); its SIRET is then in the broadcast set, and all its previous rows are kept. A
   * reduction implies an active previous row whose lower bound reaches {@code min-jobs} (the same
   * argument the other way), kept by the second condition. A current row whose previous row is
   * dropped satisfies none of the four conditions with or without it: no event either way.
   */
  private static Dataset<Row> previousStatesThatCanMatter(
      Dataset<Row> sites,
      Dataset<Row> previous,
      Column opening,
      Column closedInPeriod,
      Column lower1,
      Column lower0,
      Methodology m) {
    Column mayGrow = col("s1_etat").equalTo("A").and(lower1.geq(m.minJobs()));
    Dataset<Row> wanted =
        broadcast(
            sites
                .where(opening.or(closedInPeriod).or(mayGrow))
                .select(col("s1_siret").as("_wanted"))
                .distinct());
    Column mayShrink = col("s0_etat").equalTo("A").and(lower0.geq(m.minJobs()));
    return previous
        .select(SireneSites.prefixed("s0_"))
        .join(wanted, col("s0_siret").equalTo(col("_wanted")), "left")
        .where(col("_wanted").isNotNull().or(mayShrink))
        .drop("_wanted");
  }

  /** The prefixed rule columns and the snapshot's activity code as {@code s1_activity}. */
  private static Column[] withActivity(Column[] prefixed) {
    Column[] all = java.util.Arrays.copyOf(prefixed, prefixed.length + 1);
    all[prefixed.length] = col("activity").as("s1_activity");
    return all;
  }

  static Column direction(Column type) {
    return when(EventType.positive(type), lit("+")).otherwise(lit("-"));
  }
}
