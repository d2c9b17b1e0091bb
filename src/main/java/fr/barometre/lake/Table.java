package fr.barometre.lake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of the lake's tables written by {@code run}: each table's name, the column it is
 * partitioned by, its key (no two rows of one published run share it — audited before
 * publication), and whether readers see it through the publication ({@link Publication}: only the
 * published run of each vintage) or as written (the run records themselves). Writers, readers,
 * SQL views, audits and tests name tables through this enum, never by a string of their own.
 *
 * <p>SIRENE's landed snapshots are not here: they are inputs kept by snapshot date, described by
 * {@code ingest.sirene.SireneLayout}.
 */
public enum Table {
  /** Every relève row as read (bronze), per vintage: the file, line and every cell. */
  RELEVE_ROWS("releve_rows", Kind.RUN_OUTPUT),
  /** Rejected input rows, per vintage: file, line, reason. */
  REJECTS("rejects", Kind.RUN_OUTPUT, "file", "line"),
  /** One row per event identity of the vintage, counted or not, with its reason and flags. */
  EVENTS("events", Kind.RUN_OUTPUT, "event_id"),
  /** SIRENE-detected events not confirmed by the survey, per vintage. */
  CANDIDATES("candidates", Kind.RUN_OUTPUT, "siret", "event_type"),
  /** The figures: per vintage, territory level, territory and period. */
  NET_OPENINGS("net_openings", Kind.RUN_OUTPUT, "territory_level", "territory_code", "period"),
  /** The figures by sector: per vintage, level (country, région), territory, period and sector. */
  NET_OPENINGS_BY_SECTOR(
      "net_openings_by_sector", Kind.RUN_OUTPUT, fr.barometre.aggregate.NetOpeningsBySector.KEY),
  /** This vintage's figures against the previous vintage's, same grain as net_openings. */
  REVISIONS("revisions", Kind.RUN_OUTPUT, "territory_level", "territory_code", "period"),
  /** One record per run and state (started, then published / audit_failed / superseded). */
  RUNS("runs", Kind.RECORD),
  /** Which run of each vintage readers see: one row per publication, never rewritten. */
  PUBLICATIONS("publications", Kind.RECORD);

  /** How readers see a table. */
  public enum Kind {
    /** Written by every run under its run id; read through the publication only. */
    RUN_OUTPUT,
    /** Appended records, read as written. */
    RECORD
  }

  /** The partition column of every run output: one slice per vintage. */
  public static final String VINTAGE = "vintage";

  private final String table;
  private final Kind kind;
  private final List<String> key;

  Table(String table, Kind kind, String... key) {
    this.table = table;
    this.kind = kind;
    this.key = List.of(key);
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
