package fr.barometre.demo;

import static fr.barometre.lake.Columns.PERIOD;
import static fr.barometre.lake.Columns.SECTOR;
import static fr.barometre.lake.Columns.TERRITORY_CODE;
import static fr.barometre.lake.Columns.TERRITORY_LEVEL;
import static fr.barometre.lake.Columns.TERRITORY_NAME;
import static org.apache.spark.sql.functions.col;

import fr.barometre.reference.Cog;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One line of the {@code net_openings} table, as the demo prints it: a territory and a period
 * with the four counted components, the net, the greenfield net and the jobs created and lost
 * (their net too); or, the same way, a sector of {@code net_openings_by_sector} (its code and
 * label in place of the territory's).
 */
public record DemoFigures(
    String territoryCode, String territoryName, String period, long openings, long extensions,
    long closures, long reductions, long net, long greenfieldNet, long jobsCreated, long jobsLost,
    long netJobs) {

  /** Country figures of {@code years} (one per year, in order) from one vintage's net_openings. */
  public static List<DemoFigures> national(Dataset<Row> netOpenings, List<String> years) {
    return collect(netOpenings
        .where(col(TERRITORY_LEVEL).equalTo(Cog.LEVEL_COUNTRY).and(col(PERIOD).isin(years.toArray())))
        .orderBy(PERIOD), TERRITORY_CODE, TERRITORY_NAME);
  }

  /** Région figures of {@code period}, by decreasing net (then code, for a stable order). */
  public static List<DemoFigures> regions(Dataset<Row> netOpenings, String period) {
    return collect(netOpenings
        .where(col(TERRITORY_LEVEL).equalTo(Cog.LEVEL_REGION).and(col(PERIOD).equalTo(period)))
        .orderBy(col("net").desc(), col(TERRITORY_CODE)), TERRITORY_CODE, TERRITORY_NAME);
  }

  /**
   * The country's sectors in {@code period} from one vintage's net_openings_by_sector, in the
   * order of {@code order} (the configured sector codes).
   */
  public static List<DemoFigures> sectors(Dataset<Row> bySector, String period, List<String> order) {
    return collect(bySector.where(col(TERRITORY_LEVEL).equalTo(Cog.LEVEL_COUNTRY).and(col(PERIOD).equalTo(period))),
            SECTOR, "sector_label").stream()
        .sorted(Comparator.comparingInt(f -> order.indexOf(f.territoryCode())))
        .toList();
  }

  /** The same figures under another name (a total row). */
  DemoFigures named(String name) {
    return new DemoFigures(territoryCode, name, period, openings, extensions, closures, reductions, net,
        greenfieldNet, jobsCreated, jobsLost, netJobs);
  }

  private static List<DemoFigures> collect(Dataset<Row> rows, String code, String name) {
    return rows.collectAsList().stream().map(r -> of(r, code, name)).toList();
  }

  static DemoFigures of(Row r, String code, String name) {
    return new DemoFigures(
        r.getAs(code), r.getAs(name), r.getAs(PERIOD),
        r.<Long>getAs("openings"), r.<Long>getAs("extensions"), r.<Long>getAs("closures"),
        r.<Long>getAs("reductions"), r.<Long>getAs("net"), r.<Long>getAs("greenfield_net"),
        r.<Long>getAs("jobs_created"), r.<Long>getAs("jobs_lost"), r.<Long>getAs("net_jobs"));
  }
}
