package fr.barometre.ingest.sirene;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.to_date;

import fr.barometre.errors.UnreadableInputException;
import fr.barometre.lake.Conflicts;
import fr.barometre.lake.Lake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lands an INSEE file of a {@link SireneLayout} once per snapshot: parses it, types it and replaces
 * its {@code snapshot_date} slice of the layout's Delta table (every row, not only industrial ones,
 * so a later run finds any SIRET without the raw file), then records it in the catalog. A snapshot
 * already in the catalog (same explicit date, or same file when no date is given) is reused without
 * opening the file.
 */
final class SnapshotLanding {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotLanding.class);

  /**
   * Landings of one snapshot that may collide with another run's landing of it before this one
   * gives up: a collision needs two runs started together on a snapshot neither found landed.
   */
  private static final int LANDING_ATTEMPTS = 3;

  /** Under the lake root: where a zip's CSV is extracted for the time of a landing. */
  private static final String STAGING = "_staging";

  private SnapshotLanding() {}

  static SnapshotCatalog.Entry land(
      Lake lake, SireneLayout layout, String file, Optional<LocalDate> date, String runId) {
    // Two runs (of one vintage, or of two sharing a snapshot) may find it missing and land it at
    // once: Delta commits one slice first and the other fails. Run again from the catalog check,
    // the loser reuses the winner's landing (or lands again: a replaceWhere of the same slice).
    return Conflicts.retrying(
        "landing " + file + " into " + layout.table(), LANDING_ATTEMPTS,
        () -> landOnce(lake, layout, file, date, runId));
  }

  private static SnapshotCatalog.Entry landOnce(
      Lake lake, SireneLayout layout, String file, Optional<LocalDate> date, String runId) {
    SnapshotCatalog catalog = new SnapshotCatalog(lake, layout);
    Optional<SnapshotCatalog.Entry> landed = date.flatMap(catalog::byDate);
    if (landed.isPresent()) {
      return reuse(layout, file, landed.get());
    }
    SourceFile source = SourceFile.stat(lake.spark(), file);
    if (date.isEmpty()) {
      landed = catalog.byFile(source);
      if (landed.isPresent()) {
        return reuse(layout, file, landed.get());
      }
    }
    String staging = lake.root() + "/" + STAGING + "/" + layout.table() + "/" + UUID.randomUUID();
    try {
      return parseAndLand(lake, layout, source, date, runId, staging, catalog);
    } finally {
      deleteQuietly(lake, staging);
    }
  }

  static Dataset<Row> read(Lake lake, SireneLayout layout, LocalDate date) {
    if (new SnapshotCatalog(lake, layout).byDate(date).isEmpty()) {
      throw new IllegalStateException(
          "no " + layout.table() + " snapshot of " + date + " in the lake " + lake.root());
    }
    return readLanded(lake, layout, date);
  }

  /**
   * The rows of the snapshot of {@code date} that the caller has just landed or found landed
   * ({@link #land} returned its catalog entry): not looked up in the catalog again, one Delta
   * query less per snapshot on a run's critical path.
   */
  static Dataset<Row> readLanded(Lake lake, SireneLayout layout, LocalDate date) {
    return lake.read(layout.table())
        .where(sliceOf(date))
        .select(layout.tableColumns().stream().map(c -> col(c)).toArray(Column[]::new));
  }

  private static SnapshotCatalog.Entry parseAndLand(
      Lake lake,
      SireneLayout layout,
      SourceFile source,
      Optional<LocalDate> date,
      String runId,
      String staging,
      SnapshotCatalog catalog) {
    long start = System.nanoTime();
    Dataset<Row> typed =
        RawStockReader.read(lake.spark(), source, layout, staging)
            .transform(SireneTyping.typed(layout));
    LocalDate snapshot =
        date.isPresent() ? requireRows(typed, source, date.get()) : latest(typed, layout, source);
    Dataset<Row> slice =
        typed.select(
            layout.tableColumns().stream()
                .map(
                    c ->
                        c.equals(SireneLayout.SNAPSHOT_DATE)
                            ? snapshotColumn(snapshot).as(c)
                            : col(c))
                .toArray(Column[]::new));
    Map<String, String> commit = new LinkedHashMap<>();
    commit.put("run_id", runId);
    commit.put(SireneLayout.SNAPSHOT_DATE, snapshot.toString());
    commit.put("source", source.path());
    lake.replaceSlice(
        slice, layout.table(), SireneLayout.SNAPSHOT_DATE, snapshot.toString(), commit);
    long rows = lake.read(layout.table()).where(sliceOf(snapshot)).count();
    SnapshotCatalog.Entry entry =
        new SnapshotCatalog.Entry(
            snapshot, source.path(), source.size(), source.modified(), rows, Instant.now(), runId);
    catalog.record(entry);
    LOG.info(
        "Landed {} rows of {} as snapshot {} of {} in {} s",
        rows,
        source.path(),
        snapshot,
        layout.table(),
        String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
    return entry;
  }

  /** The default snapshot date: the latest last-processing timestamp in the file, as a date. */
  private static LocalDate latest(Dataset<Row> typed, SireneLayout layout, SourceFile source) {
    Row row =
        typed.agg(count(lit(1)), to_date(max(col(layout.datingTarget()))).cast("string")).first();
    if (row.getLong(0) == 0) {
      throw noRows(source);
    }
    if (row.isNullAt(1)) {
      throw new UnreadableInputException(
          source.path()
              + ": no row has a last-processing date to date the snapshot; give its date");
    }
    return LocalDate.parse(row.getString(1));
  }

  private static LocalDate requireRows(Dataset<Row> typed, SourceFile source, LocalDate date) {
    if (typed.isEmpty()) {
      throw noRows(source);
    }
    return date;
  }

  private static UnreadableInputException noRows(SourceFile source) {
    return new UnreadableInputException(source.path() + ": header but no data rows");
  }

  private static SnapshotCatalog.Entry reuse(SireneLayout layout, String file, SnapshotCatalog.Entry entry) {
    LOG.info(
        "Reusing snapshot {} of {} ({} rows landed from {} by run {}); {} is not read again",
        entry.snapshotDate(),
        layout.table(),
        entry.rows(),
        entry.sourcePath(),
        entry.runId(),
        file);
    return entry;
  }

  private static Column sliceOf(LocalDate date) {
    return col(SireneLayout.SNAPSHOT_DATE).equalTo(snapshotColumn(date));
  }

  private static Column snapshotColumn(LocalDate date) {
    return lit(date.toString()).cast("date");
  }

  private static void deleteQuietly(Lake lake, String folder) {
    try {
      Path path = new Path(folder);
      path.getFileSystem(lake.spark().sparkContext().hadoopConfiguration()).delete(path, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the staging folder " + folder, e);
    }
  }
}
