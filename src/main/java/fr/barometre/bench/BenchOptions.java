package fr.barometre.bench;

import fr.barometre.events.Vintage;
import java.util.List;
import java.util.Optional;

/**
 * What {@code barometre bench} measures: stock sizes, input formats ({@code csv}, {@code parquet}),
 * steps ({@code scope}, {@code ingest}, {@code rerun}), the folder holding the generated stocks and
 * outputs, the cores given to each engine, the relèves and vintage of the rerun, and the Markdown
 * file the results are appended to, if any, and the one-minute load average each step waits for
 * before it starts ({@code settleLoad}; 0 starts at once), so that no row is timed in the previous
 * step's tail; and the size of the stock both Spark sides first run the scope filter on, unmeasured
 * ({@code warmupRows}; 0: none), so that neither is timed while the JVM compiles Spark's code.
 */
public record BenchOptions(
    List<Long> rows,
    List<String> formats,
    List<String> steps,
    String work,
    int threads,
    List<String> releves,
    Vintage vintage,
    Optional<String> report,
    double settleLoad,
    long warmupRows) {

  public static final List<String> FORMATS = List.of("csv", "parquet");
  public static final List<String> STEPS = List.of("scope", "ingest", "rerun");

  /** The default {@code settleLoad}: the load docs/benchmarks.md takes as "nothing else running". */
  public static final double SETTLE_LOAD = 0.8;

  /**
   * The default {@code warmupRows}: enough for the JIT to compile the CSV and Parquet readers and
   * the filter's generated code, a few seconds. Without it the engine measured first paid the
   * warm-up alone: the scope filter of 10 million CSV rows took 20.0 s cold and 11.3 s warm.
   */
  public static final long WARMUP_ROWS = 500_000;
}
