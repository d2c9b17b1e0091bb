package fr.barometre.cli;

import com.typesafe.config.ConfigFactory;
import fr.barometre.config.BarometreConfig;
import fr.barometre.spark.Sessions;
import java.io.File;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * The options every job shares ({@code --conf FILE}, {@code --lake DIR}, {@code --master URL}) and
 * what they resolve to: the logged configuration and the SparkSession.
 */
final class JobSetup {
  static final Set<String> COMMON = Set.of("conf", "lake", "master");

  private JobSetup() {}

  /** The configuration of a batch job ({@code run}), logged at INFO: its logs are its record. */
  static BarometreConfig config(Args args) {
    BarometreConfig config = resolved(args);
    config.log();
    return config;
  }

  /** The configuration of an interactive command, logged at debug level. */
  static BarometreConfig interactiveConfig(Args args) {
    BarometreConfig config = resolved(args);
    config.logQuietly();
    return config;
  }

  private static BarometreConfig resolved(Args args) {
    Map<String, Object> overrides = new HashMap<>();
    args.one("lake").ifPresent(l -> overrides.put("barometre.lake", l));
    args.one("master").ifPresent(m -> overrides.put("barometre.spark.master", m));
    BarometreConfig config =
        BarometreConfig.load(args.one("conf").map(File::new), ConfigFactory.parseMap(overrides));
    return config;
  }

  static SparkSession spark(BarometreConfig config) {
    return Sessions.create(config);
  }

  static Set<String> with(Set<String> own) {
    java.util.HashSet<String> all = new java.util.HashSet<>(own);
    all.addAll(COMMON);
    return all;
  }
}
