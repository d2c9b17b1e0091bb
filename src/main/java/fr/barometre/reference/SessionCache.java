package fr.barometre.reference;

import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * A reference table (rows held by the JVM) as a Dataset built once for the current SparkSession
 * and rebuilt for another one. It keeps only the last session (a job has one), so that a stopped
 * session is not held forever.
 *
 * <p>Why not {@code createDataFrame(List, schema)}: that makes a {@code LocalRelation} whose rows
 * are part of the logical plan. Catalyst walks every expression of every plan node in each rule of
 * the analyzer and optimizer, so the 39,000 COG rows were walked hundreds of times per query (JFR:
 * {@code QueryPlan.seqToExpressions} was the hottest frame of a run, docs/benchmarks.md), and they
 * were serialised into every task that read them. Here the rows live in a cached RDD: the plan only
 * names it, and the rows are shipped once, then read from the block manager.
 */
final class SessionCache {
  private final Supplier<List<Row>> rows;
  private final StructType schema;
  private SparkSession session;
  private Dataset<Row> dataset;

  SessionCache(Supplier<List<Row>> rows, StructType schema) {
    this.rows = rows;
    this.schema = schema;
  }

  synchronized Dataset<Row> get(SparkSession spark) {
    if (spark != session) {
      List<Row> data = rows.get();
      // About 10,000 rows a slice keeps each task that ships them well under Spark's 1 MB warning.
      int slices = Math.max(1, data.size() / 10_000);
      var rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(data, slices);
      dataset = spark.createDataFrame(rdd, schema).persist(StorageLevel.MEMORY_ONLY());
      session = spark;
    }
    return dataset;
  }
}
