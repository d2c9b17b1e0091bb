package fr.barometre.lake;

import static fr.barometre.lake.Columns.DEPARTMENT_CODE;
import static fr.barometre.lake.Columns.EFFECT_DATE;
import static fr.barometre.lake.Columns.EPCI_CODE;
import static fr.barometre.lake.Columns.EVENT_ID;
import static fr.barometre.lake.Columns.EVENT_TYPE;
import static fr.barometre.lake.Columns.PERIOD;
import static fr.barometre.lake.Columns.REGION_CODE;
import static fr.barometre.lake.Columns.SECTOR;
import static fr.barometre.lake.Columns.SIRET;
import static fr.barometre.lake.Columns.TERRITORY_CODE;
import static fr.barometre.lake.Columns.TERRITORY_LEVEL;
import static fr.barometre.lake.Columns.TERRITORY_NAME;

import fr.barometre.reference.Cog;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of the lake's tables written by {@code run}: each table's name, the column it is
 * partitioned by, its key (no two rows of one published run share it — audited before
 * publication), whether readers see it through the publication ({@link Publication}: only the
 * published run of each vintage) or as written (the run records themselves), and what {@code
 * export} writes of it ({@link Export}). Writers, readers, exports, SQL views, audits and tests
 * name tables, keys and exported columns through this enum, never by lists of their own.
 *
 * <p>SIRENE's landed snapshots are not here: they are inputs kept by snapshot date, described by
 * {@code ingest.sirene.SireneLayout}.
 */
public enum Table {
  /** Every relève row as read (bronze), per vintage: the file, line and every cell. */
  RELEVE_ROWS("releve_rows", Kind.RUN_OUTPUT, List.of(), null),
  /** Rejected input rows, per vintage: file, line, reason. */
  REJECTS(
      "rejects",
      Kind.RUN_OUTPUT,
      List.of("file", "line"),
      new Export(List.of("file", "line", "reason"), List.of("file", "line"))),
  /** One row per event identity of the vintage, counted or not, with its reason and flags. */
  EVENTS(
      "events",
      Kind.RUN_OUTPUT,
      List.of(EVENT_ID),
      new Export(
          List.of(
              Columns.VINTAGE, SIRET, EVENT_TYPE, EFFECT_DATE, "counted", "reason", "flags",
              REGION_CODE, DEPARTMENT_CODE),
          // sectors-jobs-territories.md §4: the sector, its source, the jobs, the two flags (as
          // columns of their own: the pinned flags column keeps its values), the EPCI.
          List.of(SECTOR, "sector_source", "jobs_change", "sector_unrecognised", "jobs_estimated", EPCI_CODE),
          List.of(SIRET, EVENT_TYPE, EFFECT_DATE, EVENT_ID),
          List.of())),
  /** SIRENE-detected events not confirmed by the survey, per vintage. */
  CANDIDATES(
      "candidates",
      Kind.RUN_OUTPUT,
      List.of(SIRET, EVENT_TYPE),
      new Export(List.of(Columns.VINTAGE, SIRET, EVENT_TYPE, EFFECT_DATE), List.of(SIRET, EVENT_TYPE, EFFECT_DATE))),
  /** The figures: per vintage, territory level, territory and period. */
  NET_OPENINGS(
      "net_openings",
      Kind.RUN_OUTPUT,
      List.of(TERRITORY_LEVEL, TERRITORY_CODE, PERIOD),
      new Export(
          List.of(
              Columns.VINTAGE, TERRITORY_LEVEL, TERRITORY_CODE, TERRITORY_NAME, PERIOD,
              "openings", "extensions", "closures", "reductions", "net", "greenfield_net"),
          // sectors-jobs-territories.md §4: the jobs and France 2030 figures.
          List.of("jobs_created", "jobs_lost", "net_jobs", "events_without_jobs", "france2030"),
          List.of(TERRITORY_LEVEL, TERRITORY_CODE, PERIOD),
          Cog.PINNED_LEVELS)),
  /**
   * The figures by sector: per vintage, level (country, région), territory, period and sector.
   * Every column is exported (sectors-jobs-territories.md §4), in the order the table has them.
   */
  NET_OPENINGS_BY_SECTOR(
      "net_openings_by_sector",
      Kind.RUN_OUTPUT,
      List.of(TERRITORY_LEVEL, TERRITORY_CODE, PERIOD, SECTOR),
      new Export(
          List.of(
              Columns.VINTAGE, TERRITORY_LEVEL, TERRITORY_CODE, TERRITORY_NAME, PERIOD, SECTOR,
              "sector_label", "openings", "extensions", "closures", "reductions", "net",
              "greenfield_net", "jobs_created", "jobs_lost", "net_jobs"),
          List.of(TERRITORY_LEVEL, TERRITORY_CODE, PERIOD, SECTOR))),
  /**
   * This vintage's figures against the previous vintage's, same grain as net_openings; exported
   * with every column (interfaces.md pins none).
   */
  REVISIONS(
      "revisions",
      Kind.RUN_OUTPUT,
      List.of(TERRITORY_LEVEL, TERRITORY_CODE, PERIOD),
      new Export(List.of(), List.of(TERRITORY_LEVEL, TERRITORY_CODE, PERIOD))),
  /** One record per run and state (started, then published / audit_failed / superseded). */
  RUNS("runs", Kind.RECORD, List.of(), null),
  /** Which run of each vintage readers see: one row per publication, never rewritten. */
  PUBLICATIONS("publications", Kind.RECORD, List.of(), null);

