package fr.barometre.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import fr.barometre.errors.UnreadableInputException;
import fr.barometre.lake.Lake;
import fr.barometre.lake.Publication;
import fr.barometre.lake.Table;
import io.delta.tables.DeltaTable;
import java.util.Arrays;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code barometre history}: the lake's runs, one row per run id (its latest record in {@code
 * runs}), oldest first — vintage, status ({@code published}, {@code audit_failed}, {@code
 * superseded}, {@code incomplete}), whether readers see it now ({@code current}), times, row counts,
 * snapshot dates, and the {@code net_openings} version holding its rows, for Delta time travel to a
 * run since replaced ({@code ... VERSION AS OF n WHERE run_id = '...'}). With a run id: that
 * run's inputs (path, bytes, fingerprint).
 */
public final class HistoryJob {
  /** The columns of the listing, in order. */
  static final String[] COLUMNS = {
    "run_id", "vintage", "status", "current", "started_at", "finished_at", "rows_read",
    "rows_accepted", "rows_rejected", "sirene_date", "sirene_previous_date", "net_openings_version", "detail"
  };

  private HistoryJob() {}

  /** The runs of the lake (of {@code vintage} only, if given). */
  public static Dataset<Row> runs(Lake lake, Optional<String> vintage) {
    String runs = Table.RUNS.tableName();
    if (!lake.exists(runs)) {
      throw new UnreadableInputException("no run recorded in lake " + lake.root() + " (run a vintage first)");
    }
    Dataset<Row> records = lake.read(runs);
    Dataset<Row> latest = latestRecordPerRun(records);
    Dataset<Row> current = new Publication(lake).currentRuns().select(col(Publication.RUN_ID).as("_current"));
    Dataset<Row> listed =
        latest
            .join(current, col(Publication.RUN_ID).equalTo(col("_current")), "left")
            .join(versions(lake), Publication.RUN_ID, "left")
            // Earlier versions wrote in place and recorded "written": those runs were published.
            .withColumn("status", when(col("status").equalTo("written"), lit("published")).otherwise(col("status")))
            .withColumn("current", col("_current").isNotNull());
    if (vintage.isPresent()) {
      listed = listed.where(col(Table.VINTAGE).equalTo(vintage.get()));
    }
    return listed.orderBy(col("started_at").asc_nulls_first(), col(Publication.RUN_ID))
        .select(Arrays.stream(COLUMNS).map(Column::new).toArray(Column[]::new));
  }

  /** The inputs one run recorded: role, path, bytes, fingerprint. */
  public static Dataset<Row> inputs(Lake lake, String runId) {
    Dataset<Row> run = latestRecordPerRun(lake.read(Table.RUNS.tableName())).where(col(Publication.RUN_ID).equalTo(runId));
    if (run.isEmpty()) {
      throw new UnreadableInputException("no run " + runId + " in lake " + lake.root());
    }
    return run.select(explode(col("inputs")).as("i")).select("i.*");
  }

  private static Dataset<Row> latestRecordPerRun(Dataset<Row> records) {
    if (!Arrays.asList(records.columns()).contains("started_at")) {
      records = records.withColumn("started_at", lit(null).cast("timestamp")); // a lake of an earlier version
    }
    Column[] fields =
        Arrays.stream(records.columns()).filter(c -> !c.equals(Publication.RUN_ID)).map(Column::new).toArray(Column[]::new);
    // A run's records: started (no finished_at), then ended; the ended one wins.
    Column ended = when(col("finished_at").isNull(), lit(0)).otherwise(lit(1));
    return records
        .groupBy(Publication.RUN_ID)
        .agg(max_by(struct(fields), ended).as("r"))
        .select(col(Publication.RUN_ID), col("r.*"));
  }

  /** Per run id, the last net_openings version its commits wrote (their userMetadata names it). */
  private static Dataset<Row> versions(Lake lake) {
    String table = Table.NET_OPENINGS.tableName();
    if (!lake.exists(table)) {
      return lake.spark().emptyDataFrame().withColumn(Publication.RUN_ID, lit(null).cast("string"))
          .withColumn("net_openings_version", lit(null).cast("long"));
    }
    return DeltaTable.forPath(lake.spark(), lake.path(table))
        .history()
        .where(col("operation").equalTo("WRITE"))
        .select(get_json_object(col("userMetadata"), "$.run_id").as(Publication.RUN_ID), col("version"))
        .groupBy(Publication.RUN_ID)
        .agg(max("version").as("net_openings_version"));
  }
}
