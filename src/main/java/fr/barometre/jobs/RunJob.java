package fr.barometre.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import fr.barometre.aggregate.NetOpenings;
import fr.barometre.aggregate.NetOpeningsBySector;
import fr.barometre.aggregate.Revisions;
import fr.barometre.audit.RunAudits;
import fr.barometre.config.BarometreConfig;
import fr.barometre.errors.AuditFailedException;
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
import fr.barometre.reference.Cog;
import fr.barometre.reference.UserZoning;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code barometre run}: computes one vintage from the relèves and SIRENE snapshots and replaces
 * that vintage's slice of every output table ({@code releve_rows, rejects, events, candidates,
 * net_openings, net_openings_by_sector, revisions}), leaving other vintages untouched. Reads happen first, writes last;
 * everything between is the pure transforms of {@code events} and {@code aggregate}.
 */
public final class RunJob {
  private static final Logger LOG = LoggerFactory.getLogger(RunJob.class);

  /** Under the lake root: the rows of runs whose audit failed, one folder per run, as Parquet. */
  public static final String AUDIT_FAILED = "_audit_failed";

  private RunJob() {}

  /** Runs the vintage and returns the per-file counts of the relèves read. */
  public static ReleveCounts run(SparkSession spark, BarometreConfig config, RunOptions o) {
    String runId = Instant.now().toString().replace(":", "").replace(".", "") + "-" + UUID.randomUUID().toString().substring(0, 8);
    String vintage = o.vintage().toString();
    Lake lake = new Lake(spark, config.lake());
    LOG.info("Run {} of vintage {} into lake {}", runId, vintage, lake.root());
    Map<String, String> commit = new LinkedHashMap<>();
    commit.put("run_id", runId);
    commit.put("vintage", vintage);

    StepTimer step = new StepTimer(LOG);
    // Edges: read every input (SIRENE lands in the lake once per snapshot and is read from there).
    // The user zonings first: a broken zoning file stops the run before any long read.
    List<UserZoning> zonings =
        step.time("zonings", () -> UserZoning.readAll(config.zonings(), spark.sparkContext().hadoopConfiguration()));
    ReleveBatch batch = step.time("relèves read", () -> ReleveIngest.read(spark, o.releves(), config.limits()));
    Optional<Snapshot> current =
        step.time("current SIRENE snapshot", () -> o.sirene().map(f -> snapshot(lake, f, o.sireneDate(), runId)));
    Optional<Snapshot> previous =
        step.time(
            "previous SIRENE snapshot",
            () -> o.sirenePrevious().map(f -> snapshot(lake, f, o.sirenePreviousDate(), runId)));
    Optional<Dataset<Row>> links =
        step.time(
            "succession links",
            () -> o.successions().map(f -> Successions.read(lake, Successions.land(lake, f, Optional.empty(), runId))));
    EventInputs in =
        new EventInputs(batch.accepted(), current, previous, links, Cog.communeResolution(spark));

    // Transforms: each output is computed once and materialised (a local checkpoint: the rows
    // of a vintage are small, and the next plans start from them instead of re-planning the
    // whole lineage — Catalyst's planning of the full chains was most of a run's time,
    // docs/benchmarks.md). Writes come after, and nothing is read back from the lake.
    EventsPipeline pipeline = new EventsPipeline(config.methodology(), o.vintage());
    Dataset<Row> identified = step.time("events identified", () -> materialised(pipeline.identified(in)));
    Dataset<Row> rejects =
        step.time("rejects", () -> materialised(
            batch.rejects().unionByName(pipeline.duplicateRejects(identified)).withColumn("vintage", lit(vintage))));
    Dataset<Row> judged = step.time("events judged", () -> materialised(pipeline.judged(identified, in)));
    Dataset<Row> events = step.time("events", () -> materialised(pipeline.finalised(judged, in)));
    Dataset<Row> candidates = step.time("candidates", () -> materialised(pipeline.candidates(events, in)));
    Dataset<Row> netOpenings =
        step.time("net_openings", () -> materialised(NetOpenings.of(events, Cog.territories(spark), zonings, vintage)));
    Dataset<Row> bySector =
        step.time("net_openings_by_sector", () -> materialised(
            NetOpeningsBySector.of(events, Cog.territories(spark), config.methodology().sectors(), vintage)));
    Dataset<Row> revisions = step.time("revisions", () -> revisions(lake, netOpenings, vintage));

    ReleveCounts counts = step.time("row counts", () -> ReleveCounts.of(batch.files(), batch.raw(), rejects));

    // Audit before anything is written (publication.md §2): a failed audit writes nothing to the
    // tables, keeps the run's rows for inspection and exits with 4.
    Map<String, RunAudits.Keyed> keyed = new LinkedHashMap<>();
    keyed.put("events", RunAudits.keyed(events, "event_id"));
    keyed.put("net_openings", RunAudits.keyed(netOpenings, "territory_level", "territory_code", "period"));
    keyed.put("net_openings_by_sector", RunAudits.keyed(bySector, NetOpeningsBySector.KEY));
    keyed.put("revisions", RunAudits.keyed(revisions, "territory_level", "territory_code", "period"));
    keyed.put("candidates", RunAudits.keyed(candidates, "siret", "event_type"));
    keyed.put("rejects", RunAudits.keyed(rejects, "file", "line"));
    List<RunAudits.Failure> failures =
        step.time("audits", () -> RunAudits.of(counts, events, netOpenings, Cog.territories(spark), keyed));
    failures.addAll(step.time("sector audits", () -> RunAudits.sectorSums(netOpenings, bySector)));
    Map<String, Dataset<Row>> outputs = new LinkedHashMap<>();
    outputs.put("releve_rows", batch.raw().withColumn("vintage", lit(vintage)));
    outputs.put("rejects", rejects);
    outputs.put("events", events);
    outputs.put("candidates", candidates);
    outputs.put("net_openings", netOpenings);
    outputs.put("net_openings_by_sector", bySector);
    outputs.put("revisions", revisions);
    if (!failures.isEmpty()) {
      String kept = lake.root() + "/" + AUDIT_FAILED + "/" + runId;
      outputs.forEach((table, rows) -> rows.write().mode(SaveMode.Overwrite).parquet(kept + "/" + table));
      RunLog.record(lake, runId, o, current.map(Snapshot::date), previous.map(Snapshot::date), counts,
          RunLog.AUDIT_FAILED, commit);
      throw new AuditFailedException(
          "run " + runId + " of vintage " + vintage + ": audit failed: "
              + failures.stream().map(RunAudits.Failure::toString).collect(Collectors.joining("; "))
              + "; nothing was written to the tables, the run's rows are in " + kept);
    }
    outputs.forEach((table, rows) ->
        step.run(table + " written", () -> lake.replaceSlice(rows, table, "vintage", vintage, commit)));
    step.run("run logged", () -> RunLog.record(
        lake, runId, o, current.map(Snapshot::date), previous.map(Snapshot::date), counts, RunLog.WRITTEN, commit));
    LOG.info("Run {} of vintage {} done in {}", runId, vintage, step.total());
    return counts;
  }

  private static Snapshot snapshot(Lake lake, String file, Optional<LocalDate> date, String runId) {
    LocalDate d = SireneSnapshots.land(lake, file, date, runId);
    return new Snapshot(d, SireneSites.slim(SireneSnapshots.read(lake, d)));
  }

  /** Computes {@code data} now and cuts its lineage: later plans start from its rows. */
  private static Dataset<Row> materialised(Dataset<Row> data) {
    return data.localCheckpoint(true);
  }

  /**
   * Revisions of this vintage's figures against the latest vintage before it that the lake holds
   * (none: every previous figure is zero).
   */
  private static Dataset<Row> revisions(Lake lake, Dataset<Row> current, String vintage) {
    if (!lake.exists("net_openings")) {
      return materialised(Revisions.of(current, current.limit(0), vintage, null));
    }
    Dataset<Row> all = lake.read("net_openings");
    Row prev = all.where(col("vintage").lt(vintage)).agg(max("vintage")).first();
    String previousVintage = prev.isNullAt(0) ? null : prev.getString(0);
    Dataset<Row> before =
        previousVintage == null ? current.limit(0) : all.where(col("vintage").equalTo(previousVintage));
    return materialised(Revisions.of(current, before, vintage, previousVintage));
  }
}
