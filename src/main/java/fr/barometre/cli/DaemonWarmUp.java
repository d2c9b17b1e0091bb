package fr.barometre.cli;

import fr.barometre.config.Methodology;
import fr.barometre.demo.DemoData;
import fr.barometre.demo.DemoFiles;
import fr.barometre.demo.DemoLake;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a daemon does before its first command, so that this command runs warm: it writes the
 * demo's inputs (20,000-row SIRENE stocks, the relèves) under {@code scratch} and runs vintage
 * 2024-S2 of them {@code runs} times into a scratch lake — the first run lands the snapshots,
 * the next ones reuse them and replace the vintage's rows, as a statistician's reruns do — then
 * deletes the scratch folder. A cold JVM spends most of a small run compiling and planning
 * (docs/benchmarks.md): these runs pay that instead of the user's first commands. A command that
 * arrives meanwhile cancels the warm-up ({@link #cancel()}) and runs at once.
 */
final class DaemonWarmUp implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(DaemonWarmUp.class);
  private static final String VINTAGE = "2024-S2";

  private final Path scratch;
  private final int runs;
  private final Methodology methodology;
  private final Function<List<String>, Integer> commands;
  private final Runnable cancelJobs;
  private volatile boolean cancelled;

  /**
   * @param commands runs a command line as a served command does
   * @param cancelJobs stops the Spark jobs under way (a run in progress then fails and ends)
   */
  DaemonWarmUp(Path scratch, int runs, Methodology methodology, Function<List<String>, Integer> commands, Runnable cancelJobs) {
    this.scratch = scratch;
    this.runs = runs;
    this.methodology = methodology;
    this.commands = commands;
    this.cancelJobs = cancelJobs;
  }

  @Override
  public void run() {
    long start = System.nanoTime();
    try {
      DemoLake.reset(scratch); // a daemon stopped during its warm-up leaves it behind
      DemoFiles in = DemoData.generate(scratch.resolve("inputs"), DemoData.DEFAULT_SEED, DemoData.DEFAULT_BACKGROUND_ROWS, methodology);
      for (int i = 1; i <= runs && !cancelled; i++) {
        int status = commands.apply(List.of(
            "run", "--vintage", VINTAGE, "--lake", scratch.resolve("lake").toString(),
            "--releves", in.releves().toString(),
            "--sirene", in.sirene().toString(), "--sirene-date", in.sireneDate().toString(),
            "--sirene-previous", in.sirenePrevious().toString(), "--sirene-previous-date", in.sirenePreviousDate().toString(),
            "--successions", in.successions().toString()));
        LOG.info("Daemon warm-up run {} of {}: status {} after {} s", i, runs, status, (System.nanoTime() - start) / 1_000_000_000);
      }
    } catch (IOException | RuntimeException e) {
      // A warm-up is an optimisation: its failure (or its cancellation) costs the first command
      // its warmth, nothing else.
      LOG.warn("Daemon warm-up ended early: {}", e.toString());
    } finally {
      try {
        DemoLake.reset(scratch);
      } catch (RuntimeException e) {
        LOG.warn("Daemon warm-up could not remove {}: {}", scratch, e.toString());
      }
    }
  }

  /** Stops the warm-up: no further run starts, and the jobs of the one under way are cancelled. */
  void cancel() {
    cancelled = true;
    cancelJobs.run();
  }
}
