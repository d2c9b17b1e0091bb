package fr.barometre.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import fr.barometre.errors.UnreadableInputException;
import fr.barometre.ingest.releve.ReleveCounts;
import fr.barometre.ingest.releve.ReleveSource;
import fr.barometre.ingest.sirene.SourceFile;
import fr.barometre.lake.Lake;
import fr.barometre.lake.Table;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code runs} table: records appended by each run — one when it starts (status {@code
 * incomplete}), one when it ends ({@code published}, {@code audit_failed} or {@code superseded})
 * with its inputs (path, size, fingerprint), SIRENE snapshot dates and row counts. A run killed
 * before its end keeps its first record only: {@code bin/barometre history} shows it incomplete.
 * The latest record of a run id is its state.
 */
final class RunLog {
  static final StructType INPUT =
      new StructType()
          .add("role", DataTypes.StringType)
          .add("path", DataTypes.StringType)
          .add("bytes", DataTypes.LongType)
          .add("fingerprint", DataTypes.StringType);

  static final StructType SCHEMA =
      new StructType()
          .add("run_id", DataTypes.StringType)
          .add("vintage", DataTypes.StringType)
          .add("finished_at", DataTypes.TimestampType)
          .add("releves", DataTypes.StringType)
          .add("sirene", DataTypes.StringType)
          .add("sirene_date", DataTypes.DateType)
          .add("sirene_previous", DataTypes.StringType)
          .add("sirene_previous_date", DataTypes.DateType)
          .add("successions", DataTypes.StringType)
          .add("rows_read", DataTypes.LongType)
          .add("rows_accepted", DataTypes.LongType)
          .add("rows_rejected", DataTypes.LongType)
          .add("status", DataTypes.StringType)
          .add("started_at", DataTypes.TimestampType)
          .add("inputs", DataTypes.createArrayType(INPUT))
          .add("detail", DataTypes.StringType);

  /** A run's state. */
  enum Status {
    /** Started and not (yet) ended: a run in progress, or one that died. */
    INCOMPLETE,
    /** Its rows are the ones readers see (until a later run of the vintage replaces them). */
    PUBLISHED,
    /** Failed its audits: published nothing; its rows are under {@code _audit_failed/<run id>}. */
    AUDIT_FAILED,
    /** A run of its vintage started later published first: it published nothing. */
    SUPERSEDED;

    String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Lake lake;
  private final String runId;
  private final RunOptions options;
  private final Instant startedAt = Instant.now();
  private final Map<String, String> commit;

  RunLog(Lake lake, String runId, RunOptions options, Map<String, String> commit) {
    this.lake = lake;
    this.runId = runId;
    this.options = options;
    this.commit = commit;
  }

  /** Appends the record of a run that starts. */
  void started() {
    append(RowFactory.create(
        runId, options.vintage().toString(), null, String.join(" ", options.releves()),
        options.sirene().orElse(null), null, options.sirenePrevious().orElse(null), null,
        options.successions().orElse(null), null, null, null, Status.INCOMPLETE.value(),
        Timestamp.from(startedAt), null, null));
  }

  /** Appends the record of a run that ends with {@code status}. */
  void finished(
      Status status,
      List<ReleveSource> releves,
      Optional<LocalDate> current,
      Optional<LocalDate> previous,
      ReleveCounts counts,
      String detail) {
    ReleveCounts.FileCount total = counts.total();
    append(RowFactory.create(
        runId, options.vintage().toString(), Timestamp.from(Instant.now()),
        String.join(" ", options.releves()),
        options.sirene().orElse(null), current.map(java.sql.Date::valueOf).orElse(null),
        options.sirenePrevious().orElse(null), previous.map(java.sql.Date::valueOf).orElse(null),
        options.successions().orElse(null),
        total.rowsRead(), total.rowsAccepted(), total.rowsRejected(), status.value(),
        Timestamp.from(startedAt), inputs(releves), detail));
  }

  /**
   * Whether the lake records a run of this vintage, started before this one, that never ended:
   * one that died (or is still going). Only such a run can have left rows that no reader will
   * ever see and that nothing else removes — publication.md §3 has the vintage's next run clean
   * them up. The rows of the runs the vintage published before stay after this run publishes,
   * unread (readers see the greatest published run) and readable by time travel, until {@code
   * maintain} removes them; a run that ended superseded removed its own rows, one that failed its
   * audit wrote none. So a rerun after runs that all ended removes nothing (no Delta DELETE per
   * output table). Read before this run writes: a run recorded later is still going (when it dies,
   * the vintage's next run finds it), and the first run of a lake finds no table yet.
   */
  boolean unendedEarlierRunRecorded() {
    String runs = Table.RUNS.tableName();
    if (!lake.exists(runs)) {
      return false;
    }
    Column ended = when(col("status").notEqual(Status.INCOMPLETE.value()), 1).otherwise(0);
    return !lake.read(runs)
        .where(col(Table.VINTAGE).equalTo(options.vintage().toString()).and(col("run_id").lt(runId)))
        .groupBy("run_id")
        .agg(max(ended).as("ended"))
        .where(col("ended").equalTo(0))
        .limit(1)
        .isEmpty();
  }

  private List<Row> inputs(List<ReleveSource> releves) {
    List<Row> inputs = new ArrayList<>();
    releves.forEach(r -> inputs.add(RowFactory.create("releve", r.path(), r.bytes(), "sha256:" + r.sha256())));
    options.sirene().ifPresent(f -> inputs.add(stock("sirene", f)));
    options.sirenePrevious().ifPresent(f -> inputs.add(stock("sirene_previous", f)));
    options.successions().ifPresent(f -> inputs.add(stock("successions", f)));
    return inputs;
  }

  /**
   * A SIRENE input's record. Its fingerprint is the one the landing recognises a snapshot by
   * (size and modification time): hashing a 43M-row stock on every rerun would cost more than
   * the rerun.
   */
  private Row stock(String role, String file) {
    try {
      SourceFile s = SourceFile.stat(lake.spark(), file);
      return RowFactory.create(role, s.path(), s.size(), "size+mtime:" + s.size() + "@" + s.modified());
    } catch (UnreadableInputException gone) {
      // A landed snapshot named by date whose file has gone since: the lake has its rows.
      return RowFactory.create(role, file, null, null);
    }
  }

  private void append(Row row) {
    lake.append(lake.spark().createDataFrame(List.of(row), SCHEMA), Table.RUNS.tableName(), commit);
  }
}
