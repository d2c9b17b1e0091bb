package fr.barometre.events;

import static fr.barometre.lake.Columns.EVENT_TYPE;
import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import fr.barometre.config.Methodology;
import fr.barometre.reference.NafNomenclature;
import java.sql.Date;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The counting rules of methodology §3, §4 and §7 (periods) as transforms over events joined with
 * both SIRENE snapshots ({@code s1_*}, {@code s0_*}, see {@link SireneSites}). Each adds the
 * columns it produces; {@link #withReason} then keeps the first reason that applies.
 */
public final class EventRules {
  private EventRules() {}

  private static Column positive() {
    return EventType.positive(col(EVENT_TYPE));
  }

  private static Column isChange() {
    return EventType.change(col(EVENT_TYPE));
  }

  private static Column notBlank(Column c) {
    return c.isNotNull().and(length(trim(c)).gt(0));
  }

  /** Adds {@code year}, {@code half} ('YYYY-S1'/'YYYY-S2') and the period reasons. */
  public static Dataset<Row> withPeriods(Dataset<Row> events, Methodology m, Vintage v) {
    return events
        .withColumn("year", year(col("effect_date")))
        .withColumn(
            "half",
            concat(
                year(col("effect_date")).cast("string"),
                when(month(col("effect_date")).leq(6), lit("-S1")).otherwise(lit("-S2"))))
        .withColumn(Reason.CANCELLED.ruleColumn(), col("statut").equalTo("ANNULE"))
        .withColumn(Reason.BEFORE_FIRST_PERIOD.ruleColumn(), col("year").lt(m.firstYear()))
        .withColumn(
            Reason.NOT_YET_EFFECTIVE.ruleColumn(), col("effect_date").gt(lit(Date.valueOf(v.lastDay()))));
  }

  /**
   * Activity and crafts (§3), in the nomenclature in force on the effect date ({@code
   * naf_nomenclature}: NAF 2025 from {@code naf2025.from} on, rév. 2 before):
   *
   * <ul>
   *   <li>rév. 2: the code of the current snapshot, else of the previous one, else the survey row's
   *       — its rév. 2 code, or its NAF 2025 code converted back where only one rév. 2 code leads
   *       to it;
   *   <li>NAF 2025: SIRENE's NAF 2025 code (current snapshot, else previous), else the survey
   *       row's NAF 2025 code, else its rév. 2 code converted where the correspondence is unique.
   * </ul>
   *
   * No code: {@code naf_unknown}. The crafts register is the snapshot's that has the site.
   */
  public static Dataset<Row> withActivityScope(Dataset<Row> events, Methodology m) {
    Column declared = NafScope.normalised(col("naf"));
    Column declaredIs2025 = NafNomenclature.byLetter(declared).equalTo(NafNomenclature.NAF2025);
    Column rev2 =
        when(col("s1_present"), NafScope.normalised(col("s1_naf")))
            .when(col("s0_present"), NafScope.normalised(col("s0_naf")))
            .when(declaredIs2025, NafNomenclature.toRev2(declared))
            .otherwise(declared);
    Column naf2025 =
        coalesce(
            NafScope.normalised(col("s1_naf25")),
            NafScope.normalised(col("s0_naf25")),
            when(declaredIs2025, declared).otherwise(NafNomenclature.toNaf2025(declared)));
    Column in2025 = col("effect_date").geq(lit(Date.valueOf(m.naf2025From())));
    Column craft =
        when(col("s1_present"), notBlank(col("s1_registre_metiers")))
            .when(col("s0_present"), notBlank(col("s0_registre_metiers")))
            .otherwise(lit(false));
    return events
        .withColumn(
            "naf_nomenclature",
            when(in2025, lit(NafNomenclature.NAF2025)).otherwise(lit(NafNomenclature.REV2)))
        .withColumn("activity", when(in2025, naf2025).otherwise(rev2))
        .withColumn(Flag.NAF_UNKNOWN.code(), col("activity").isNull())
        .withColumn(
            Reason.OUT_OF_SCOPE_NAF.ruleColumn(),
            col(Flag.NAF_UNKNOWN.code()).unary_$bang().and(NafScope.normalisedInScope(col("activity"), m).unary_$bang()))
        .withColumn(Reason.OUT_OF_SCOPE_CRAFT.ruleColumn(), craft);
  }

  /**
   * Headcount (§3): the survey's {@code effectif_apres} (openings, extensions) or {@code
   * effectif_avant} (closures, reductions), else the lower bound of the SIRENE band — current
   * snapshot for positive events, previous (when the site is in it) for negative ones.
   */
  public static Dataset<Row> withHeadcount(Dataset<Row> events, Methodology m) {
    Column band =
        when(positive(), StaffBands.lower(col("s1_tranche_effectifs")))
            .otherwise(
                when(col("s0_present"), StaffBands.lower(col("s0_tranche_effectifs")))
                    .otherwise(StaffBands.lower(col("s1_tranche_effectifs"))));
    return events
        .withColumn("headcount", coalesce(declaredHeadcount(), band))
        .withColumn(Flag.HEADCOUNT_UNKNOWN.code(), col("headcount").isNull())
        .withColumn(Reason.BELOW_THRESHOLD.ruleColumn(), col("headcount").lt(m.minEmployees()));
  }

  /**
   * The headcount the survey row gives for the threshold rule: {@code effectif_apres} for an
   * opening or extension, {@code effectif_avant} for a closure or reduction (null when not given).
   */
  static Column declaredHeadcount() {
    return when(positive(), col("effectif_apres")).otherwise(col("effectif_avant"));
  }

  /**
   * The certain change between the SIRENE bands (§4 rule 3) in the event type's direction, as a
   * size: for an extension {@code lower(current) − upper(previous)}, for a reduction {@code
   * lower(previous) − upper(current)}; positive when the bands prove a change that way, null when
   * a band is unknown or unbounded. The caller checks that both snapshots hold the site.
   */
  static Column certainChangeInDirection() {
    return when(
            col(EVENT_TYPE).equalTo(EventType.EXTENSION.code()),
            StaffBands.certainIncrease(col("s0_tranche_effectifs"), col("s1_tranche_effectifs")))
        .otherwise(
            StaffBands.certainIncrease(col("s1_tranche_effectifs"), col("s0_tranche_effectifs")));
  }

  /** Significance of extensions and reductions (§4): direction, measured criteria, support flag. */
  public static Dataset<Row> withSignificance(Dataset<Row> events, Methodology m) {
    Column before = col("effectif_avant");
    Column after = col("effectif_apres");
    Column prod = col("variation_production_pct");
    Column ext = col(EVENT_TYPE).equalTo(EventType.EXTENSION.code());
    Column red = col(EVENT_TYPE).equalTo(EventType.REDUCTION.code());
    Column wrongWay =
        ext.and(coalesce(after.lt(before), lit(false)).or(coalesce(prod.lt(0), lit(false))))
            .or(red.and(coalesce(after.gt(before), lit(false)).or(coalesce(prod.gt(0), lit(false)))));
    Column met =
        coalesce(abs(prod).geq(m.minProductionChangePct()), lit(false))
            .or(coalesce(abs(after.minus(before)).geq(m.minJobs()), lit(false)))
            .or(ext.and(coalesce(col("investissement_meur").geq(m.minInvestmentMeur()), lit(false))));
    Column measured = before.isNotNull().and(after.isNotNull()).or(prod.isNotNull());
    Column sireneChange = certainChangeInDirection();
    Column sireneShows =
        col("s1_present").and(col("s0_present")).and(coalesce(sireneChange.geq(m.minJobs()), lit(false)));
    Column declaredOnly = isChange().and(wrongWay.unary_$bang()).and(met.unary_$bang()).and(measured.unary_$bang());
    return events
        .withColumn(Reason.INCONSISTENT_CHANGE.ruleColumn(), isChange().and(wrongWay))
        .withColumn(
            Reason.NOT_SIGNIFICANT.ruleColumn(),
            isChange().and(wrongWay.unary_$bang()).and(met.unary_$bang()).and(measured))
        .withColumn(Flag.SIGNIFICANCE_SIRENE.code(), declaredOnly.and(sireneShows))
        .withColumn(Flag.SIGNIFICANCE_DECLARED.code(), declaredOnly.and(sireneShows.unary_$bang()));
  }

  /** {@code reason}: the first of {@link Reason#ofRules()} whose rule column is true, else null. */
  public static Dataset<Row> withReason(Dataset<Row> events) {
    // One CASE with a branch per reason (not nested CASEs): smaller plans and generated code.
    Column reason = null;
    for (Reason r : Reason.ofRules()) {
      Column applies = coalesce(col(r.ruleColumn()), lit(false));
      reason = reason == null ? when(applies, lit(r.code())) : reason.when(applies, lit(r.code()));
    }
    return events.withColumn("reason", reason);
  }

  /**
   * {@code flags}: ';'-separated quality flags. Unknown activity and headcount are always
   * reported; the significance support only where it is what makes the event count.
   */
  public static Dataset<Row> withFlags(Dataset<Row> events) {
    Column counted = col("reason").isNull();
    Column[] listed =
        Flag.inFlagsColumn().stream()
            .map(
                f -> {
                  Column set = col(f.code());
                  Column shown = f.listed() == Flag.Listed.WHEN_COUNTED ? counted.and(set) : set;
                  return when(shown, lit(f.code()));
                })
            .toArray(Column[]::new);
    return events.withColumn("flags", concat_ws(";", listed));
  }
}
