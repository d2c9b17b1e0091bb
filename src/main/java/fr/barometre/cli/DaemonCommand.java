package fr.barometre.cli;

import fr.barometre.config.BarometreConfig;
import fr.barometre.errors.UsageException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * {@code barometre daemon --socket PATH --stamp BUILD [--idle-minutes N]}: keeps a warm JVM and
 * Spark session serving {@code bin/barometre}'s commands ({@link DaemonServer}). Started and
 * stopped with {@code bin/barometre daemon start|stop|status}, which choose the socket and stamp.
 */
final class DaemonCommand implements Command {
  @Override
  public String name() {
    return "daemon";
  }

  @Override
  public String summary() {
    return "serve commands from a warm JVM (bin/barometre daemon start|stop|status)";
  }

  @Override
  public int execute(List<String> argv) throws Exception {
    Args a = Args.parse("daemon", argv, JobSetup.with(Set.of("socket", "stamp", "idle-minutes")), Set.of(), Set.of());
    Path socket = Path.of(a.required("socket"));
    String stamp = a.required("stamp");
    BarometreConfig config = JobSetup.interactiveConfig(a);
    long idle = minutes(a.one("idle-minutes").orElse(config.raw().getString("daemon.idle-minutes")));
    // The session every served command gets (they build theirs with getOrCreate): created now,
    // from the same configuration a command without --conf or --master resolves.
    JobSetup.spark(config);
    new DaemonServer(
            socket,
            stamp,
            System.getProperty("user.dir"),
            Duration.ofMinutes(idle),
            DaemonCommand::served,
            DaemonCommand::cancelJobs,
            warmUp(socket, config))
        .serve();
    return 0;
  }

  private static int served(List<String> args) {
    return Barometre.execute(args.toArray(String[]::new));
  }

  /** The warm-up of barometre.daemon.warm-up-runs runs, in a folder beside the socket; none at 0. */
  private static Optional<DaemonWarmUp> warmUp(Path socket, BarometreConfig config) {
    int runs = config.raw().getInt("daemon.warm-up-runs");
    if (runs <= 0) {
      return Optional.empty();
    }
    Path scratch = socket.toAbsolutePath().resolveSibling("warm-up");
    return Optional.of(new DaemonWarmUp(scratch, runs, config.methodology(), DaemonCommand::served, DaemonCommand::cancelJobs));
  }

  private static long minutes(String value) {
    try {
      long m = Long.parseLong(value);
      if (m > 0) {
        return m;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        "daemon: --idle-minutes (default barometre.daemon.idle-minutes) must be a positive whole number, not '" + value + "'");
  }

  /** A gone client's command stops at its next Spark job, before it can publish anything more. */
  private static void cancelJobs() {
    scala.Option<SparkSession> session = SparkSession.getDefaultSession();
    if (session.isDefined()) {
      session.get().sparkContext().cancelAllJobs();
    }
  }
}
