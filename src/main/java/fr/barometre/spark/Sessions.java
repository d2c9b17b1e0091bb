package fr.barometre.spark;

import fr.barometre.config.BarometreConfig;
import org.apache.spark.sql.SparkSession;

/** Builds the SparkSession every job runs on: Delta enabled, the configured master and settings. */
public final class Sessions {
  private Sessions() {}

  /**
   * Gets or creates the session. An empty {@code barometre.spark.master} leaves the master to
   * spark-submit (a cluster run).
   */
  public static SparkSession create(BarometreConfig config) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName(config.appName())
            .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
            .config(
                "spark.sql.catalog.spark_catalog",
                "org.apache.spark.sql.delta.catalog.DeltaCatalog")
            // Strict, modern date parsing: "2024-02-30" is no date, not 2024-03-01.
            .config("spark.sql.legacy.timeParserPolicy", "CORRECTED")
            .config("spark.databricks.delta.schema.autoMerge.enabled", "false");
    String master = config.sparkMaster();
    if (master != null && !master.isBlank()) {
      builder.master(master);
    }
    config.sparkConf().forEach(builder::config);
    return builder.getOrCreate();
  }
}
