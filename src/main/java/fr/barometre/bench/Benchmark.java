package fr.barometre.bench;

import fr.barometre.config.BarometreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code barometre bench}: on this machine, for each stock size and input format, times the
 * pipeline against DuckDB on the same file — the scope filter to Parquet, the whole ingest — and a
 * rerun of a vintage whose two snapshots are already landed; prints one Markdown row per step
 * (wall time, rows per second, peak memory, load average) and the Spark/DuckDB ratios.
 */
public final class Benchmark {
  private static final Logger LOG = LoggerFactory.getLogger(Benchmark.class);

  /** The generated stock's day (its latest processing date) and the snapshot six months before. */
  static final LocalDate CURRENT = LocalDate.of(2025, 11, 30);

  static final LocalDate PREVIOUS = LocalDate.of(2025, 5, 31);

  /** How long a step waits for the load to settle before it starts anyway (its row says so). */
  private static final long SETTLE_WAIT_SECONDS = 900;

  private final BenchOptions o;
  private final SparkSide spark;
  private final PlainSparkSide plain;
  private final DuckDbSide duck;
  private final BenchInputs inputs;

  private Benchmark(BenchOptions o, SparkSide spark, PlainSparkSide plain, DuckDbSide duck) {
    this.o = o;
    this.spark = spark;
    this.plain = plain;
    this.duck = duck;
    this.inputs = new BenchInputs(Path.of(o.work()));
  }

  /** Runs every measurement of {@code o}, printing each as it ends. */
  public static void run(SparkSession session, BarometreConfig config, BenchOptions o)
      throws Exception {
    Files.createDirectories(Path.of(o.work()));
    try (DuckDbSide duck = new DuckDbSide(o.threads())) {
      Benchmark b = new Benchmark(o, new SparkSide(session, config), new PlainSparkSide(session), duck);
      b.print(
          String.format(
              Locale.ROOT,
              "%nbench: %d cores given to Spark (%s) and DuckDB; JVM max heap %,d MB; both Spark sides"
                  + " warmed up first on a %,d-row stock%n%n%s",
              o.threads(),
              session.sparkContext().master(),
              Runtime.getRuntime().maxMemory() >> 20,
              o.warmupRows(),
              Measurement.HEADER));
      b.warmUp();
      for (long rows : o.rows()) {
        for (String format : o.formats()) {
          b.measure(rows, format);
        }
      }
    }
  }

  /**
   * Runs both Spark sides' scope filter once per format on a small stock, unmeasured: the first
   * Spark job of a JVM pays the JIT's compilation of the readers, writers and generated code, and
   * the engine measured first would carry it alone (DuckDB, native code, has none to pay).
   */
  private void warmUp() throws Exception {
    if (o.warmupRows() <= 0) {
      return;
    }
    for (String format : o.formats()) {
      Path stock = inputs.stock(o.warmupRows(), format, duck);
      Path out = Path.of(o.work(), "out", "warmup-" + format);
      long started = System.nanoTime();
      spark.scopeFilter(stock.toString(), out.resolve("spark").toString(), out.resolve("staging").toString());
      plain.scopeFilter(stock.toString(), format.equals("parquet"), out.resolve("plain").toString(), spark.methodology());
      LOG.info("bench: JVM warmed up on {} ({} s, not measured)", stock, (System.nanoTime() - started) / 1_000_000_000L);
      deleteTree(out);
    }
  }

  private void measure(long rows, String format) throws Exception {
    Path stock = inputs.stock(rows, format, duck);
    boolean parquet = format.equals("parquet");
    String tag = rows + "-" + format;
    Path out = Path.of(o.work(), "out", tag);
    Files.createDirectories(out);
    String staging = out.resolve("staging").toString();
    if (o.steps().contains("scope")) {
      BenchInputs.warm(stock);
      String sparkOut = out.resolve("spark-scope").toString();
      String duckOut = out.resolve("duckdb-scope.parquet").toString();
      Measurement s =
          time(rows, format, "scope filter", "Spark",
              () -> spark.scopeFilter(stock.toString(), sparkOut, staging));
      Measurement p =
          time(rows, format, "scope filter", "plain Spark",
              () -> plain.scopeFilter(stock.toString(), parquet, out.resolve("plain-scope").toString(), spark.methodology()));
      Measurement d =
          time(rows, format, "scope filter", "DuckDB",
              () -> duck.scopeFilter(stock.toString(), parquet, duckOut, spark.methodology()));
      ratio(s, p);
      ratio(s, d);
      ratio(p, d);
    }
    String lake = out.resolve("lake").toString();
    if (o.steps().contains("ingest") || o.steps().contains("rerun")) {
      deleteTree(Path.of(lake));
      BenchInputs.warm(stock);
      String duckOut = out.resolve("duckdb-ingest.parquet").toString();
      Measurement s =
          time(rows, format, "whole ingest", "Spark (land)",
              () -> spark.land(stock.toString(), lake, CURRENT));
      Measurement d =
          time(rows, format, "whole ingest", "DuckDB",
              () -> duck.ingest(stock.toString(), parquet, duckOut, CURRENT));
      ratio(s, d);
    }
    if (o.steps().contains("rerun")) {
      Callable<Long> run =
          () -> spark.run(lake, o.vintage(), o.releves(), stock.toString(), CURRENT, PREVIOUS);
      time(rows, format, "first run (lands previous)", "Spark", run);
      time(rows, format, "rerun", "Spark", run);
    }
    deleteTree(out);
  }

  private Measurement time(
      long rows, String format, String step, String engine, Callable<Long> work) throws Exception {
    double load = settle();
    LOG.info("bench: {} rows {} {} {} (load {})", rows, format, step, engine, load);
    PeakMemory memory = PeakMemory.start();
    long start = System.nanoTime();
    long out;
    try {
      out = work.call();
    } finally {
      memory.close();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Measurement m = new Measurement(rows, format, step, engine, seconds, memory.stop(), out, load);
    print(m.markdown());
    return m;
  }

  /** A ratio line: {@code spark}'s wall time over {@code duck}'s (any two engines of a step). */
  private void ratio(Measurement spark, Measurement duck) throws IOException {
    print(
        String.format(
            Locale.ROOT,
            "| %,d | %s | %s | %s / %s | **%.2f×** | | | | | %s | |",
            spark.rows(),
            spark.format(),
            spark.step(),
            spark.engine(),
            duck.engine(),
            spark.seconds() / duck.seconds(),
            spark.rowsOut() == duck.rowsOut() ? "same rows" : "ROWS DIFFER"));
  }

  private void print(String line) throws IOException {
    System.out.println(line);
    System.out.flush();
    if (o.report().isPresent()) {
      Files.writeString(
          Path.of(o.report().get()),
          line + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  /**
   * Waits until the one-minute load average is under {@code --settle} — the previous step's own
   * load decays in about a minute — for at most {@link #SETTLE_WAIT_SECONDS}; returns the load the
   * step starts at, which its row reports (a row whose load is still high is one to redo).
   */
  private double settle() throws InterruptedException {
    double load = loadAverage();
    if (o.settleLoad() <= 0) {
      return load;
    }
    long deadline = System.nanoTime() + SETTLE_WAIT_SECONDS * 1_000_000_000L;
    if (load >= o.settleLoad()) {
      LOG.info("bench: waiting for the load average ({}) to fall under {}", load, o.settleLoad());
    }
    while (load >= o.settleLoad() && System.nanoTime() < deadline) {
      Thread.sleep(5_000);
      load = loadAverage();
    }
    return load;
  }

  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
