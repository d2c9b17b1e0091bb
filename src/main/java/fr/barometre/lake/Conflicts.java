package fr.barometre.lake;

import io.delta.exceptions.DeltaConcurrentModificationException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delta's optimistic concurrency, one rule for every writer of the lake: a transaction that a
 * concurrent commit made fail is run again — from the start, so that it re-reads the table and its
 * conditions see the other commit — up to a number of attempts, then the conflict is thrown.
 */
public final class Conflicts {
  private static final Logger LOG = LoggerFactory.getLogger(Conflicts.class);

  private Conflicts() {}

  /** Runs {@code transaction}, again after a concurrent commit made it fail; its result. */
  public static <T> T retrying(String what, int attempts, Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (DeltaConcurrentModificationException e) {
        if (attempt >= attempts) {
          throw e;
        }
        LOG.info("{}: a concurrent commit came first ({}); retrying ({}/{})",
            what, e.getClass().getSimpleName(), attempt, attempts);
      }
    }
  }

  /** {@link #retrying(String, int, Supplier)} for a transaction without a result. */
  public static void retrying(String what, int attempts, Runnable transaction) {
    retrying(what, attempts, () -> {
      transaction.run();
      return null;
    });
  }
}
