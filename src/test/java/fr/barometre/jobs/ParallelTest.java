package fr.barometre.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.barometre.errors.UnreadableInputException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The steps a run starts at once: results, and the failure the user is shown. */
class ParallelTest {
  @Test
  void stepsRunAtOnceAndEachResultIsKept() {
    CountDownLatch both = new CountDownLatch(2);
    try (Parallel group = Parallel.steps(2)) {
      // Each step waits for the other to start: they can only end if they run at once.
      var a = group.start(() -> meet(both, "a"));
      var b = group.start(() -> meet(both, "b"));
      group.awaitAll();
      assertThat(a.get()).isEqualTo("a");
      assertThat(b.get()).isEqualTo("b");
    }
  }

  @Test
  void theFirstStartedFailureIsRethrownAfterEveryStepHasEnded() {
    AtomicBoolean slowEnded = new AtomicBoolean();
    CountDownLatch secondFailed = new CountDownLatch(1);
    try (Parallel group = Parallel.steps(3)) {
      group.start(() -> {
        await(secondFailed); // fails after the second: start order decides, not timing
        throw new UnreadableInputException("first: a relève file is unreadable");
      });
      group.start(() -> {
        secondFailed.countDown();
        throw new IllegalStateException("second");
      });
      group.start(() -> {
        sleep(300);
        slowEnded.set(true);
        return null;
      });
      assertThatThrownBy(group::awaitAll)
          .isInstanceOf(UnreadableInputException.class)
          .hasMessageContaining("first");
      assertThat(slowEnded).as("no step left running behind the error").isTrue();
    }
  }

  private static String meet(CountDownLatch latch, String value) {
    latch.countDown();
    await(latch);
    return value;
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
