package fr.barometre.ingest.sirene;

import com.typesafe.config.ConfigFactory;
import fr.barometre.config.BarometreConfig;
import fr.barometre.lake.Lake;
import fr.barometre.spark.Sessions;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test: lands one stock file into a lake with the project's session on {@code local[2]}, to
 * time the ingestion at volume: {@code time java ... LandStockBenchmark FILE LAKE [YYYY-MM-DD]}.
 */
public final class LandStockBenchmark {
  private LandStockBenchmark() {}

  public static void main(String[] args) {
    BarometreConfig config =
        BarometreConfig.load(
            Optional.empty(), ConfigFactory.parseString("barometre.spark.master = \"local[2]\""));
    SparkSession spark = Sessions.create(config);
    Optional<LocalDate> date =
        args.length > 2 ? Optional.of(LocalDate.parse(args[2])) : Optional.empty();
    long start = System.nanoTime();
    LocalDate landed = SireneSnapshots.land(new Lake(spark, args[1]), args[0], date, "benchmark");
    System.out.printf("landed snapshot %s in %.1f s%n", landed, (System.nanoTime() - start) / 1e9);
    spark.stop();
  }
}
