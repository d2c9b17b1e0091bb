package fr.barometre.events;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The jobs of every event (sectors-jobs-territories.md §2), as a transform over events judged by
 * {@link EventRules#withHeadcount} and joined with both snapshots. Adds {@code jobs_change} (signed
 * integer, null when unknown) and {@code jobs_estimated} (it comes from SIRENE staff bands, not the
 * relève). Grain unchanged: one row per event.
 *
 * <ul>
 *   <li>Opening / closure: ± the headcount of the threshold rule (methodology §3) — the relève's
 *       {@code effectif_apres} / {@code effectif_avant}, else the lower bound of the SIRENE band
 *       (estimated).
 *   <li>Extension / reduction: {@code effectif_apres − effectif_avant} when both are given, whatever
 *       its sign; else, when both snapshots hold the site, the certain change between the bands of
 *       methodology §4 when it goes the event's way (estimated); else null.
 * </ul>
 */
public final class EventJobs {
  private EventJobs() {}

  /** Adds {@code jobs_change} and {@code jobs_estimated}. */
  public static Dataset<Row> withJobs(Dataset<Row> events) {
    Column type = col("event_type");
    Column change = type.isin(EventType.EXTENSION.name(), EventType.REDUCTION.name());
    Column sign = when(type.isin(EventType.OUVERTURE.name(), EventType.EXTENSION.name()), lit(1)).otherwise(lit(-1));
    Column declaredPair = col("effectif_apres").minus(col("effectif_avant"));
    Column certain = EventRules.certainChangeInDirection();
    Column bandsShow = col("s1_present").and(col("s0_present")).and(certain.gt(0));
    Column fromBands =
        when(change, declaredPair.isNull().and(bandsShow))
            .otherwise(EventRules.declaredHeadcount().isNull().and(col("headcount").isNotNull()));
    Column jobs =
        when(change.unary_$bang(), sign.multiply(col("headcount")))
            .when(declaredPair.isNotNull(), declaredPair)
            .when(bandsShow, sign.multiply(certain));
    return events
        .withColumn("jobs_change", jobs.cast("int"))
        .withColumn("jobs_estimated", coalesce(fromBands, lit(false)));
  }
}
