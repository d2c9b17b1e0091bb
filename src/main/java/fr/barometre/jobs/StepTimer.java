package fr.barometre.jobs;

import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;

/** Logs each step of a job with its duration, so a long run shows where it is and where time goes. */
final class StepTimer {
  private final Logger log;
  private final long start = System.nanoTime();

  StepTimer(Logger log) {
    this.log = log;
  }

  <T> T time(String step, Supplier<T> work) {
    long t0 = System.nanoTime();
    T result = work.get();
    log.info("{} ({})", step, seconds(t0));
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
