package fr.barometre.events;

import static fr.barometre.lake.Columns.DEPARTMENT_CODE;
import static fr.barometre.lake.Columns.EPCI_CODE;
import static fr.barometre.lake.Columns.REGION_CODE;
import static fr.barometre.lake.Columns.VINTAGE;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import fr.barometre.config.Methodology;
import fr.barometre.lake.Table;
import fr.barometre.reference.Cog;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The silver layer of one vintage: one row per event identity (counted or not, with its reason
 * and flags), the duplicate rejects, and the SIRENE candidates the survey does not confirm.
 * Composes {@link SurveyEvents}, {@link SireneSites}, {@link EventRules}, {@link Transfers} and
 * {@link Candidates}; pure — it reads nothing and writes nothing.
 */
public final class EventsPipeline {
  /**
   * Columns of the {@code events} table, in order: the export's documented ones (the catalog's)
   * first.
   */
  public static final String[] EVENT_COLUMNS =
      Stream.concat(Table.EVENTS.exportColumns().stream(), Stream.of(
          "commune_code", "year", "half", "event_id",
          "raison_sociale", "activity", "headcount", "effectif_avant", "effectif_apres",
          "variation_production_pct", "investissement_meur", "france2030", "statut", "id_evenement",
          "commentaire", "releve", "file", "line",
          // Added after the pinned columns, so that exports and readers by position keep their order.
          "naf_nomenclature",
          // Sectors, jobs and EPCI (sectors-jobs-territories.md §1-§4): the sector and where it comes
          // from, the relève's filière as typed, the signed jobs, the two flags, the EPCI (ZZ: none).
          "sector", "sector_source", "jobs_change", "sector_unrecognised", "jobs_estimated", "filiere",
          "epci_code"))
          .toArray(String[]::new);

  /** The succession-link columns the transfer rule reads. */
  static final StructType LINKS =
      new StructType()
          .add("predecessor_siret", DataTypes.StringType)
          .add("successor_siret", DataTypes.StringType)
          .add("continuite_economique", DataTypes.BooleanType);

  private final Methodology methodology;
  private final Vintage vintage;

  public EventsPipeline(Methodology methodology, Vintage vintage) {
    this.methodology = methodology;
    this.vintage = vintage;
  }

  /** Survey rows with their identity and a {@code duplicate} mark; the basis of the other outputs. */
  public Dataset<Row> identified(EventInputs in) {
    Dataset<Row> located = CommuneLocator.locate(in.surveyRows(), "code_commune", in.communes(), "row_");
    return located
        .withColumn("commune_key", coalesce(col("row_commune_code"), col("code_commune")))
        .drop("row_commune_code", "row_department_code", "row_region_code", "row_epci_code")
        .transform(EventIdentity::withEventId)
        .transform(SurveyEvents::markDuplicates);
  }

  /** Rows that lose to a later row of the same event in the same relève. */
  public Dataset<Row> duplicateRejects(Dataset<Row> identified) {
    return SurveyEvents.duplicateRejects(identified);
  }

  /** The events table's rows for the vintage, in {@link #EVENT_COLUMNS} order. */
  public Dataset<Row> events(Dataset<Row> identified, EventInputs in) {
    // The transfer rule reads the judged events three times (closures, openings, all): keep
    // them rather than recompute the SIRENE joins each time. They are a few thousand rows.
    return finalised(judged(identified, in).persist(StorageLevel.MEMORY_AND_DISK()), in);
  }

  /**
   * The vintage's latest survey events joined with both snapshots, located, and judged by every
   * rule but the transfers: {@code reason} is preliminary (null = would be counted).
   */
  public Dataset<Row> judged(Dataset<Row> identified, EventInputs in) {
    SparkSession spark = identified.sparkSession();
    Dataset<Row> s1 = in.current().map(Snapshot::sites).orElseGet(() -> SireneSites.none(spark));
    Dataset<Row> s0 = in.previous().map(Snapshot::sites).orElseGet(() -> SireneSites.none(spark));
    Dataset<Row> withSites =
        SireneSites.joined(
            SireneSites.joined(SurveyEvents.latestUpTo(identified, vintage.toString()), s1, "s1_"),
            s0,
            "s0_");
    Dataset<Row> located =
        CommuneLocator.locate(
                withSites.withColumn(
                    "territory_source",
                    coalesce(col("code_commune"), col("s1_code_commune"), col("s0_code_commune"))),
                "territory_source",
                in.communes(),
                "")
            .withColumn(DEPARTMENT_CODE, coalesce(col(DEPARTMENT_CODE), lit(Cog.UNLOCATED_CODE)))
            .withColumn(REGION_CODE, coalesce(col(REGION_CODE), lit(Cog.UNLOCATED_CODE)))
            .withColumn(EPCI_CODE, coalesce(col(EPCI_CODE), lit(Cog.UNLOCATED_CODE)));
    return located
        .transform(e -> EventRules.withPeriods(e, methodology, vintage))
        .transform(e -> EventRules.withActivityScope(e, methodology))
        .transform(e -> EventRules.withHeadcount(e, methodology))
        .transform(e -> EventRules.withSignificance(e, methodology))
        .transform(EventRules::withReason)
        .transform(EventJobs::withJobs)
        .transform(e -> EventSectors.withSector(e, methodology.sectors()));
  }

