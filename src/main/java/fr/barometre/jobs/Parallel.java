package fr.barometre.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Independent steps of a job run at once, and the job waits for all of them. Why: a cold run is
 * bound by the driver planning one query after another (a few hundred Catalyst plans, each Delta
 * table's first state reconstruction, each commit), and two steps that do not read each other's
 * output plan and commit on two cores (docs/benchmarks.md). The lake's tables are separate Delta
 * logs, so their writes overlap too.
 *
 * <p>The first failure, in the order the steps were started, is rethrown once every step has
 * ended: no step is left running behind an error (a half-done landing, a write), and the error
 * the user sees does not depend on which thread lost a race.
 */
final class Parallel implements AutoCloseable {
  private final ExecutorService pool;
  private final List<CompletableFuture<?>> started = new ArrayList<>();

  private Parallel(int threads) {
    pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "barometre-step");
      t.setDaemon(true);
      return t;
    });
  }

  /** A group of at most {@code threads} steps running at once; close it after {@link #awaitAll}. */
  static Parallel steps(int threads) {
    return new Parallel(threads);
  }

  /** Starts {@code work} now; its result is read with {@link Step#get} after {@link #awaitAll}. */
  <T> Step<T> start(Supplier<T> work) {
    CompletableFuture<T> f = CompletableFuture.supplyAsync(work, pool);
    started.add(f);
    return new Step<>(f);
  }

  /** Waits for every started step; then rethrows the first failure, in start order. */
  void awaitAll() {
    CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    for (CompletableFuture<?> f : started) {
      try {
        f.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw e;
      }
    }
  }

  @Override
  public void close() {
    pool.shutdown();
  }

  /** Runs one action per entry at once and waits for all (the tables of a run written at once). */
  static <K, V> void each(Map<K, V> entries, BiConsumer<K, V> action) {
    try (Parallel group = steps(entries.size())) {
      entries.forEach((k, v) -> group.start(() -> {
        action.accept(k, v);
        return null;
      }));
      group.awaitAll();
    }
  }

  /** The result of a started step. */
  static final class Step<T> {
    private final CompletableFuture<T> future;

    private Step(CompletableFuture<T> future) {
      this.future = future;
    }

    /** The step's result; call after {@link Parallel#awaitAll}, which reports its failure. */
    T get() {
      return future.join();
    }
  }
}
