package fr.barometre.events;

import static fr.barometre.lake.Columns.EVENT_TYPE;
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
   * {@code previous} holds at least the rows {@link #previousRowsRead} keeps (any more give the
   * same events): the whole snapshot, or a cut of it, which this joins as it is.
   */
  public static Dataset<Row> detected(
      Dataset<Row> current, LocalDate d1, Dataset<Row> previous, LocalDate d0, Methodology m) {
    Column upTo = lit(Date.valueOf(d1));
    Column lower0 = StaffBands.lower(col("s0_tranche_effectifs"));
    Dataset<Row> sites =
        current
            .where(sitesRead(d1, m))
            .withColumn("activity", NafScope.snapshotActivity(d1, m))
            .select(withActivity(SireneSites.prefixed("s1_")));
    Dataset<Row> sitesThen =
        sites.join(
            previous.select(SireneSites.prefixed("s0_")),
            col("s1_siret").equalTo(col("s0_siret")),
            "left");
    Column bothActive = col("s1_etat").equalTo("A").and(col("s0_etat").equalTo("A"));
    Column type =
        when(opening("s1_", d0, d1, m), lit(EventType.OUVERTURE.code()))
            .when(
                col("s0_etat").equalTo("A")
                    .and(lower0.geq(m.minEmployees()))
                    .and(closedInPeriod("s1_", d0, d1)),
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
   * The rows of a current snapshot ({@link SireneSites} shape) {@link #detected} starts from: in
   * scope by activity in the nomenclature in force on {@code d1}, outside the crafts register.
   */
  public static Column sitesRead(LocalDate d1, Methodology m) {
    Column notCraft =
        col("registre_metiers").isNull().or(length(trim(col("registre_metiers"))).equalTo(0));
    return NafScope.normalisedInScope(NafScope.snapshotActivity(d1, m), m).and(notCraft);
  }

  /**
   * The rows of {@code previous} ({@link SireneSites} shape) that can change an event {@link
   * #detected} finds in {@code current}: every row of the SIRETs of {@link #siretsToFollow}, and
   * those meeting {@link #activeAtMinJobs} (what a reduction's "before" needs). Why: the left join
   * of the current industrial sites onto the whole previous snapshot shuffled all of it (43 million
   * rows at national scale) for the few thousand rows that can give an event (docs/benchmarks.md).
   *
   * <p>Why nothing changes: each event's condition implies one of these. An opening, a closure or
   * an extension implies a condition on the current row alone ({@link #opening}, {@link
   * #closedInPeriod}, or an active site whose band's lower bound reaches {@code min-jobs}: an
   * extension's certain increase is that bound minus the previous band's upper bound, which is
   * never negative); its SIRET is then followed, and all its previous rows are kept. A reduction
   * implies an active previous row whose lower bound reaches {@code min-jobs} (the same argument
   * the other way). A current row whose previous row is dropped satisfies none of the four
   * conditions with or without it: no event either way.
   */
  public static Dataset<Row> previousRowsRead(
      Dataset<Row> current, LocalDate d1, Dataset<Row> previous, LocalDate d0, Methodology m) {
    return SireneSites.keep(previous, siretsToFollow(current, d1, d0, m), activeAtMinJobs(m));
  }

  /**
   * The SIRETs ({@code siret}) of the current sites an opening, a closure or an extension could be
   * found for: all of their previous rows matter.
   */
  public static Dataset<Row> siretsToFollow(Dataset<Row> current, LocalDate d1, LocalDate d0, Methodology m) {
    return current.where(toFollow(d1, d0, m)).select(col("siret"));
  }

  /** Which current rows (unprefixed columns) {@link #siretsToFollow} keeps the SIRETs of. */
  public static Column toFollow(LocalDate d1, LocalDate d0, Methodology m) {
    return sitesRead(d1, m)
        .and(opening("", d0, d1, m).or(closedInPeriod("", d0, d1)).or(activeAtMinJobs(m)));
  }

  /**
   * Active with a band reaching {@code min-jobs} (unprefixed columns): on a current row, what an
   * extension needs; on a previous row, what a reduction needs.
   */
  public static Column activeAtMinJobs(Methodology m) {
    return col("etat").equalTo("A").and(StaffBands.lower(col("tranche_effectifs")).geq(m.minJobs()));
  }

  /** An opening in the period, on the columns named with {@code prefix}: active now, created in it. */
  private static Column opening(String prefix, LocalDate d0, LocalDate d1, Methodology m) {
    return col(prefix + "etat").equalTo("A")
        .and(StaffBands.lower(col(prefix + "tranche_effectifs")).geq(m.minEmployees()))
        .and(col(prefix + "date_creation").gt(lit(Date.valueOf(d0))))
        .and(col(prefix + "date_creation").leq(lit(Date.valueOf(d1))));
  }

  /** Closed now, with the closure dated in the period, on the columns named with {@code prefix}. */
  private static Column closedInPeriod(String prefix, LocalDate d0, LocalDate d1) {
    return col(prefix + "etat").equalTo("F")
        .and(col(prefix + "date_debut").gt(lit(Date.valueOf(d0))))
        .and(col(prefix + "date_debut").leq(lit(Date.valueOf(d1))));
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
