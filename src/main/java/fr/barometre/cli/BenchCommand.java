package fr.barometre.cli;

import com.typesafe.config.ConfigFactory;
import fr.barometre.bench.BenchOptions;
import fr.barometre.bench.Benchmark;
import fr.barometre.config.BarometreConfig;
import fr.barometre.errors.UsageException;
import fr.barometre.events.Vintage;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code barometre bench --rows N... --work DIR [--format csv parquet] [--steps scope ingest rerun]
 * [--threads 2] [--releves PATH...] [--vintage 2025-S2] [--report FILE] [--settle 0.8]
 * [--warmup 500000]}: times the pipeline against plain Spark and DuckDB on synthetic stocks
 * (docs/benchmarks.md), each step started once the one-minute load average is under {@code
 * --settle} (0: at once), after both Spark sides have run once on a {@code --warmup}-row stock (0:
 * no warm-up). Never run inside the tests.
 */
final class BenchCommand implements Command {
  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String summary() {
    return "measure against DuckDB: --rows N... --work DIR [--format csv parquet] [--steps scope ingest rerun]";
  }

  /** The options taking one value, and those taking several. */
  static final Set<String> SINGLE = Set.of("work", "threads", "vintage", "report", "conf", "settle", "warmup");

  static final Set<String> MULTI = Set.of("rows", "format", "steps", "releves");

  static BenchOptions options(Args a) {
    List<Long> rows = a.many("rows").stream().map(BenchCommand::count).toList();
    if (rows.isEmpty()) {
      throw new UsageException("bench: --rows N [N...] is required");
    }
    List<String> formats = choices(a, "format", BenchOptions.FORMATS);
    List<String> steps = choices(a, "steps", BenchOptions.STEPS);
    if (steps.contains("rerun") && a.many("releves").isEmpty()) {
      throw new UsageException("bench: the rerun step needs --releves PATH [PATH...]");
    }
    int threads = (int) count(a.one("threads").orElse("2"));
    return new BenchOptions(
        rows, formats, steps, a.required("work"), threads, a.many("releves"),
        Vintage.parse(a.one("vintage").orElse("2025-S2")), a.one("report"), settle(a),
        warmup(a));
  }

  @Override
  public int execute(List<String> argv) throws Exception {
    Args a =
        Args.parse(
            "bench", argv, SINGLE, MULTI, Set.of());
    BenchOptions o = options(a);
    BarometreConfig config =
        BarometreConfig.load(
            a.one("conf").map(java.io.File::new),
            ConfigFactory.parseMap(Map.of("barometre.spark.master", "local[" + o.threads() + "]")));
    Benchmark.run(JobSetup.spark(config), config, o);
    return 0;
  }

  private static double settle(Args a) {
    String value = a.one("settle").orElse(Double.toString(BenchOptions.SETTLE_LOAD));
    try {
      double load = Double.parseDouble(value);
      if (!(load >= 0)) {
        throw new NumberFormatException();
      }
      return load;
    } catch (NumberFormatException e) {
      throw new UsageException("bench: --settle expects a load average of 0 or more, not '" + value + "'");
    }
  }

  private static long warmup(Args a) {
    String value = a.one("warmup").orElse(Long.toString(BenchOptions.WARMUP_ROWS));
    return value.equals("0") ? 0 : count(value);
  }

  private static long count(String value) {
    try {
      long n = Long.parseLong(value.replace("_", ""));
      if (n <= 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("bench: expected a positive whole number, not '" + value + "'");
    }
  }

  private static List<String> choices(Args a, String option, List<String> allowed) {
    List<String> given = a.many(option).isEmpty() ? allowed : a.many(option);
    for (String g : given) {
      if (!allowed.contains(g)) {
        throw new UsageException("bench: --" + option + " takes " + allowed + ", not '" + g + "'");
      }
    }
    return given;
  }
}
