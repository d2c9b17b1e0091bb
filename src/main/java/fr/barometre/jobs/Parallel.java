package fr.barometre.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

/**
 * Runs one action per entry at once and waits for all: the lake's tables are separate Delta logs,
 * and most of a small write is driver-side commit latency that overlaps well (docs/benchmarks.md).
 * The first failure is rethrown once every action has ended, so no write is left running.
 */
final class Parallel {
  private Parallel() {}

  static <K, V> void each(Map<K, V> entries, BiConsumer<K, V> action) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, entries.size()), r -> {
      Thread t = new Thread(r, "barometre-write");
      t.setDaemon(true);
      return t;
    });
    try {
      List<CompletableFuture<Void>> all = new ArrayList<>();
      entries.forEach((k, v) -> all.add(CompletableFuture.runAsync(() -> action.accept(k, v), pool)));
      try {
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw e;
      }
    } finally {
      pool.shutdown();
    }
  }
}
