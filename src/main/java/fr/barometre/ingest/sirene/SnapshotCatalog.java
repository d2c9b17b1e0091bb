package fr.barometre.ingest.sirene;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import fr.barometre.lake.Lake;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The catalog of landed snapshots of one {@link SireneLayout} (table {@code sirene_snapshots} for
 * the stock): one row per {@code snapshot_date} with the source file's fingerprint (path, size,
 * modification time), the rows landed, when and by which run. A rerun naming a landed snapshot, by
 * date or by the same file, finds it here and does not parse the file again.
 */
final class SnapshotCatalog {
  /** One landed snapshot. */
  record Entry(
      LocalDate snapshotDate,
      String sourcePath,
      long sourceSize,
      Instant sourceModified,
      long rows,
      Instant landedAt,
      String runId) {

    boolean sameFile(SourceFile file) {
      return sourcePath.equals(file.path())
          && sourceSize == file.size()
          && sourceModified.equals(file.modified());
    }
  }

  private final Lake lake;
  private final String table;

  SnapshotCatalog(Lake lake, SireneLayout layout) {
    this.lake = lake;
    this.table = layout.catalogTable();
  }

  Optional<Entry> byDate(LocalDate date) {
    return entries().stream().filter(e -> e.snapshotDate().equals(date)).findFirst();
  }

  /** The latest landing of that very file (same path, size and modification time), if any. */
  Optional<Entry> byFile(SourceFile file) {
    return entries().stream()
        .filter(e -> e.sameFile(file))
        .max(Comparator.comparing(Entry::landedAt));
  }

  /** Records (or replaces) the catalog row of {@code entry.snapshotDate()}. */
  void record(Entry entry) {
    Dataset<Row> row =
        lake.spark()
            .range(1)
            .select(
                lit(entry.snapshotDate().toString()).cast("date").as(SireneLayout.SNAPSHOT_DATE),
                lit(entry.sourcePath()).as("source_path"),
                lit(entry.sourceSize()).as("source_size"),
                millis(entry.sourceModified()).as("source_modified"),
                lit(entry.rows()).as("rows"),
                millis(entry.landedAt()).as("landed_at"),
                lit(entry.runId()).as("run_id"));
    Map<String, String> commit = new LinkedHashMap<>();
    commit.put("run_id", entry.runId());
    commit.put(SireneLayout.SNAPSHOT_DATE, entry.snapshotDate().toString());
    lake.replaceSlice(
        row, table, SireneLayout.SNAPSHOT_DATE, entry.snapshotDate().toString(), commit);
  }

  private List<Entry> entries() {
    if (!lake.exists(table)) {
      return List.of();
    }
    // Dates and instants travel as strings and epoch milliseconds: independent of the
    // session's java8API setting and time zone.
    return lake
        .read(table)
        .select(
            col(SireneLayout.SNAPSHOT_DATE).cast("string"),
            col("source_path"),
            col("source_size"),
            expr("unix_millis(source_modified)"),
            col("rows"),
            expr("unix_millis(landed_at)"),
            col("run_id"))
        .collectAsList()
        .stream()
        .map(
            r ->
                new Entry(
                    LocalDate.parse(r.getString(0)),
                    r.getString(1),
                    r.getLong(2),
                    Instant.ofEpochMilli(r.getLong(3)),
                    r.getLong(4),
                    Instant.ofEpochMilli(r.getLong(5)),
                    r.getString(6)))
        .toList();
  }

  private static org.apache.spark.sql.Column millis(Instant instant) {
    return expr("timestamp_millis(" + instant.toEpochMilli() + ")");
  }
}