  /**
   * The rows of the current snapshot {@link #judged} and {@link #candidates} read: those of the
   * survey's SIRETs ({@code identified}) and the sites the candidates start from. With {@link
   * #previousRowsRead}, a run scans each snapshot once and materialises the cut (a few percent of
   * a national stock), where the two steps scanned the current snapshot three times and the
   * previous one twice (docs/benchmarks.md). Empty when there is no current snapshot.
   */
  public Optional<Dataset<Row>> currentRowsRead(EventInputs in, Dataset<Row> identified) {
    return in.current()
        .map(s1 -> SireneSites.keep(s1.sites(), surveyedSirets(identified), Candidates.sitesRead(s1.date(), methodology)));
  }

  /**
   * The rows of the previous snapshot {@link #judged} and {@link #candidates} read, given the
   * current snapshot (whole, or cut by {@link #currentRowsRead}): those of the survey's SIRETs and
   * those the candidates can use ({@link Candidates#previousRowsRead}). Empty without a previous
   * snapshot; only the survey's SIRETs' rows without a current one (no candidates then).
   */
  public Optional<Dataset<Row>> previousRowsRead(EventInputs in, Dataset<Row> identified) {
    Dataset<Row> surveyed = surveyedSirets(identified);
    return in.previous().map(s0 -> in.current()
        .map(s1 -> SireneSites.keep(
            s0.sites(),
            Candidates.siretsToFollow(s1.sites(), s1.date(), s0.date(), methodology).union(surveyed),
            Candidates.activeAtMinJobs(methodology)))
        .orElseGet(() -> SireneSites.keep(s0.sites(), surveyed, lit(false))));
  }

  /** {@code in} with the snapshots' rows replaced by {@code current} and {@code previous}, same dates. */
  public static EventInputs withSnapshotRows(
      EventInputs in, Optional<Dataset<Row>> current, Optional<Dataset<Row>> previous) {
    return new EventInputs(
        in.surveyRows(),
        in.current().map(s -> new Snapshot(s.date(), current.orElseThrow())),
        in.previous().map(s -> new Snapshot(s.date(), previous.orElseThrow())),
        in.successions(),
        in.communes());
  }

  /**
   * The survey's SIRETs, once each: a few thousand (the joins broadcast them). {@code identified}
   * may be any rows with a {@code siret} column: {@link #currentRowsRead} and {@link
   * #previousRowsRead} keep the rows of these SIRETs.
   */
  public static Dataset<Row> surveyedSirets(Dataset<Row> identified) {
    return identified.select(col("siret")).where(col("siret").isNotNull()).distinct();
  }

  /** {@link #judged} events with the transfer rule and the flags applied: the events table. */
  public Dataset<Row> finalised(Dataset<Row> judged, EventInputs in) {
    SparkSession spark = judged.sparkSession();
    Dataset<Row> links =
        in.successions()
            .map(l -> l.select("predecessor_siret", "successor_siret", "continuite_economique"))
            .orElseGet(() -> spark.createDataFrame(java.util.List.<Row>of(), LINKS));
    return judged
        .transform(e -> Transfers.withTransfers(e, links))
        .transform(EventRules::withFlags)
        .withColumn("counted", col("reason").isNull())
        .withColumn(VINTAGE, lit(vintage.toString()))
        .selectExpr(EVENT_COLUMNS);
  }

  /**
   * SIRENE candidates of the vintage; none without both snapshots (same columns, no rows). The
   * previous snapshot is first cut to the rows that can change a candidate ({@link
   * Candidates#previousRowsRead}): the join then never shuffles a whole snapshot.
   */
  public Dataset<Row> candidates(Dataset<Row> events, EventInputs in) {
    return candidates(events, in, false);
  }

  /**
   * {@link #candidates} on inputs whose previous snapshot is already cut ({@link
   * #previousRowsRead}): not cut again (a distinct and a broadcast of the followed SIRETs saved).
   */
  public Dataset<Row> candidatesOfCut(Dataset<Row> events, EventInputs cut) {
    return candidates(events, cut, true);
  }

  private Dataset<Row> candidates(Dataset<Row> events, EventInputs in, boolean previousCut) {
    SparkSession spark = events.sparkSession();
    boolean both = in.current().isPresent() && in.previous().isPresent();
    Snapshot none = new Snapshot(vintage.lastDay(), SireneSites.none(spark));
    Snapshot s1 = in.current().filter(s -> both).orElse(none);
    Snapshot s0 = in.previous().filter(s -> both).orElse(none);
    Dataset<Row> previousRows =
        previousCut
            ? s0.sites()
            : Candidates.previousRowsRead(s1.sites(), s1.date(), s0.sites(), s0.date(), methodology);
    Dataset<Row> detected =
        Candidates.detected(s1.sites(), s1.date(), previousRows, s0.date(), methodology)
            .where(lit(both));
    Dataset<Row> open = Candidates.unconfirmed(detected, events);
    Dataset<Row> located =
        CommuneLocator.locate(open, "code_commune", in.communes(), "")
            .withColumn(DEPARTMENT_CODE, coalesce(col(DEPARTMENT_CODE), lit(Cog.UNLOCATED_CODE)))
            .withColumn(REGION_CODE, coalesce(col(REGION_CODE), lit(Cog.UNLOCATED_CODE)));
    return located
        .withColumn(VINTAGE, lit(vintage.toString()))
        .select(
            "vintage", "siret", "event_type", "effect_date", "region_code", "department_code",
            "commune_code", "naf", "band_previous", "band_current");
  }
}
