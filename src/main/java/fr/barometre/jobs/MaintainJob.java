package fr.barometre.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import fr.barometre.config.BarometreConfig;
import fr.barometre.errors.UsageException;
import fr.barometre.lake.Lake;
import fr.barometre.lake.Publication;
import fr.barometre.lake.RunId;
import fr.barometre.lake.Table;
import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code barometre maintain}: keeps the lake small without breaking a promise of
 * publication.md. For every Delta table of the lake: deletes the rows no reader sees — of runs a
 * later run of their vintage replaced, and of runs that never published — once they are older than
 * {@code barometre.publication.abandoned-after} (runs still going are younger),
 * makes the table keep its log and removed files for {@code barometre.publication.retention},
 * compacts its small files (OPTIMIZE) and VACUUMs with that retention — so every file a run
 * published within the retention needs stays, and Delta time travel to it works. Also removes the
 * {@code _audit_failed/<run id>} folders older than the retention. Returns one line per table.
 */
public final class MaintainJob {
  private static final Logger LOG = LoggerFactory.getLogger(MaintainJob.class);

  private MaintainJob() {}

  public static List<String> run(Lake lake, BarometreConfig config) {
    Duration retention = config.raw().getDuration("publication.retention");
    Duration abandonedAfter = config.raw().getDuration("publication.abandoned-after");
    if (retention.toHours() < 1) {
      throw new UsageException("bad configuration: barometre.publication.retention must be at least 1 hour, not " + retention);
    }
    Instant now = Instant.now();
    Publication publication = new Publication(lake);
    Map<String, String> commit = Map.of("maintain", now.toString());
    long hours = retention.toHours();
    // The rows no reader sees and no live run can still publish, from one read of the publications.
    Column abandoned = abandoned(publication, RunId.startedAt(now.minus(abandonedAfter)));
    // Tables are separate Delta logs: maintained at once (most of a VACUUM is listing and log work).
    Map<String, String> done = new java.util.concurrent.ConcurrentSkipListMap<>();
    Map<String, Boolean> tables = new java.util.LinkedHashMap<>();
    lake.tables().forEach(t -> tables.put(t, true));
    Parallel.each(tables, (name, unused) -> {
      long t0 = System.nanoTime();
      Table.named(name)
          .filter(t -> t.kind() == Table.Kind.RUN_OUTPUT)
          .ifPresent(t -> publication.delete(t, abandoned, commit));
      String path = lake.path(name);
      lake.spark().sql("ALTER TABLE delta.`" + path + "` SET TBLPROPERTIES ("
          + "'delta.deletedFileRetentionDuration' = 'interval " + hours + " hours', "
          + "'delta.logRetentionDuration' = 'interval " + hours + " hours')");
      Row optimized = DeltaTable.forPath(lake.spark(), path).optimize().executeCompaction().first();
      DeltaTable.forPath(lake.spark(), path).vacuum(hours);
      String line = name + ": compacted (" + optimized.getStruct(1).getAs("numFilesRemoved") + " files into "
          + optimized.getStruct(1).getAs("numFilesAdded") + "), vacuumed with a retention of " + hours + " h"
          + String.format(java.util.Locale.ROOT, " (%.1f s)", (System.nanoTime() - t0) / 1e9);
      LOG.info(line);
      done.put(name, line);
    });
    List<String> report = new ArrayList<>(done.values());
    report.add(removeOldAuditFailures(lake, now.minus(retention)));
    return report;
  }

  /**
   * The condition of the rows no reader sees and no live run can still publish, vintage by vintage:
   * rows of runs other than the published one started before the cutoff, and legacy rows (no run id) of
   * a vintage published since.
   */
  private static Column abandoned(Publication publication, String cutoff) {
    Map<String, String> current = new java.util.HashMap<>();
    publication.currentRuns().collectAsList().forEach(r -> current.put(r.getString(0), r.getString(1)));
    Column stale = col(Publication.RUN_ID).lt(cutoff);
    Column unpublished = current.isEmpty() ? stale : stale.and(not(col(Table.VINTAGE).isin(current.keySet().toArray())));
    for (Map.Entry<String, String> e : current.entrySet()) {
      Column ofVintage = col(Table.VINTAGE).equalTo(e.getKey());
      unpublished = unpublished.or(ofVintage.and(col(Publication.RUN_ID).isNull()
          .or(col(Publication.RUN_ID).notEqual(e.getValue()).and(stale))));
    }
    return unpublished;
  }

  private static String removeOldAuditFailures(Lake lake, Instant before) {
    Path root = new Path(lake.root(), RunJob.AUDIT_FAILED);
    int removed = 0;
    try {
      FileSystem fs = root.getFileSystem(lake.spark().sparkContext().hadoopConfiguration());
      if (fs.exists(root)) {
        for (FileStatus run : fs.listStatus(root)) {
          if (run.getModificationTime() < before.toEpochMilli() && fs.delete(run.getPath(), true)) {
            removed++;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + root, e);
    }
    return RunJob.AUDIT_FAILED + ": " + removed + " run folder(s) past the retention removed";
  }
}
