package fr.barometre.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The gold figures of one vintage: per territory level ({@code country}, {@code region}, {@code
 * department}) × territory × period ({@code YYYY}, {@code YYYY-S1}, {@code YYYY-S2}), the counted
 * openings, extensions, closures and reductions, {@code net} and {@code greenfield_net}. Every
 * région and département of the grid has a row for every period with a counted event nationally
 * (zeros included); collectivités d'outre-mer and {@code ZZ} only where not all zero.
 */
public final class NetOpenings {
  /** Output columns, as shared/spec/interfaces.md fixes them. */
  public static final String[] COLUMNS = {
    "vintage", "territory_level", "territory_code", "territory_name", "period",
    "openings", "extensions", "closures", "reductions", "net", "greenfield_net"
  };

  static final String[] FIGURES = {
    "openings", "extensions", "closures", "reductions", "net", "greenfield_net"
  };

  private NetOpenings() {}

  /**
   * Figures of {@code events} (the events table of one vintage) on the grid of {@code
   * territories} ({@code territory_level, territory_code, territory_name, in_grid}).
   */
  public static Dataset<Row> of(Dataset<Row> events, Dataset<Row> territories, String vintage) {
    Dataset<Row> counted = events.where(col("counted"));
    Dataset<Row> byPlace =
        byLevel(counted, lit("country"), lit("FR"))
            .union(byLevel(counted, lit("region"), col("region_code")))
            .union(byLevel(counted, lit("department"), col("department_code")));
    Dataset<Row> byPeriod =
        byPlace
            .withColumn("period", col("year").cast("string"))
            .union(byPlace.withColumn("period", col("half")))
            .drop("year", "half");
    Dataset<Row> sums =
        byPeriod
            .groupBy("territory_level", "territory_code", "period")
            .agg(
                count("OUVERTURE").as("openings"),
                count("EXTENSION").as("extensions"),
                count("FERMETURE").as("closures"),
                count("REDUCTION").as("reductions"));
    Dataset<Row> periods = sums.where(col("territory_level").equalTo("country")).select("period");
    Dataset<Row> grid =
        territories
            .where(col("in_grid"))
            .select("territory_level", "territory_code")
            .crossJoin(periods);
    Dataset<Row> keys =
        grid.union(sums.select("territory_level", "territory_code", "period")).distinct();
    Dataset<Row> names =
        territories
            .select("territory_level", "territory_code", "territory_name")
            .union(
                territories.sparkSession()
                    .sql("SELECT 'country' AS territory_level, 'FR' AS territory_code, 'France' AS territory_name"));
    return keys.join(sums, new String[] {"territory_level", "territory_code", "period"}, "left")
        .join(names, new String[] {"territory_level", "territory_code"}, "left")
        .na()
        .fill(0L, new String[] {"openings", "extensions", "closures", "reductions"})
        .withColumn(
            "net",
            col("openings").plus(col("extensions")).minus(col("closures")).minus(col("reductions")))
        .withColumn("greenfield_net", col("openings").minus(col("closures")))
        .withColumn("territory_name", coalesce(col("territory_name"), col("territory_code")))
        .withColumn("vintage", lit(vintage))
        .selectExpr(COLUMNS);
  }

  private static Dataset<Row> byLevel(Dataset<Row> counted, Column level, Column code) {
    return counted.select(
        level.as("territory_level"),
        code.as("territory_code"),
        col("year"),
        col("half"),
        col("event_type"));
  }

  private static Column count(String type) {
    return sum(when(col("event_type").equalTo(type), 1L).otherwise(0L));
  }
}
