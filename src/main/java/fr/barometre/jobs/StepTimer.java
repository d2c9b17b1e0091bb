package fr.barometre.jobs;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.slf4j.Logger;

/**
 * Logs each step of a job with its duration, so a long run shows where it is and where time goes,
 * and names the Spark jobs a step starts after it (their description in Spark's UI, event log and
 * history server), so a profile of a run reads by step.
 * For the crash drills (publication.md §3), the test-only setting {@code barometre.testing.fail-after}
 * names a step after which the JVM halts at once — no shutdown hook, no finally block, as a kill -9.
 */
final class StepTimer {
  /** The exit status of a JVM halted by the crash hook (that of a process killed by SIGKILL). */
  static final int HALTED = 137;

  private static final String JOB_DESCRIPTION = "spark.job.description";

  private final Logger log;
  private final Optional<String> failAfter;
  private final SparkContext spark;
  private final String prefix;
  private final long start = System.nanoTime();

  /** Steps of {@code job} (the prefix of their Spark job descriptions) on {@code spark}. */
  StepTimer(Logger log, Optional<String> failAfter, SparkContext spark, String job) {
    this.log = log;
    this.failAfter = failAfter;
    this.spark = spark;
    this.prefix = job + ": ";
  }

  <T> T time(String step, Supplier<T> work) {
    long t0 = System.nanoTime();
    // Spark's job description is a property of the calling thread: set around the step's work, so
    // steps running at once on their own threads (Parallel) each name their own jobs.
    String outer = spark.getLocalProperty(JOB_DESCRIPTION);
    spark.setLocalProperty(JOB_DESCRIPTION, prefix + step);
    T result;
    try {
      result = work.get();
    } finally {
      spark.setLocalProperty(JOB_DESCRIPTION, outer);
    }
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
