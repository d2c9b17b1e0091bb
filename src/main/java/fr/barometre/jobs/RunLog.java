package fr.barometre.jobs;

import fr.barometre.ingest.releve.ReleveCounts;
import fr.barometre.lake.Lake;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code runs} table: one row per run (run id, vintage, time, inputs, SIRENE snapshot dates,
 * row counts, status {@code written} or {@code audit_failed}), appended — the provenance of every
 * vintage slice in the lake.
 */
final class RunLog {
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
          .add("status", DataTypes.StringType);

  /** {@code status} of a run whose tables were written. */
  static final String WRITTEN = "written";

  /** {@code status} of a run that failed its audits and wrote no table. */
  static final String AUDIT_FAILED = "audit_failed";

  private RunLog() {}

  static void record(
      Lake lake,
      String runId,
      RunOptions o,
      Optional<LocalDate> current,
      Optional<LocalDate> previous,
      ReleveCounts counts,
      String status,
      Map<String, String> commit) {
    ReleveCounts.FileCount total = counts.total();
    Row row =
        RowFactory.create(
            runId,
            o.vintage().toString(),
            Timestamp.from(Instant.now()),
            String.join(" ", o.releves()),
            o.sirene().orElse(null),
            current.map(java.sql.Date::valueOf).orElse(null),
            o.sirenePrevious().orElse(null),
            previous.map(java.sql.Date::valueOf).orElse(null),
            o.successions().orElse(null),
            total.rowsRead(),
            total.rowsAccepted(),
            total.rowsRejected(),
            status);
    lake.append(lake.spark().createDataFrame(List.of(row), SCHEMA), "runs", commit);
  }
}
