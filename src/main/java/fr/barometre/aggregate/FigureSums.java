package fr.barometre.aggregate;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.barometre.events.EventType;
import fr.barometre.reference.Cog;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What the gold tables share: counted events placed under each territory of some levels for each
 * of their periods, the sums of methodology §1 and sectors-jobs-territories.md §2 over them, and
 * the grid completion (zeros, derived figures, names). Grain of {@link #placed}: counted event ×
 * level × period; of {@link #sums}: the given keys.
 */
final class FigureSums {
  /** The sums over counted events, zero where a grid row has none. */
  static final String[] SUMS = {
    "openings", "extensions", "closures", "reductions",
    "jobs_created", "jobs_lost", "events_without_jobs", "france2030"
  };

  private FigureSums() {}

  /**
   * One row per counted event, level of {@code levels} and period (its year and its half): {@code
   * territory_level, territory_code, period, event_type, jobs_change, france2030, sector}.
   */
  static Dataset<Row> placed(Dataset<Row> counted, List<TerritoryLevel> levels) {
    Dataset<Row> byPlace = null;
    for (TerritoryLevel level : levels) {
      Dataset<Row> at =
          counted.select(
              lit(level.name()).as("territory_level"),
              level.code().as("territory_code"),
              col("year"),
              col("half"),
              col("event_type"),
              col("jobs_change"),
              col("france2030"),
              col("sector"));
      byPlace = byPlace == null ? at : byPlace.union(at);
    }
    return byPlace
        .withColumn("period", col("year").cast("string"))
        .union(byPlace.withColumn("period", col("half")))
        .drop("year", "half");
  }

  /** {@link #SUMS} of the placed events per {@code keys}. */
  static Dataset<Row> sums(Dataset<Row> placed, String... keys) {
    Column jobs = col("jobs_change");
    List<Column> aggs = new ArrayList<>();
    aggs.add(count(col("event_type").equalTo(EventType.OUVERTURE.name())).as("openings"));
    aggs.add(count(col("event_type").equalTo(EventType.EXTENSION.name())).as("extensions"));
    aggs.add(count(col("event_type").equalTo(EventType.FERMETURE.name())).as("closures"));
    aggs.add(count(col("event_type").equalTo(EventType.REDUCTION.name())).as("reductions"));
    aggs.add(sum(when(jobs.gt(0), jobs.cast("long")).otherwise(0L)).as("jobs_created"));
    aggs.add(sum(when(jobs.lt(0), abs(jobs.cast("long"))).otherwise(0L)).as("jobs_lost"));
    aggs.add(count(jobs.isNull()).as("events_without_jobs"));
    aggs.add(count(coalesce(col("france2030"), lit(false))).as("france2030"));
    return placed
        .groupBy(keys[0], java.util.Arrays.copyOfRange(keys, 1, keys.length))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
  }

  /** The periods with a counted event nationally: those of the country's placed rows. */
  static Dataset<Row> countedPeriods(Dataset<Row> placed) {
    return placed.where(col("territory_level").equalTo(Cog.LEVEL_COUNTRY)).select("period").distinct();
  }

  /**
   * Zeros where the grid has a row without events, then {@code net}, {@code greenfield_net} and
   * {@code net_jobs}.
   */
  static Dataset<Row> completed(Dataset<Row> rows) {
    return rows.na()
        .fill(0L, SUMS)
        .withColumn(
            "net",
            col("openings").plus(col("extensions")).minus(col("closures")).minus(col("reductions")))
        .withColumn("greenfield_net", col("openings").minus(col("closures")))
        .withColumn("net_jobs", col("jobs_created").minus(col("jobs_lost")));
  }

  /**
   * {@code territory_level, territory_code, territory_name} of {@code territories} and the
   * country.
   */
  static Dataset<Row> names(Dataset<Row> territories) {
    SparkSession spark = territories.sparkSession();
    return territories
        .select("territory_level", "territory_code", "territory_name")
        .union(
            spark.sql(
                "SELECT '" + Cog.LEVEL_COUNTRY + "' AS territory_level, '" + Cog.COUNTRY_CODE
                    + "' AS territory_code, '" + Cog.COUNTRY_NAME + "' AS territory_name"));
  }

  private static Column count(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }
}
