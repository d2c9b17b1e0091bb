package fr.barometre.jobs;

import static fr.barometre.lake.Columns.VINTAGE;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import fr.barometre.aggregate.NetOpenings;
import fr.barometre.aggregate.NetOpeningsBySector;
import fr.barometre.aggregate.Revisions;
import fr.barometre.audit.RunAudits;
import fr.barometre.config.BarometreConfig;
import fr.barometre.errors.AuditFailedException;
import fr.barometre.errors.SupersededException;
import fr.barometre.events.EventInputs;
import fr.barometre.events.EventsPipeline;
import fr.barometre.events.SireneSites;
import fr.barometre.events.Snapshot;
import fr.barometre.ingest.releve.ReleveBatch;
import fr.barometre.ingest.releve.ReleveCounts;
import fr.barometre.ingest.releve.ReleveIngest;
import fr.barometre.ingest.sirene.SireneSnapshots;
import fr.barometre.ingest.sirene.Successions;
import fr.barometre.lake.Lake;
import fr.barometre.lake.Publication;
import fr.barometre.lake.RunId;
import fr.barometre.lake.Table;
import fr.barometre.reference.Cog;
import fr.barometre.reference.UserZoning;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code barometre run}: computes one vintage from the relèves and SIRENE snapshots, audits it,
 * writes it to every output table ({@link Table#runOutputs()}) under its run id and publishes it in
 * one commit ({@link Publication}): readers see the vintage's previous run until then, all of this
 * one after, never a mix; other vintages are untouched. Reads happen first, writes last; everything
 * between is the pure transforms of {@code events} and {@code aggregate}.
 */
public final class RunJob {
  private static final Logger LOG = LoggerFactory.getLogger(RunJob.class);

  /** Under the lake root: the rows of runs whose audit failed, one folder per run, as Parquet. */
  public static final String AUDIT_FAILED = "_audit_failed";

  private RunJob() {}

  /** Runs the vintage and returns the per-file counts of the relèves read. */
  public static ReleveCounts run(SparkSession spark, BarometreConfig config, RunOptions o) {
    String runId = RunId.next();
    String vintage = o.vintage().toString();
    Lake lake = new Lake(spark, config.lake());
    Publication publication = new Publication(lake, config.raw().getInt("publication.attempts"));
    LOG.info("Run {} of vintage {} into lake {}", runId, vintage, lake.root());
    Map<String, String> commit = new LinkedHashMap<>();
    commit.put("run_id", runId);
    commit.put("vintage", vintage);
    RunLog log = new RunLog(lake, runId, o, commit);

    StepTimer step = new StepTimer(LOG, failAfter(config), spark.sparkContext(), "run " + vintage);
    // The start record is one Delta commit of its own: it goes while the inputs are read.
    CompletableFuture<Void> started = CompletableFuture.runAsync(() -> step.run("run recorded", log::started));
    // Edges: read every input (SIRENE lands in the lake once per snapshot and is read from there).
    // The user zonings first: a broken zoning file stops the run before any long read.
    List<UserZoning> zonings =
        step.time("zonings", () -> UserZoning.readAll(config.zonings(), spark.sparkContext().hadoopConfiguration()));
    // The other inputs are independent reads, barometre.run.concurrent-reads of them at once
    // (Parallel; one at a time in local mode, in this order). The two SIRENE snapshots land
    // one after the other in one step: they write to the same table, and at national scale two
    // landings at once would only share the memory. The previous vintage's published figures
    // (for the revisions) are read here too: they do not depend on this run's rows.
    ReleveBatch batch;
    Optional<Snapshot> current;
    Optional<Snapshot> previous;
    Optional<Dataset<Row>> links;
    PreviousFigures before;
    boolean cutSnapshots;
    SnapshotCuts cuts;
    boolean unendedRuns;
    EventsPipeline pipeline = new EventsPipeline(config.methodology(), o.vintage());
    try (Parallel reads = Parallel.steps(config.concurrentReads())) {
      var releves = reads.start(() -> step.time("relèves read", () -> ReleveIngest.read(spark, o.releves(), config.limits())));
      var snapshots =
          reads.start(() -> {
            Optional<SireneSnapshots.Landed> c =
                step.time(
                    "current SIRENE snapshot",
                    () -> o.sirene().map(f -> SireneSnapshots.landed(lake, f, o.sireneDate(), runId)));
            Optional<SireneSnapshots.Landed> p =
                step.time(
                    "previous SIRENE snapshot",
                    () -> o.sirenePrevious().map(f -> SireneSnapshots.landed(lake, f, o.sirenePreviousDate(), runId)));
            // Whether the snapshots are worth cutting once (barometre.run.cut-snapshots-from-rows),
            // from the row counts their catalog entries record.
            boolean large = Stream.of(c, p).flatMap(Optional::stream).anyMatch(l -> l.rows() >= config.cutSnapshotsFromRows());
            return new Snapshots(c, p, c.map(l -> snapshot(lake, l)), p.map(l -> snapshot(lake, l)), large);
          });
      var successions =
          reads.start(() -> step.time(
              "succession links",
              () -> o.successions().map(f -> Successions.landed(lake, f, Optional.empty(), runId))));
      var figures = reads.start(() -> step.time("previous vintage's figures", () -> PreviousFigures.read(publication, vintage)));
      // Whether a run of the vintage died before this one: its rows are this run's to remove once
      // it has published (publication.md §3). Known before anything is written.
      var unended = reads.start(() -> step.time("unended runs of the vintage", log::unendedEarlierRunRecorded));
      reads.awaitAll();
      unendedRuns = unended.get();
      batch = releves.get();
      current = snapshots.get().current();
      previous = snapshots.get().previous();
      cutSnapshots = snapshots.get().large();
      cuts =
          new SnapshotCuts(
              lake, pipeline, config.methodology(), snapshots.get().currentLanding(),
              snapshots.get().previousLanding(), config.keepCuts(), commit);
      links = successions.get();
      before = figures.get();
    }
    EventInputs in =
        new EventInputs(batch.accepted(), current, previous, links, Cog.communeResolution(spark));

    // Transforms: each output is computed once and materialised (a local checkpoint: the rows
    // of a vintage are small, and the next plans start from them instead of re-planning the
    // whole lineage — Catalyst's planning of the full chains was most of a run's time,
    // docs/benchmarks.md). Outputs that do not read each other are computed at once. Writes
    // come after, and nothing is read back from the lake.
    Dataset<Row> identified = step.time("events identified", () -> materialised(pipeline.identified(in)));
    // Large snapshots are scanned once, for the rows the judged events and the candidates read
    // (the survey's SIRETs, the industrial sites, the previous rows that can make a candidate),
    // and those rows kept: at national scale a few percent of 43 million (docs/benchmarks.md).
    // The cuts are kept in the lake (SnapshotCuts): the next run on the same landings reads them.
    Dataset<Row> rejects;
    Dataset<Row> judged;
    EventInputs read;
    try (Parallel group = Parallel.steps(2)) {
      var r = group.start(() -> step.time("rejects", () -> materialised(
          batch.rejects().unionByName(pipeline.duplicateRejects(identified)).withColumn(VINTAGE, lit(vintage)))));
      var j = group.start(() -> {
        if (!cutSnapshots) {
          return new Judged(in, step.time("events judged", () -> materialised(pipeline.judged(identified, in))));
        }
        Optional<Dataset<Row>> s1 = step.time("current snapshot's rows read", () -> cuts.current(in, identified));
        EventInputs currentCut = EventsPipeline.withSnapshotRows(in, s1, previous.map(Snapshot::sites));
        Optional<Dataset<Row>> s0 = step.time("previous snapshot's rows read", () -> cuts.previous(currentCut, identified));
        EventInputs cut = EventsPipeline.withSnapshotRows(in, s1, s0);
        return new Judged(cut, step.time("events judged", () -> materialised(pipeline.judged(identified, cut))));
      });
      group.awaitAll();
      rejects = r.get();
      read = j.get().read();
      judged = j.get().events();
    }
    Dataset<Row> events = step.time("events", () -> materialised(pipeline.finalised(judged, read)));
    Dataset<Row> candidates;
    Dataset<Row> netOpenings;
    Dataset<Row> bySector;
    Dataset<Row> revisions;
    ReleveCounts counts;
    try (Parallel group = Parallel.steps(4)) {
      var c = group.start(() -> step.time("candidates", () -> materialised(
          cutSnapshots ? pipeline.candidatesOfCut(events, read) : pipeline.candidates(events, read))));
      var n = group.start(() -> {
        Dataset<Row> net =
            step.time("net_openings", () -> materialised(NetOpenings.of(events, Cog.territories(spark), zonings, vintage)));
        return List.of(net, step.time("revisions", () -> materialised(before.revisionsOf(net, vintage))));
      });
      var b = group.start(() -> step.time("net_openings_by_sector", () -> materialised(
          NetOpeningsBySector.of(events, Cog.territories(spark), config.methodology().sectors(), vintage))));
      var k = group.start(() -> step.time("row counts", () -> ReleveCounts.of(batch.files(), batch.raw(), rejects)));
      group.awaitAll();
      candidates = c.get();
      netOpenings = n.get().get(0);
      revisions = n.get().get(1);
      bySector = b.get();
      counts = k.get();
    }

    Map<Table, Dataset<Row>> outputs = new EnumMap<>(Table.class);
    outputs.put(Table.RELEVE_ROWS, batch.raw().withColumn(VINTAGE, lit(vintage)));
    outputs.put(Table.REJECTS, rejects);
    outputs.put(Table.EVENTS, events);
    outputs.put(Table.CANDIDATES, candidates);
    outputs.put(Table.NET_OPENINGS, netOpenings);
    outputs.put(Table.NET_OPENINGS_BY_SECTOR, bySector);
    outputs.put(Table.REVISIONS, revisions);

    // Audit before anything is written (publication.md §2): a failed audit writes nothing to the
    // tables, keeps the run's rows for inspection and exits with 4.
    Map<String, RunAudits.Keyed> keyed = new LinkedHashMap<>();
    outputs.forEach((table, rows) -> {
      if (!table.key().isEmpty()) {
        keyed.put(table.tableName(), RunAudits.keyed(rows, table.keyColumns()));
      }
    });
    List<RunAudits.Failure> failures = new ArrayList<>();
    try (Parallel group = Parallel.steps(2)) {
      var all = group.start(() -> step.time("audits", () -> RunAudits.of(counts, events, netOpenings, Cog.territories(spark), keyed)));
      var sectors = group.start(() -> step.time("sector audits", () -> RunAudits.sectorSums(netOpenings, bySector)));
      group.awaitAll();
      failures.addAll(all.get());
      failures.addAll(sectors.get());
    }
    started.join();
    Ended ended = new Ended(log, batch, current.map(Snapshot::date), previous.map(Snapshot::date), counts);
    if (!failures.isEmpty()) {
      String kept = lake.root() + "/" + AUDIT_FAILED + "/" + runId;
      outputs.forEach((table, rows) -> rows.write().mode(SaveMode.Overwrite).parquet(kept + "/" + table));
      String detail =
          "audit failed: " + failures.stream().map(RunAudits.Failure::toString).collect(Collectors.joining("; "));
      ended.record(RunLog.Status.AUDIT_FAILED, detail);
      throw new AuditFailedException(
          "run " + runId + " of vintage " + vintage + ": " + detail
              + "; nothing was published, the run's rows are in " + kept);
    }

    // Write, then publish in one commit (publication.md §1): until "published", readers see the
    // vintage as the previous run left it. The tables are independent Delta logs: written at once.
    step.run("tables written", () -> Parallel.each(outputs, (table, rows) ->
        step.run(table + " written", () -> publication.write(table, rows, runId, commit))));
    boolean published = step.time("published", () -> publication.publish(vintage, runId, commit));
    if (!published) {
      String winner = publication.publishedRun(vintage).orElse("?");
      step.run("own rows removed", () -> Parallel.each(outputs, (table, rows) ->
          publication.removeRun(table, vintage, runId, commit)));
      String detail = "run " + winner + " of the same vintage, started later, published first";
      ended.record(RunLog.Status.SUPERSEDED, detail);
      throw new SupersededException(
          "run " + runId + " of vintage " + vintage + " was not published: " + detail
              + "; its figures stand and this run's rows were removed");
    }
    // The rows of runs that died before this one are removed now that none can be read again; the
    // rows of the run this one replaced stay, unread, until maintain (RunLog.unendedEarlierRunRecorded).
    if (unendedRuns) {
      step.run("older runs removed", () -> Parallel.each(outputs, (table, rows) ->
          publication.removeOlderRuns(table, vintage, runId, commit)));
    }
    step.run("run logged", () -> ended.record(RunLog.Status.PUBLISHED, null));
    LOG.info("Run {} of vintage {} published in {}", runId, vintage, step.total());
    return counts;
  }

  /** What a run's final record needs, gathered once. */
  private record Ended(
      RunLog log,
      ReleveBatch batch,
      Optional<LocalDate> current,
      Optional<LocalDate> previous,
      ReleveCounts counts) {
    void record(RunLog.Status status, String detail) {
      log.finished(status, batch.sources(), current, previous, counts, detail);
    }
  }

  /** The step after which the test-only hook {@code barometre.testing.fail-after} halts the JVM. */
  private static Optional<String> failAfter(BarometreConfig config) {
    String step = config.raw().getString("testing.fail-after");
    return step.isBlank() ? Optional.empty() : Optional.of(step);
  }

  private static Snapshot snapshot(Lake lake, SireneSnapshots.Landed landed) {
    return new Snapshot(landed.date(), SireneSites.slim(SireneSnapshots.read(lake, landed)));
  }

  /** The landed snapshots, their landings, and whether one is large enough for the run to cut them once. */
  private record Snapshots(
      Optional<SireneSnapshots.Landed> currentLanding,
      Optional<SireneSnapshots.Landed> previousLanding,
      Optional<Snapshot> current,
      Optional<Snapshot> previous,
      boolean large) {}

  /** The judged events, and the inputs they were judged on (the snapshots cut or whole). */
  private record Judged(EventInputs read, Dataset<Row> events) {}

  /** Computes {@code data} now and cuts its lineage: later plans start from its rows. */
  static Dataset<Row> materialised(Dataset<Row> data) {
    return data.localCheckpoint(true);
  }

  /**
   * The figures revisions compare a run with: the published {@code net_openings} of the latest
   * vintage before this one that the lake has published ({@code vintage} null: none, every
   * previous figure is zero). Read before the run's own figures exist: they do not depend on them.
   */
  private record PreviousFigures(Optional<Dataset<Row>> rows, String vintage) {
    static PreviousFigures read(Publication publication, String vintage) {
      if (!publication.lake().exists(Table.NET_OPENINGS.tableName())) {
        return new PreviousFigures(Optional.empty(), null);
      }
      Dataset<Row> all = publication.published(Table.NET_OPENINGS).drop(Publication.RUN_ID);
      Row prev = all.where(col(VINTAGE).lt(vintage)).agg(max(VINTAGE)).first();
      if (prev.isNullAt(0)) {
        return new PreviousFigures(Optional.empty(), null);
      }
      String previousVintage = prev.getString(0);
      return new PreviousFigures(
          Optional.of(materialised(all.where(col(VINTAGE).equalTo(previousVintage)))), previousVintage);
    }

    /** Revisions of {@code current} (this run's net_openings of {@code vintage}) against these. */
    Dataset<Row> revisionsOf(Dataset<Row> current, String vintage) {
      return Revisions.of(current, rows.orElseGet(() -> current.limit(0)), vintage, this.vintage);
    }
  }
}
