package fr.barometre.report;

import static fr.barometre.lake.Columns.PERIOD;
import static fr.barometre.lake.Columns.TERRITORY_CODE;
import static fr.barometre.lake.Columns.TERRITORY_LEVEL;
import static fr.barometre.lake.Columns.TERRITORY_NAME;

import fr.barometre.lake.Columns;
import java.util.Arrays;
import org.apache.spark.sql.Row;

/**
 * One {@code net_openings} row as the report shows it: a territory's counts for one period of a
 * vintage, with the jobs created and lost by its counted events, how many of them give no jobs,
 * and how many are France 2030 laureates. A {@code net_openings_by_sector} row reads the same way
 * ({@link #ofSector}): the sector in place of the territory, no count of events without jobs or
 * laureates (zeros).
 */
public record Figures(
    String level,
    String code,
    String name,
    String period,
    long openings,
    long extensions,
    long closures,
    long reductions,
    long net,
    long greenfieldNet,
    long jobsCreated,
    long jobsLost,
    long netJobs,
    long eventsWithoutJobs,
    long france2030) {

  /** Level of the rows {@link #ofSector} reads. */
  static final String SECTOR = "sector";

  /** Figures without jobs (zero jobs, no laureate). */
  public Figures(String level, String code, String name, String period, long openings, long extensions,
      long closures, long reductions, long net, long greenfieldNet) {
    this(level, code, name, period, openings, extensions, closures, reductions, net, greenfieldNet, 0, 0, 0, 0, 0);
  }

  /** Reads a row with the {@code net_openings} columns. */
  static Figures of(Row r) {
    return of(r, r.getAs(TERRITORY_LEVEL), r.getAs(TERRITORY_CODE), r.getAs(TERRITORY_NAME));
  }

  /** Reads a {@code net_openings_by_sector} row: level {@link #SECTOR}, the sector's code and label. */
  static Figures ofSector(Row r) {
    return of(r, SECTOR, r.getAs(Columns.SECTOR), r.getAs("sector_label"));
  }

  private static Figures of(Row r, String level, String code, String name) {
    return new Figures(
        level,
        code,
        name,
        r.getAs(PERIOD),
        number(r, "openings"),
        number(r, "extensions"),
        number(r, "closures"),
        number(r, "reductions"),
        number(r, "net"),
        number(r, "greenfield_net"),
        number(r, "jobs_created"),
        number(r, "jobs_lost"),
        number(r, "net_jobs"),
        number(r, "events_without_jobs"),
        number(r, "france2030"));
  }

  /** A column's value; 0 when null or when the table has no such column (a lake of an earlier release). */
  static long number(Row r, String column) {
    if (!Arrays.asList(r.schema().fieldNames()).contains(column)) {
      return 0;
    }
    Object v = r.getAs(column);
    return v == null ? 0 : ((Number) v).longValue();
  }
}
