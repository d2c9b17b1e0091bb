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
 * step's tail.
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
    double settleLoad) {

  public static final List<String> FORMATS = List.of("csv", "parquet");
  public static final List<String> STEPS = List.of("scope", "ingest", "rerun");

  /** The default {@code settleLoad}: the load docs/benchmarks.md takes as "nothing else running". */
  public static final double SETTLE_LOAD = 0.8;
}
