package fr.barometre.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.testing.SparkTestSession;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The Spark jobs a step starts carry its name, and the thread's own description comes back after. */
class StepTimerTest {
  @Test
  void jobsOfAStepAreDescribedByTheJobAndTheStep() throws Exception {
    SparkSession spark = SparkTestSession.get();
    List<String> descriptions = new CopyOnWriteArrayList<>();
    SparkListener listener = new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart start) {
        descriptions.add(String.valueOf(start.properties().getProperty("spark.job.description")));
      }
    };
    spark.sparkContext().addSparkListener(listener);
    try {
      spark.sparkContext().setJobDescription("outer");
      StepTimer step = new StepTimer(LoggerFactory.getLogger(StepTimerTest.class), Optional.empty(), spark.sparkContext(), "run 2024-S2");
      long n = step.time("events judged", () -> spark.range(10).count());
      spark.range(5).count();
      spark.sparkContext().listenerBus().waitUntilEmpty();
      assertThat(n).isEqualTo(10);
      // A count can be more than one job (adaptive execution): the step's, then the outer ones.
      assertThat(descriptions.stream().distinct().toList()).containsExactly("run 2024-S2: events judged", "outer");
    } finally {
      spark.sparkContext().removeSparkListener(listener);
      spark.sparkContext().setJobDescription(null);
    }
  }
}
