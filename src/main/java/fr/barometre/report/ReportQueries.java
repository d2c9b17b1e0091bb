package fr.barometre.report;

import static fr.barometre.lake.Columns.DEPARTMENT_CODE;
import static fr.barometre.lake.Columns.EFFECT_DATE;
import static fr.barometre.lake.Columns.EVENT_TYPE;
import static fr.barometre.lake.Columns.REGION_CODE;
import static fr.barometre.lake.Columns.TERRITORY_LEVEL;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.barometre.lake.Lake;
import fr.barometre.lake.Publication;
import fr.barometre.lake.Table;
import fr.barometre.reference.Cog;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The report's selections and small aggregates over one vintage's slices of the lake tables: pure
 * {@code Dataset<Row>} functions, each named for what it returns, and the slice read itself.
 */
public final class ReportQueries {
  private ReportQueries() {}

  /**
   * One vintage's rows of a lake table as readers see them — its published run ({@link
   * Publication}): every read of the report and the demo goes through here.
   */
  public static Dataset<Row> vintageSlice(Lake lake, Table table, String vintage) {
    // Readers see the vintage's published run only (publication.md §1).
    return new Publication(lake).slice(table, vintage);
  }

  /** The country's rows of {@code net_openings_by_sector} (every sector and period of the slice). */
  public static Dataset<Row> countrySectors(Dataset<Row> bySector) {
    return bySector.where(col(TERRITORY_LEVEL).equalTo(Cog.LEVEL_COUNTRY));
  }

  /** Counted events whose effect date falls in {@code period} ({@code YYYY} or {@code YYYY-Sn}), by date. */
  public static Dataset<Row> countedEventsIn(Dataset<Row> events, String period) {
    return events
        .where(col("counted").and(inPeriod(period)))
        .select(EFFECT_DATE, EVENT_TYPE, "raison_sociale", "commune_code", DEPARTMENT_CODE, REGION_CODE, "flags")
        .orderBy(col(EFFECT_DATE), col(EVENT_TYPE), col("raison_sociale"));
  }

  // The events table carries the year (INT) and the half ('YYYY-S1'/'YYYY-S2') of each event.
  private static Column inPeriod(String period) {
    return period.length() == 4
        ? col("year").cast("string").equalTo(period)
        : col("half").equalTo(period);
  }

  /** Rejected relève rows per reason ({@code reason, rows}), most frequent first. */
  public static Dataset<Row> rejectsByReason(Dataset<Row> rejects) {
    return rejects.groupBy("reason").agg(count(lit(1)).as("rows")).orderBy(col("rows").desc(), col("reason"));
  }

  /** Events kept but not counted, per reason ({@code reason, events}), most frequent first. */
  public static Dataset<Row> notCountedByReason(Dataset<Row> events) {
    return events
        .where(col("counted").equalTo(false))
        .groupBy("reason")
        .agg(count(lit(1)).as("events"))
        .orderBy(col("events").desc(), col("reason"));
  }

  /** Quality flags ({@code flag, events, counted}): events bearing each, and how many of them count. */
  public static Dataset<Row> flagCounts(Dataset<Row> events) {
    return events
        .where(col("flags").isNotNull().and(length(col("flags")).gt(0)))
        .select(explode(split(col("flags"), ";")).as("flag"), col("counted"))
        .groupBy("flag")
        .agg(count(lit(1)).as("events"), sum(when(col("counted"), 1).otherwise(0)).as("counted"))
        .orderBy(col("events").desc(), col("flag"));
  }

  /** Revisions rows where at least one figure changed since the previous vintage. */
  public static Dataset<Row> changedFigures(Dataset<Row> revisions) {
    Column changed = lit(false);
    for (String f : new String[] {"openings", "extensions", "closures", "reductions"}) {
      changed = changed.or(col(f + "_revision").notEqual(0));
    }
    return revisions.where(changed);
  }
}
