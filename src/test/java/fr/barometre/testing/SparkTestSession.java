package fr.barometre.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.spark.sql.SparkSession;

/**
 * The one {@code local[2]} SparkSession every test class of the JVM shares: starting Spark costs
 * seconds, and Surefire reuses one fork for the whole suite.
 */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      Path target = Paths.get("target").toAbsolutePath();
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("barometre-tests")
              .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
              .config(
                  "spark.sql.catalog.spark_catalog",
                  "org.apache.spark.sql.delta.catalog.DeltaCatalog")
              .config("spark.sql.legacy.timeParserPolicy", "CORRECTED")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.warehouse.dir", target.resolve("spark-warehouse").toString())
              .config("spark.databricks.delta.snapshotPartitions", "2")
              .config("spark.sql.ui.explainMode", "simple")
              .config("spark.sql.codegen.cache.maxEntries", "2000")
              .getOrCreate();
    }
    return session;
  }

  /** A fresh folder under target/ for a test's lake or files. */
  public static Path tempDir(String prefix) {
    try {
      Path base = Paths.get("target", "test-work");
      Files.createDirectories(base);
      return Files.createTempDirectory(base.toAbsolutePath(), prefix);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The worked example's inputs and expected exports, copied into the test resources. */
  public static Path worked() {
    return Paths.get("src", "test", "resources", "worked").toAbsolutePath();
  }
}
