package fr.barometre.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigRenderOptions;
import fr.barometre.errors.UsageException;
import fr.barometre.reference.Cog;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resolved configuration of one run: {@code -D} system properties over the {@code --conf}
 * file over the defaults shipped in {@code reference.conf}.
 */
public final class BarometreConfig {
  private static final Logger LOG = LoggerFactory.getLogger(BarometreConfig.class);
  private final Config root;

  private BarometreConfig(Config root) {
    this.root = root;
  }

  /** Loads and validates the configuration; a broken file or key is a usage error (exit 2). */
  public static BarometreConfig load(Optional<File> confFile) {
    return load(confFile, ConfigFactory.empty());
  }

  /** As {@link #load(Optional)}, with overrides that win over everything else (tests, CLI flags). */
  public static BarometreConfig load(Optional<File> confFile, Config overrides) {
    try {
      ConfigFactory.invalidateCaches();
      Config file = ConfigFactory.empty();
      if (confFile.isPresent()) {
        File f = confFile.get();
        if (!f.isFile()) {
          throw new UsageException("configuration file not found: " + f);
        }
        file = ConfigFactory.parseFile(f);
      }
      Config resolved =
          overrides
              .withFallback(ConfigFactory.systemProperties())
              .withFallback(file)
              .withFallback(ConfigFactory.defaultReference())
              .resolve();
      BarometreConfig config = new BarometreConfig(resolved);
      config.methodology(); // fail fast on a missing or mistyped key
      config.limits();
      config.zonings();
      config.cutSnapshotsFromRows();
      config.keepCuts();
      config.concurrentReads();
      return config;
    } catch (ConfigException e) {
      throw new UsageException("bad configuration: " + e.getMessage(), e);
    }
  }

  public Config raw() {
    return root.getConfig("barometre");
  }

  public String lake() {
    return raw().getString("lake");
  }

  public Methodology methodology() {
    try {
      return Methodology.from(raw().getConfig("methodology"));
    } catch (ConfigException e) {
      throw new UsageException("bad configuration: " + e.getMessage(), e);
    }
  }

  /** The input limits of {@code barometre.limits}; a missing or bad one is a usage error. */
  public Limits limits() {
    try {
      return Limits.from(raw().getConfig("limits"));
    } catch (ConfigException e) {
      throw new UsageException("bad configuration: " + e.getMessage(), e);
    }
  }

  /**
   * The user zonings of {@code barometre.territories.zonings} (sectors-jobs-territories.md §3); a
   * bad level name or entry is a usage error (exit 2). Their files are read by the run.
   */
  public List<Zoning> zonings() {
    try {
      return Zonings.from(raw().getConfig("territories"), Cog.BUILT_IN_LEVELS);
    } catch (ConfigException e) {
      throw new UsageException("bad configuration: " + e.getMessage(), e);
    }
  }

  /**
   * {@code barometre.run.cut-snapshots-from-rows}: from how many rows in a snapshot a run cuts the
   * snapshots once to the rows it reads; a missing or negative value is a usage error.
   */
  public long cutSnapshotsFromRows() {
    return atLeast("run.cut-snapshots-from-rows", 0);
  }

  /**
   * {@code barometre.run.keep-cuts}: whether a run keeps the snapshots' cuts in the lake table
   * {@code sirene_cuts} for the next runs to read instead of scanning the snapshots again (only
   * when it cuts them: {@link #cutSnapshotsFromRows()}); a missing or non-boolean value is a
   * usage error.
   */
  public boolean keepCuts() {
    try {
      return raw().getBoolean("run.keep-cuts");
    } catch (ConfigException e) {
      throw new UsageException("bad configuration: " + e.getMessage(), e);
    }
  }

  /**
   * {@code barometre.run.concurrent-reads}: how many of a run's input reads go at once; a missing
   * value or one under 1 is a usage error.
   */
  public int concurrentReads() {
    return (int) Math.min(atLeast("run.concurrent-reads", 1), Integer.MAX_VALUE);
  }

  /** The whole number at {@code barometre.<key>}; a missing value, or one under {@code min}, is a usage error. */
  private long atLeast(String key, long min) {
    try {
      long value = raw().getLong(key);
      if (value < min) {
        throw new UsageException("bad configuration: barometre." + key + " must be " + min + " or more, not " + value);
      }
      return value;
    } catch (ConfigException e) {
      throw new UsageException("bad configuration: " + e.getMessage(), e);
    }
  }

  public String sparkMaster() {
    return raw().getString("spark.master");
  }

  public String appName() {
    return raw().getString("spark.app-name");
  }

  /** Spark settings from {@code barometre.spark.conf}, in file order. */
  public Map<String, String> sparkConf() {
    Map<String, String> out = new LinkedHashMap<>();
    Config conf = raw().getConfig("spark.conf");
    conf.root().keySet().forEach(k -> out.put(k, conf.getString("\"" + k + "\"")));
    return out;
  }

  /** The {@code barometre} subtree as HOCON, for the run log. */
  public String render() {
    return raw().root().render(ConfigRenderOptions.concise().setFormatted(true).setJson(false));
  }

  public void log() {
    LOG.info("Resolved configuration:\n{}", render());
  }

  /**
   * Logs the resolved configuration at debug level: for interactive commands (demo, sql, export,
   * report), whose console should show their answer, not two hundred lines of settings.
   */
  public void logQuietly() {
    LOG.debug("Resolved configuration:\n{}", render());
  }
}
