package fr.barometre.lake;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import io.delta.tables.DeltaTable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All-or-nothing publication of a run (shared/spec/publication.md §1, §3). Delta commits one
 * table at a time, so a run never replaces rows in place: it appends its rows to every output
 * table under its own {@code run_id}, invisible to readers, then publishes them in ONE commit — a
 * row (vintage, run id) inserted into the {@code publications} table. Readers go through {@link
 * #published(Table)}: the rows of each vintage's published run only. After publishing, a run that
 * finds runs of its vintage that died before it deletes the vintage's older rows ({@link
 * #removeOlderRuns}); otherwise the rows of the run it replaced stay, unread, until {@code
 * maintain} deletes them (a DELETE per output table on every rerun cost more than the rest of a
 * rerun's writes, docs/benchmarks.md). Deleted rows stay readable by Delta time travel until
 * {@code maintain} vacuums them past the retention.
 *
 * <p>Run ids sort by start time ({@link RunId}), and the run of a vintage readers see is the
 * greatest run id published for it. Publishing is a blind append of one row, which Delta commits
 * atomically and never makes conflict with another append: of two concurrent runs of a vintage,
 * the later-started one's publication is the one that stands, whatever the order they finish in;
 * the earlier one, finding a later run published, is superseded and removes its rows (its row in
 * {@code publications} stays: the table records every publication committed, and a smaller run
 * id than the vintage's greatest is never read).
 *
 * <p>Rows written before publications existed (no {@code run_id}, or a null one) are published
 * as long as no publication names their vintage: a lake written by an earlier version stays
 * readable, and its first new run of a vintage replaces that vintage whole.
 */
public final class Publication {
  private static final Logger LOG = LoggerFactory.getLogger(Publication.class);

  /** The column every run output carries: the id of the run that wrote the row. */
  public static final String RUN_ID = "run_id";

  static final StructType SCHEMA =
      new StructType()
          .add(Table.VINTAGE, DataTypes.StringType)
          .add(RUN_ID, DataTypes.StringType)
          .add("published_at", DataTypes.TimestampType);

  /**
   * How run outputs are partitioned: by vintage, then by run. Removing a run's rows (the replaced
   * run after a publication, a superseded or dead run) is then a condition on partition columns
   * only, which Delta carries out from its log — it removes the run's files without reading or
   * rewriting any (a DELETE on a data column scans the vintage's files and rewrites those it
   * matches: 5–7 s per run on the worked example, docs/benchmarks.md). Tables created by an
   * earlier version keep their vintage-only partitioning and that slower path.
   */
  static final List<String> PARTITIONING = List.of(Table.VINTAGE, RUN_ID);

  /** The status earlier versions recorded for a run whose tables they wrote in place. */
  private static final String LEGACY_WRITTEN = "written";

  private static final String PUBLISHED_RUN = "_published_run";
  private static final String PUBLISHED_VINTAGE = "_published_vintage";

  private final Lake lake;
  private final int attempts;

  public Publication(Lake lake, int attempts) {
    this.lake = lake;
    this.attempts = attempts;
  }

  public Publication(Lake lake) {
    this(lake, 10);
  }

  public Lake lake() {
    return lake;
  }

  /** Appends {@code rows} (one vintage's, with a {@code vintage} column) to {@code table} under {@code runId}. */
  public void write(Table table, Dataset<Row> rows, String runId, Map<String, String> commitInfo) {
    lake.appendPartitioned(rows.withColumn(RUN_ID, lit(runId)), table.tableName(), PARTITIONING, commitInfo);
  }

  /**
   * Publishes run {@code runId} of {@code vintage} in one commit, unless a run of the vintage that
   * started later has already published. Returns whether this run is now the published one.
   */
  public boolean publish(String vintage, String runId, Map<String, String> commitInfo) {
    Dataset<Row> row =
        lake.spark()
            .createDataFrame(List.of(RowFactory.create(vintage, runId, Timestamp.from(Instant.now()))), SCHEMA);
    // A blind append: it never conflicts with another publication (only the table's creation can,
    // when two first runs create it at once: the loser retries on the created table).
    retrying("publish run " + runId, () -> lake.append(row, Table.PUBLICATIONS.tableName(), commitInfo));
    return publishedRun(vintage).filter(runId::equals).isPresent();
  }

  /**
   * Deletes the rows of {@code vintage} that no reader sees any more and no live run can publish:
   * those of runs that started before {@code runId} (the run it replaced, runs that died) and
   * legacy rows without a run id. Rows of runs started after it are left to their own runs.
   */
  public void removeOlderRuns(Table table, String vintage, String runId, Map<String, String> commitInfo) {
    delete(table, col(Table.VINTAGE).equalTo(vintage).and(col(RUN_ID).isNull().or(col(RUN_ID).lt(runId))), commitInfo);
  }

  /** Deletes the rows run {@code runId} wrote to {@code table} (a run that was superseded). */
  public void removeRun(Table table, String vintage, String runId, Map<String, String> commitInfo) {
    delete(table, col(Table.VINTAGE).equalTo(vintage).and(col(RUN_ID).equalTo(runId)), commitInfo);
  }

  /** Deletes rows matching {@code condition}; a table without run ids has nothing of a run to delete. */
  public void delete(Table table, Column condition, Map<String, String> commitInfo) {
    if (!lake.exists(table.tableName()) || !hasRunIds(lake.read(table.tableName()))) {
      return;
    }
    retrying("clean " + table, () -> lake.stamped(commitInfo, () ->
        DeltaTable.forPath(lake.spark(), lake.path(table.tableName())).delete(condition)));
  }

  /** The rows of {@code table} that readers see: each vintage's published run. */
  public Dataset<Row> published(Table table) {
    Dataset<Row> rows = lake.read(table.tableName());
    if (table.kind() != Table.Kind.RUN_OUTPUT || !hasRunIds(rows)) {
      return rows;
    }
    Dataset<Row> current =
        currentRuns().select(col(Table.VINTAGE).as(PUBLISHED_VINTAGE), col(RUN_ID).as(PUBLISHED_RUN));
    Column keep =
        when(col(PUBLISHED_VINTAGE).isNull(), rows.col(RUN_ID).isNull())
            .otherwise(rows.col(RUN_ID).equalTo(col(PUBLISHED_RUN)));
    return rows.join(current, rows.col(Table.VINTAGE).equalTo(col(PUBLISHED_VINTAGE)), "left")
        .where(keep)
        .select(Arrays.stream(rows.columns()).map(rows::col).toArray(Column[]::new));
  }

  /** The rows of {@code vintage} that readers see in {@code table}. */
  public Dataset<Row> slice(Table table, String vintage) {
    return published(table).where(col(Table.VINTAGE).equalTo(vintage));
  }

  /** The published run of each vintage ({@code vintage, run_id}); empty before any publication. */
  public Dataset<Row> currentRuns() {
    return publications().groupBy(Table.VINTAGE).agg(max(RUN_ID).as(RUN_ID));
  }

  /** The run of {@code vintage} readers see, if one was published by this version. */
  public Optional<String> publishedRun(String vintage) {
    // The vintage's few publications collected and compared here: one scan, no aggregation stage.
    return publications().where(col(Table.VINTAGE).equalTo(vintage)).select(RUN_ID).collectAsList().stream()
        .map(r -> r.getString(0))
        .max(Comparator.naturalOrder());
  }

  /**
   * Whether readers see a run of {@code vintage}: a publication, or a run recorded as written by a
   * version before publications (whose rows are all published).
   */
  public boolean isPublished(String vintage) {
    if (publishedRun(vintage).isPresent()) {
      return true;
    }
    String runs = Table.RUNS.tableName();
    return lake.exists(runs)
        && !lake.read(runs)
            .where(col(Table.VINTAGE).equalTo(vintage).and(col("status").equalTo(LEGACY_WRITTEN)))
            .limit(1)
            .isEmpty();
  }

  /** Every publication ever made ({@code vintage, run_id, published_at}). */
  public Dataset<Row> publications() {
    String name = Table.PUBLICATIONS.tableName();
    return lake.exists(name) ? lake.read(name) : lake.spark().createDataFrame(List.of(), SCHEMA);
  }

  private static boolean hasRunIds(Dataset<Row> rows) {
    return Arrays.asList(rows.columns()).contains(RUN_ID);
  }

  private void retrying(String what, Runnable transaction) {
    Conflicts.retrying(what, attempts, transaction);
  }
}
