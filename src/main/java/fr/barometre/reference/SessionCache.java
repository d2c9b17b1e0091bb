package fr.barometre.reference;

import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A reference Dataset built once for the current SparkSession and rebuilt for another one. It
 * keeps only the last session (a job has one), so that a stopped session is not held forever.
 */
final class SessionCache {
  private final Function<SparkSession, Dataset<Row>> build;
  private SparkSession session;
  private Dataset<Row> dataset;

  SessionCache(Function<SparkSession, Dataset<Row>> build) {
    this.build = build;
  }

  synchronized Dataset<Row> get(SparkSession spark) {
    if (spark != session) {
      dataset = build.apply(spark);
      session = spark;
    }
    return dataset;
  }
}
