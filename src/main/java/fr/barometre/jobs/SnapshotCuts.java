package fr.barometre.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import fr.barometre.config.Methodology;
import fr.barometre.events.Candidates;
import fr.barometre.events.EventInputs;
import fr.barometre.events.EventsPipeline;
import fr.barometre.events.SireneSites;
import fr.barometre.ingest.sirene.SireneSnapshots.Landed;
import fr.barometre.lake.Lake;
import io.delta.exceptions.DeltaConcurrentModificationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cuts of large SIRENE snapshots a run reads ({@link EventsPipeline#currentRowsRead}, {@link
 * EventsPipeline#previousRowsRead}: the rows of the survey's SIRETs, the industrial sites, the
 * previous rows that can make a candidate), kept in the lake table {@code sirene_cuts} so that the
 * next run on the same landed snapshots reads a few percent of a national stock instead of scanning
 * its 43 million rows twice (docs/benchmarks.md).
 *
 * <p>One slice per cut (column {@code cut}: {@code current_<d1>}, {@code previous_<d0>_for_<d1>},
 * {@code previous_<d0>_alone}), the {@link SireneSites} columns plus {@code fingerprint} (what the
 * cut depends on) and {@code row_kind}: {@code site}, a row of the cut; {@code surveyed}, a SIRET
 * whose rows the cut holds whatever they are (found in the snapshot or not); {@code cut}, one row
 * saying the cut was written whole. A kept cut is read when its fingerprint is the run's — the
 * same landings of the snapshots, the same conditions with their thresholds (their SQL, literals
 * included), the same columns — and it covers every SIRET the run surveys. A kept cut of the same
 * fingerprint that misses some of the run's SIRETs is widened with their rows (one lookup in the
 * snapshot) and replaced; without one, the run cuts the snapshot and keeps the cut.
 *
 * <p>Why a cut that holds more SIRETs' rows than a run surveys gives that run the same results:
 * the judged events keep the rows of the survey's SIRETs only, and the candidates' rows are in
 * every cut of the snapshot whoever surveyed it ({@link Candidates#previousRowsRead}); any subset
 * of the rows a cut drops may be added back without changing an event.
 */
public final class SnapshotCuts {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotCuts.class);

  /** The lake table of the kept cuts. */
  public static final String TABLE = "sirene_cuts";

  static final String CUT = "cut";
  static final String FINGERPRINT = "fingerprint";
  static final String ROW_KIND = "row_kind";

  /** What a row of {@link #TABLE} is. */
  enum RowKind {
    /** A snapshot row of the cut. */
    SITE,
    /** A SIRET the cut covers: its rows, if the snapshot has any, are {@link #SITE} rows. */
    SURVEYED,
    /** One per cut: the cut was written whole. */
    CUT;

    String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Bumped when what a kept cut holds changes meaning, so that older cuts are not read. */
  private static final String FORMAT = "sirene_cuts 1";

  private final Lake lake;
  private final EventsPipeline pipeline;
  private final Methodology methodology;
  private final Optional<Landed> currentLanding;
  private final Optional<Landed> previousLanding;
  private final boolean keep;
  private final Map<String, String> commit;

  /**
   * Cuts of the snapshots of these landings; with {@code keep} false, cut and not kept (nor read),
   * as before the table existed. {@code commit} stamps each kept cut's commit (run id, vintage).
   */
  public SnapshotCuts(
      Lake lake,
      EventsPipeline pipeline,
      Methodology methodology,
      Optional<Landed> currentLanding,
      Optional<Landed> previousLanding,
      boolean keep,
      Map<String, String> commit) {
    this.lake = lake;
    this.pipeline = pipeline;
    this.methodology = methodology;
    this.currentLanding = currentLanding;
    this.previousLanding = previousLanding;
    this.keep = keep;
    this.commit = commit;
  }

  /**
   * The rows of the current snapshot the run reads ({@link EventsPipeline#currentRowsRead} for the
   * SIRETs of {@code identified}), materialised; empty without a current snapshot.
   */
  public Optional<Dataset<Row>> current(EventInputs in, Dataset<Row> identified) {
    return in.current().map(s1 -> cut(
        "current_" + s1.date(),
        fingerprint(
            "current",
            currentLanding.orElseThrow().landing(),
            Candidates.sitesRead(s1.date(), methodology)),
        identified,
        s1.sites(),
        sirets -> pipeline.currentRowsRead(in, sirets).orElseThrow()));
  }

  /**
   * The rows of the previous snapshot the run reads ({@link EventsPipeline#previousRowsRead}),
   * given {@code in} whose current snapshot is already cut ({@link #current}), materialised; empty
   * without a previous snapshot.
   */
  public Optional<Dataset<Row>> previous(EventInputs in, Dataset<Row> identified) {
    return in.previous().map(s0 -> {
      String landing = previousLanding.orElseThrow().landing();
      String name;
      String fingerprint;
      if (in.current().isPresent()) {
        var d1 = in.current().get().date();
        name = "previous_" + s0.date() + "_for_" + d1;
        fingerprint =
            fingerprint(
                "previous",
                landing + " for " + currentLanding.orElseThrow().landing(),
                Candidates.toFollow(d1, s0.date(), methodology),
                Candidates.activeAtMinJobs(methodology));
      } else {
        name = "previous_" + s0.date() + "_alone";
        fingerprint = fingerprint("previous alone", landing);
      }
      return cut(name, fingerprint, identified, s0.sites(), sirets -> pipeline.previousRowsRead(in, sirets).orElseThrow());
    });
  }

  /**
   * The cut {@code name}: kept and read, widened, or made by {@code rowsOf} (given SIRETs to keep)
   * from {@code whole}, the snapshot's rows.
   */
  private Dataset<Row> cut(
      String name,
      String fingerprint,
      Dataset<Row> identified,
      Dataset<Row> whole,
      UnaryOperator<Dataset<Row>> rowsOf) {
    if (!keep) {
      return RunJob.materialised(rowsOf.apply(identified));
    }
    Set<String> surveyed = new TreeSet<>(EventsPipeline.surveyedSirets(identified).as(Encoders.STRING()).collectAsList());
    // The kept slice is read once and materialised: what covers the SIRETs and the rows read come
    // from the same version of the table, whatever another run commits meanwhile.
    Optional<Dataset<Row>> slice = lake.exists(TABLE) ? Optional.of(RunJob.materialised(kept(name, fingerprint))) : Optional.empty();
    Optional<Set<String>> covered = slice.flatMap(SnapshotCuts::covered);
    if (covered.isPresent()) {
      Dataset<Row> keptRows =
          slice.get()
              .where(col(ROW_KIND).equalTo(RowKind.SITE.code()))
              .select(Arrays.stream(SireneSites.SCHEMA.fieldNames()).map(c -> col(c)).toArray(Column[]::new));
      Set<String> added = new TreeSet<>(surveyed);
      added.removeAll(covered.get());
      if (added.isEmpty()) {
        LOG.info("Reading the kept cut {} ({} SIRETs surveyed, all covered)", name, surveyed.size());
        return keptRows;
      }
      Set<String> sirets = new TreeSet<>(covered.get());
      sirets.addAll(added);
      Dataset<Row> rows = RunJob.materialised(widened(name, keptRows, whole, added));
      keepCut(name, fingerprint, rows, sirets);
      return rows;
    }
    Set<String> sirets = new TreeSet<>(surveyed);
    LOG.info("Cutting {} for {} SIRETs (no kept cut of these landings and rules)", name, sirets.size());
    Dataset<Row> rows = RunJob.materialised(rowsOf.apply(siretFrame(sirets)));
    keepCut(name, fingerprint, rows, sirets);
    return rows;
  }

  /**
   * A kept cut widened to more SIRETs: its rows and those of {@code added} in the whole snapshot.
   * A cut is the rows of its SIRETs plus rows meeting conditions on the snapshots alone (the
   * fingerprint's), so the cut for more SIRETs is the kept one plus the rows of the new SIRETs
   * not already in it: one scan of the snapshot for a few SIRETs, without the conditions' work.
   */
  private static Dataset<Row> widened(String name, Dataset<Row> keptRows, Dataset<Row> whole, Set<String> added) {
    Set<String> absent = new TreeSet<>(added);
    absent.removeAll(
        keptRows.where(col("siret").isin(added.toArray())).select("siret").as(Encoders.STRING()).collectAsList());
    LOG.info("Widening the kept cut {} by {} SIRETs ({} looked up in the snapshot)", name, added.size(), absent.size());
    return absent.isEmpty() ? keptRows : keptRows.union(whole.where(col("siret").isin(absent.toArray())));
  }

  /** The SIRETs a kept cut's slice covers, if the slice holds a whole cut. */
  private static Optional<Set<String>> covered(Dataset<Row> slice) {
    List<Row> marks = slice.where(col(ROW_KIND).notEqual(RowKind.SITE.code())).select(ROW_KIND, "siret").collectAsList();
    if (marks.stream().noneMatch(r -> RowKind.CUT.code().equals(r.getString(0)))) {
      return Optional.empty();
    }
    return Optional.of(
        marks.stream()
            .filter(r -> RowKind.SURVEYED.code().equals(r.getString(0)))
            .map(r -> r.getString(1))
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  private Dataset<Row> kept(String name, String fingerprint) {
    return lake.read(TABLE).where(col(CUT).equalTo(name).and(col(FINGERPRINT).equalTo(fingerprint)));
  }

  /**
   * Replaces the slice {@code name} with the cut's rows, one row per covered SIRET and the marker,
   * in one commit. Another run keeping the same slice at the same time wins: its cut is whole, and
   * a SIRET of this run it lacks is widened in by the next run that surveys it.
   */
  private void keepCut(String name, String fingerprint, Dataset<Row> rows, Set<String> sirets) {
    Dataset<Row> sites = rows.select(columns(RowKind.SITE, c -> col(c)));
    Dataset<Row> surveyed = siretFrame(sirets).select(columns(RowKind.SURVEYED, c -> c.equals("siret") ? col(c) : null));
    Dataset<Row> marker = lake.spark().range(1).select(columns(RowKind.CUT, c -> null));
    Map<String, String> stamp = new LinkedHashMap<>(commit);
    stamp.put(CUT, name);
    stamp.put(FINGERPRINT, fingerprint);
    try {
      lake.replaceSlice(
          sites.union(surveyed).union(marker)
              .withColumn(FINGERPRINT, lit(fingerprint))
              .withColumn(CUT, lit(name)),
          TABLE, CUT, name, stamp);
    } catch (DeltaConcurrentModificationException e) {
      LOG.info("Another run kept the cut {} at the same time ({}): its rows stand", name, e.getClass().getSimpleName());
    }
  }

  /** {@code row_kind}, then the {@link SireneSites} columns given by {@code column} (null: a typed null). */
  private static Column[] columns(RowKind kind, Function<String, Column> column) {
    return Stream.concat(
            Stream.of(lit(kind.code()).as(ROW_KIND)),
            Arrays.stream(SireneSites.SCHEMA.fields()).map(f -> {
              Column c = column.apply(f.name());
              return (c == null ? lit(null).cast(f.dataType()) : c.cast(f.dataType())).as(f.name());
            }))
        .toArray(Column[]::new);
  }

  private Dataset<Row> siretFrame(Set<String> sirets) {
    return lake.spark().createDataset(List.copyOf(sirets), Encoders.STRING()).toDF("siret");
  }

  /**
   * What a kept cut depends on, hashed: the table's format and columns, the role, the landings of
   * the snapshots, and the SQL of the conditions the cut applies (their literals are the
   * configured thresholds, divisions, classes and dates).
   */
  static String fingerprint(String role, String landings, Column... conditions) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n').append(SireneSites.SCHEMA.json());
    text.append('\n').append(role).append('\n').append(landings);
    for (Column c : conditions) {
      text.append('\n').append(c.expr().sql());
    }
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }
}