  /**
   * What {@code barometre export} writes of a table: the columns shared/spec/interfaces.md fixes,
   * in that order (empty: every stored column, {@code vintage} first), then the columns added
   * since, appended so that the pinned ones never move; the order of the rows
   * (nulls first), so that two exports of the same rows are the same file; and the territory
   * levels written unless {@code --level} says otherwise (empty: every level). {@code
   * net_openings} keeps to the levels of interfaces.md, so that scripts reading its export get the
   * rows it promises; the EPCI and zonings are asked for by name.
   */
  public record Export(
      List<String> columns, List<String> appended, List<String> order, List<String> defaultLevels) {
    Export(List<String> columns, List<String> order) {
      this(columns, List.of(), order, List.of());
    }

    /** What the export writes by default: the pinned columns, then the appended ones. */
    public List<String> written() {
      return java.util.stream.Stream.concat(columns.stream(), appended.stream()).toList();
    }
  }

  /** How readers see a table. */
  public enum Kind {
    /** Written by every run under its run id; read through the publication only. */
    RUN_OUTPUT,
    /** Appended records, read as written. */
    RECORD
  }

  /** The first partition column of every run output (one slice per vintage, then per run). */
  public static final String VINTAGE = Columns.VINTAGE;

  private final String table;
  private final Kind kind;
  private final List<String> key;
  private final Export export;

  Table(String table, Kind kind, List<String> key, Export export) {
    this.table = table;
    this.kind = kind;
    this.key = key;
    this.export = export;
  }

  /** The table's folder name under the lake root, and its SQL name. */
  public String tableName() {
    return table;
  }

  public Kind kind() {
    return kind;
  }

  /** Columns no two rows of one vintage's published run share; empty when none is promised. */
  public List<String> key() {
    return key;
  }

  /** {@link #key()} as an array, for Spark's joins and selections. */
  public String[] keyColumns() {
    return key.toArray(String[]::new);
  }

  /** What {@code export} writes of the table; empty when it is not exported. */
  public Optional<Export> export() {
    return Optional.ofNullable(export);
  }

  /** The exported columns of an exported table; empty: every stored column. */
  public List<String> exportColumns() {
    return export().orElseThrow(() -> new IllegalStateException(table + " is not exported")).columns();
  }

  /** The tables {@code export} writes, in catalog order. */
  public static List<Table> exportable() {
    return Arrays.stream(values()).filter(t -> t.export != null).toList();
  }

  /** The tables every run writes, in the order they are written. */
  public static List<Table> runOutputs() {
    return Arrays.stream(values()).filter(t -> t.kind == Kind.RUN_OUTPUT).toList();
  }

  /** The catalog entry named {@code name}, if it is one of ours. */
  public static Optional<Table> named(String name) {
    return Arrays.stream(values()).filter(t -> t.table.equals(name)).findFirst();
  }

  @Override
  public String toString() {
    return table;
  }
}
