package fr.barometre.export;

import fr.barometre.aggregate.NetOpenings;
import fr.barometre.aggregate.NetOpeningsBySector;
import fr.barometre.errors.UsageException;
import fr.barometre.reference.Cog;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables {@code export} knows, with the columns shared/spec/interfaces.md fixes for each (in
 * that order) and the order rows are written in.
 */
public enum ExportTable {
  NET_OPENINGS("net_openings", NetOpenings.COLUMNS, "territory_level", "territory_code", "period"),
  EVENTS(
      "events",
      new String[] {
        "vintage", "siret", "event_type", "effect_date", "counted", "reason", "flags",
        "region_code", "department_code"
      },
      "siret", "event_type", "effect_date", "event_id"),
  CANDIDATES(
      "candidates",
      new String[] {"vintage", "siret", "event_type", "effect_date"},
      "siret", "event_type", "effect_date"),
  REJECTS("rejects", new String[] {"file", "line", "reason"}, "file", "line"),
  REVISIONS("revisions", null, "territory_level", "territory_code", "period"),
  NET_OPENINGS_BY_SECTOR(
      "net_openings_by_sector", NetOpeningsBySector.COLUMNS, NetOpeningsBySector.KEY);

  private final String table;
  private final String[] columns;
  private final String[] order;

  ExportTable(String table, String[] columns, String... order) {
    this.table = table;
    this.columns = columns;
    this.order = order;
  }

  public String table() {
    return table;
  }

  /** The exported columns; null means every column of the table. */
  public String[] columns() {
    return columns;
  }

  public String[] order() {
    return order;
  }

  /**
   * The territory levels exported unless {@code --level} says otherwise; empty means every level.
   * {@code net_openings} keeps to the levels of shared/spec/interfaces.md, so that scripts reading
   * its export get the rows it promises; the EPCI and zonings are asked for by name.
   */
  public List<String> defaultLevels() {
    return this == NET_OPENINGS ? Cog.PINNED_LEVELS : List.of();
  }

  public static ExportTable named(String name) {
    return Arrays.stream(values())
        .filter(t -> t.table.equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new UsageException(
                    "export: unknown table '" + name + "' (one of "
                        + Arrays.stream(values()).map(ExportTable::table).collect(Collectors.joining(", "))
                        + ")"));
  }
}
