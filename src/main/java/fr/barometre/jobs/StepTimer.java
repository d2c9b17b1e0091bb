package fr.barometre.jobs;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * Logs each step of a job with its duration, so a long run shows where it is and where time goes.
 * For the crash drills (publication.md §3), the test-only setting {@code barometre.testing.fail-after}
 * names a step after which the JVM halts at once — no shutdown hook, no finally block, as a kill -9.
 */
final class StepTimer {
  /** The exit status of a JVM halted by the crash hook (that of a process killed by SIGKILL). */
  static final int HALTED = 137;

  private final Logger log;
  private final Optional<String> failAfter;
  private final long start = System.nanoTime();

  StepTimer(Logger log, Optional<String> failAfter) {
    this.log = log;
    this.failAfter = failAfter;
  }

  <T> T time(String step, Supplier<T> work) {
    long t0 = System.nanoTime();
    T result = work.get();
    log.info("{} ({})", step, seconds(t0));
    if (failAfter.isPresent() && failAfter.get().equals(step)) {
      log.warn("barometre.testing.fail-after = \"{}\": halting the JVM now", step);
      Runtime.getRuntime().halt(HALTED);
    }
    return result;
  }

  void run(String step, Runnable work) {
    time(step, () -> {
      work.run();
      return null;
    });
  }

  String total() {
    return seconds(start);
  }

  private static String seconds(long from) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - from) / 1e9);
  }
}
