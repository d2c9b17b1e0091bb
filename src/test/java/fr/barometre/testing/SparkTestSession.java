package fr.barometre.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import fr.barometre.config.BarometreConfig;
import fr.barometre.spark.Sessions;
import java.util.Optional;
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
      // The production session (Sessions.create: Delta, strict dates, every setting of
      // reference.conf) with conf/test.conf, so tests run on the settings users get; only what a
      // shared test JVM needs differs: two-partition shuffles and state, the warehouse under target/.
      Path target = Paths.get("target").toAbsolutePath();
      Config overrides =
          ConfigFactory.parseString(
              String.join(
                  "\n",
                  "barometre.spark.app-name = barometre-tests",
                  "barometre.spark.conf { \"spark.sql.shuffle.partitions\" = \"2\"",
                  "  \"spark.default.parallelism\" = \"2\"",
                  "  \"spark.databricks.delta.snapshotPartitions\" = \"2\"",
                  "  \"spark.sql.warehouse.dir\" = \"" + target.resolve("spark-warehouse") + "\" }"));
      session =
          Sessions.create(
              BarometreConfig.load(Optional.of(Paths.get("conf", "test.conf").toFile()), overrides));
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
