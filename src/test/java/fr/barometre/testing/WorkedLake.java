package fr.barometre.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.cli.Barometre;
import java.nio.file.Path;

/**
 * The worked example (shared/examples/worked) run through the launcher into one lake, vintages
 * 2024-S1 then 2024-S2, once per test JVM: the end-to-end, report, SQL and notebook tests read it
 * instead of each paying for two pipeline runs.
 */
public final class WorkedLake {
  private static Path lake;

  private WorkedLake() {}

  /** The lake, built on first use. */
  public static synchronized Path get() {
    if (lake == null) {
      SparkTestSession.get(); // the launcher then reuses the shared session
      Path dir = SparkTestSession.tempDir("worked-lake");
      assertThat(run(dir, "2024-S1")).as("run 2024-S1").isZero();
      assertThat(run(dir, "2024-S2")).as("run 2024-S2").isZero();
      lake = dir;
    }
    return lake;
  }

  /** Runs one vintage of the worked example into {@code dir}; returns the exit status. */
  public static int run(Path dir, String vintage) {
    Path in = SparkTestSession.worked().resolve("inputs");
    return Barometre.execute(
        "run", "--vintage", vintage, "--lake", dir.toString(),
        "--sirene", in.resolve("sirene_2025-01-01.csv").toString(), "--sirene-date", "2025-01-01",
        "--sirene-previous", in.resolve("sirene_2024-01-01.csv").toString(),
        "--sirene-previous-date", "2024-01-01",
        "--successions", in.resolve("successions.csv").toString(),
        "--releves", in.resolve("releves").toString());
  }
}
