package fr.barometre.spark;

import fr.barometre.config.BarometreConfig;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Builds the SparkSession every job runs on: Delta enabled, the configured master and settings. */
public final class Sessions {
  /** The session extension every job needs: Delta's SQL (time travel, DESCRIBE HISTORY, ...). */
  public static final String DELTA_EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";

  private Sessions() {}

  /**
   * Gets or creates the session. An empty {@code barometre.spark.master} leaves the master to
   * spark-submit (a cluster run).
   */
  public static SparkSession create(BarometreConfig config) {
    return create(config, Map.of());
  }

  /**
   * As {@link #create(BarometreConfig)}, with {@code extra} Spark settings applied last (a command
   * that needs more, e.g. {@code serve}'s session extensions). They take effect only when this
   * call creates the session: an existing one keeps its extensions.
   */
  public static SparkSession create(BarometreConfig config, Map<String, String> extra) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName(config.appName())
            .config("spark.sql.extensions", DELTA_EXTENSION)
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
    extra.forEach(builder::config);
    SparkSession session = builder.getOrCreate();
    // Spark builds a session's state (its SQL configuration, catalog, analyzer and Delta's
    // extension) on the first query. A run starts several steps at once; the first of them to
    // query built it for all, and the run log charged that step with the session's setup (12 of
    // the 53 stack samples of a cold run's "run recorded", about half a second; docs/benchmarks.md).
    // Built here, it is part of starting the session, before any step's clock runs.
    session.sessionState();
    return session;
  }
}
