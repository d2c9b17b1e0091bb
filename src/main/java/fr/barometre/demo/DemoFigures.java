package fr.barometre.demo;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One line of the {@code net_openings} table, as the demo prints it: a territory and a period
 * with the four counted components, the net and the greenfield net.
 */
public record DemoFigures(
    String territoryCode, String territoryName, String period, long openings, long extensions,
    long closures, long reductions, long net, long greenfieldNet) {

  /** Country figures of {@code years} (one per year, in order) from one vintage's net_openings. */
  public static List<DemoFigures> national(Dataset<Row> netOpenings, List<String> years) {
    return netOpenings
        .where(col("territory_level").equalTo("country").and(col("period").isin(years.toArray())))
        .orderBy("period")
        .collectAsList()
        .stream()
        .map(DemoFigures::of)
        .toList();
  }

  /** Région figures of {@code period}, by decreasing net (then code, for a stable order). */
  public static List<DemoFigures> regions(Dataset<Row> netOpenings, String period) {
    return netOpenings
        .where(col("territory_level").equalTo("region").and(col("period").equalTo(period)))
        .orderBy(col("net").desc(), col("territory_code"))
        .collectAsList()
        .stream()
        .map(DemoFigures::of)
        .toList();
  }

  static DemoFigures of(Row r) {
    return new DemoFigures(
        r.getAs("territory_code"), r.getAs("territory_name"), r.getAs("period"),
        r.<Long>getAs("openings"), r.<Long>getAs("extensions"), r.<Long>getAs("closures"),
        r.<Long>getAs("reductions"), r.<Long>getAs("net"), r.<Long>getAs("greenfield_net"));
  }
}
