package fr.barometre.events;

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
  /** Reasons in the order of shared/spec/interfaces.md: the first that applies is reported. */
  static final String[] REASONS = {
    "cancelled",
    "before_first_period",
    "not_yet_effective",
    "out_of_scope_naf",
    "out_of_scope_craft",
    "below_threshold",
    "inconsistent_change",
    "not_significant"
  };

  private EventRules() {}

  private static Column positive() {
    return col("event_type").isin("OUVERTURE", "EXTENSION");
  }

  private static Column isChange() {
    return col("event_type").isin("EXTENSION", "REDUCTION");
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
        .withColumn("r_cancelled", col("statut").equalTo("ANNULE"))
        .withColumn("r_before_first_period", col("year").lt(m.firstYear()))
        .withColumn(
            "r_not_yet_effective", col("effect_date").gt(lit(Date.valueOf(v.lastDay()))));
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
        .withColumn("naf_unknown", col("activity").isNull())
        .withColumn(
            "r_out_of_scope_naf",
            col("naf_unknown").unary_$bang().and(NafScope.normalisedInScope(col("activity"), m).unary_$bang()))
        .withColumn("r_out_of_scope_craft", craft);
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
        .withColumn("headcount_unknown", col("headcount").isNull())
        .withColumn("r_below_threshold", col("headcount").lt(m.minEmployees()));
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
            col("event_type").equalTo("EXTENSION"),
            StaffBands.certainIncrease(col("s0_tranche_effectifs"), col("s1_tranche_effectifs")))
        .otherwise(
            StaffBands.certainIncrease(col("s1_tranche_effectifs"), col("s0_tranche_effectifs")));
  }

  /** Significance of extensions and reductions (§4): direction, measured criteria, support flag. */
  public static Dataset<Row> withSignificance(Dataset<Row> events, Methodology m) {
    Column before = col("effectif_avant");
    Column after = col("effectif_apres");
    Column prod = col("variation_production_pct");
    Column ext = col("event_type").equalTo("EXTENSION");
    Column red = col("event_type").equalTo("REDUCTION");
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
        .withColumn("r_inconsistent_change", isChange().and(wrongWay))
        .withColumn(
            "r_not_significant",
            isChange().and(wrongWay.unary_$bang()).and(met.unary_$bang()).and(measured))
        .withColumn("significance_sirene", declaredOnly.and(sireneShows))
        .withColumn("significance_declared", declaredOnly.and(sireneShows.unary_$bang()));
  }

  /** {@code reason}: the first of {@link #REASONS} whose {@code r_*} column is true, else null. */
  public static Dataset<Row> withReason(Dataset<Row> events) {
    // One CASE with a branch per reason (not nested CASEs): smaller plans and generated code.
    Column reason = null;
    for (String r : REASONS) {
      Column applies = coalesce(col("r_" + r), lit(false));
      reason = reason == null ? when(applies, lit(r)) : reason.when(applies, lit(r));
    }
    return events.withColumn("reason", reason);
  }

  /**
   * {@code flags}: ';'-separated quality flags. Unknown activity and headcount are always
   * reported; the significance support only where it is what makes the event count.
   */
  public static Dataset<Row> withFlags(Dataset<Row> events) {
    Column counted = col("reason").isNull();
    return events.withColumn(
        "flags",
        concat_ws(
            ";",
            when(col("naf_unknown"), lit("naf_unknown")),
            when(col("headcount_unknown"), lit("headcount_unknown")),
            when(counted.and(col("significance_sirene")), lit("significance_sirene")),
            when(counted.and(col("significance_declared")), lit("significance_declared"))));
  }
}
