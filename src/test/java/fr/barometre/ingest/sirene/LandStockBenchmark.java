package fr.barometre.ingest.sirene;

import fr.barometre.lake.Lake;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test: lands one stock file into a lake on {@code local[2]}, to time the ingestion at
 * volume with {@code time java ... LandStockBenchmark FILE LAKE [YYYY-MM-DD]}.
 */
public final class LandStockBenchmark {
  private LandStockBenchmark() {}

  public static void main(String[] args) {
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("sirene-benchmark")
            .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
            .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
    Optional<LocalDate> date = args.length > 2 ? Optional.of(LocalDate.parse(args[2])) : Optional.empty();
    long start = System.nanoTime();
    LocalDate landed = SireneSnapshots.land(new Lake(spark, args[1]), args[0], date, "benchmark");
    System.out.printf("landed snapshot %s in %.1f s%n", landed, (System.nanoTime() - start) / 1e9);
    spark.stop();
  }
}
