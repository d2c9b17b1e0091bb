package fr.barometre.integration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.lake.Lake;
import fr.barometre.lake.Publication;
import fr.barometre.lake.Table;
import fr.barometre.testing.Launch;
import fr.barometre.testing.SparkTestSession;
import fr.barometre.testing.WorkedLake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Crash drills (publication.md §3). On a copy of the worked lake (both vintages published), a run
 * of 2024-S2 with revised relèves is started in a JVM of its own and halted right after one step
 * of its log (the test-only hook {@code barometre.testing.fail-after}, which halts as kill -9
 * does) when every table is written and nothing published, and killed for real with SIGKILL when
 * its log says {@code events written} (tables half written). After each crash the
 * exports of every vintage must equal those of the last published run. Then two runs of the
 * vintage start at once (one in a JVM of its own, one in the test's JVM): one publication stands
 * whole, the other run publishes whole or says it was superseded, and the tables keep no row of
 * any other run.
 */
@Tag("integration")
class CrashDrillTest {
  private static final String VINTAGE = "2024-S2";
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  /**
   * Where a run is halted: every table written and nothing published (the widest window: a mix of
   * runs if the tables were read raw). Partial writes are drilled by a real SIGKILL; a crash
   * before any table write leaves a subset of this state (a start record, a landed snapshot); the
   * state after the publication commit is the two concurrent runs' (each publishes, then cleans).
   * Each halt costs a JVM and a run (~45 s on two cores), hence not one per log line.
   */
  private static final String TABLES_WRITTEN = "tables written";
  /** What the drill compares: the figures and events of the vintage rerun, the figures of the other. */
  private static final List<String> EXPORTED = List.of(VINTAGE + "/net_openings", VINTAGE + "/events", "2024-S1/net_openings");

  @Test
  void aCrashAtAnyStepLeavesThePublishedRunAndTheNextRunPublishesAndCleansUp() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path work = SparkTestSession.tempDir("crash");
    Path lake = WorkedLake.copy("crash-lake");
    Path revised = revisedReleves(work.resolve("releves"));
    Map<String, List<String>> published = exports(lake, work, "before");

    // The two crashes run at once (each is a cold JVM and a whole run: one after the other they
    // cost the drill a minute more). A crash can only add rows, so exports equal to the published
    // ones after both mean each crash left the published state untouched.
    Process halted = crashAfter(TABLES_WRITTEN, lake, revised, work);
    assertThat(killedAfterEventsWritten(lake, revised, work)).as("killed").isTrue();
    assertThat(waitFor(halted)).as("exit status of a run halted after '%s'", TABLES_WRITTEN).isEqualTo(137);
    assertThat(exports(lake, work, "crashes")).as("exports after a halt and a kill -9").isEqualTo(published);

    // Two runs of the vintage at once, after all those crashes: one in a JVM of its own, the
    // other in this (warm) JVM while the first starts and runs. Two processes either way, sharing
    // nothing but the lake; a second cold JVM would only cost the drill another minute of CPU.
    Process other = run(lake, revised, work.resolve("concurrent.log"), List.of());
    List<String> inThisJvm = new ArrayList<>(runArguments(lake, revised));
    inThisJvm.addAll(List.of("--conf", Paths.get("conf", "test.conf").toAbsolutePath().toString())); // as ChildJvm
    String here = Launch.launch(inThisJvm.toArray(String[]::new));
    int rcHere = Integer.parseInt(here.substring(0, here.indexOf('|')));
    int rcOther = waitFor(other);
    String logOther = Files.readString(work.resolve("concurrent.log"));
    assertThat(List.of(rcHere, rcOther)).as("one run publishes at least\n%s\n%s", tail(here), tail(logOther)).contains(0);
    for (String outcome : List.of(rcOther + "|" + logOther, here)) {
      int rc = Integer.parseInt(outcome.substring(0, outcome.indexOf('|')));
      if (rc != 0) {
        assertThat(rc).as(tail(outcome)).isEqualTo(1);
        assertThat(outcome).contains("was not published: run ").contains("started later, published first");
      }
    }
    Map<String, List<String>> revisedFigures = exports(lake, work, "concurrent");
    assertThat(revisedFigures.get(VINTAGE + "/net_openings"))
        .as("the revised relèves change the figures: the drill could have seen a mix")
        .isNotEqualTo(published.get(VINTAGE + "/net_openings"));
    assertThat(revisedFigures.get("2024-S1/net_openings")).as("another vintage untouched")
        .isEqualTo(published.get("2024-S1/net_openings"));

    // Clean: every row of the vintage in every output table is the published run's.
    Publication publication = new Publication(new Lake(spark, lake.toString()));
    String current = publication.publishedRun(VINTAGE).orElseThrow();
    for (Table t : Table.runOutputs()) {
      List<String> runIds = publication.lake().read(t.tableName()).where("vintage = '" + VINTAGE + "'")
          .select(Publication.RUN_ID).distinct().collectAsList().stream().map(r -> r.getString(0)).toList();
      assertThat(runIds).as("run ids left in %s", t).containsOnly(current);
    }
    String history = Launch.launch("history", "--lake", lake.toString(), "--vintage", VINTAGE, "--format", "csv");
    assertThat(history).startsWith("0|");
  }

  /** Starts a run with the crash hook on {@code step}. */
  private static Process crashAfter(String step, Path lake, Path releves, Path work) throws Exception {
    Path log = work.resolve("crash-" + step.replace(' ', '_') + ".log");
    return run(lake, releves, log, List.of("-Dbarometre.testing.fail-after=" + step));
  }

  /** A run killed with SIGKILL as soon as its log says {@code events written}. */
  private static boolean killedAfterEventsWritten(Path lake, Path releves, Path work) throws Exception {
    Path log = work.resolve("kill.log");
    Process p = run(lake, releves, log, List.of());
    long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
    while (!Files.readString(log).contains("events written (")) {
      assertThat(p.isAlive()).as("the run ended before writing its events:\n%s", tail(Files.readString(log))).isTrue();
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(50);
    }
    p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally
    return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 137;
  }

  private static Process run(Path lake, Path releves, Path log, List<String> jvmOptions) throws IOException {
    return ChildJvm.start(log, jvmOptions, runArguments(lake, releves).toArray(String[]::new));
  }

  /** The command line of a run of the vintage on {@code lake} with {@code releves}. */
  private static List<String> runArguments(Path lake, Path releves) {
    Path in = WorkedLake.inputs();
    return List.of(
        "run", "--vintage", VINTAGE, "--lake", lake.toString(),
        "--sirene", in.resolve("sirene_2025-01-01.csv").toString(), "--sirene-date", "2025-01-01",
        "--sirene-previous", in.resolve("sirene_2024-01-01.csv").toString(), "--sirene-previous-date", "2024-01-01",
        "--successions", in.resolve("successions.csv").toString(),
        "--releves", releves.toString());
  }

  private static int waitFor(Process p) throws InterruptedException {
    if (!p.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("a run took more than " + RUN_TIMEOUT);
    }
    return p.exitValue();
  }

  /** The {@link #EXPORTED} tables, as the export writes them (file lines). */
  private static Map<String, List<String>> exports(Path lake, Path work, String label) throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String exported : EXPORTED) {
      String vintage = exported.substring(0, exported.indexOf('/'));
      String table = exported.substring(exported.indexOf('/') + 1);
      Path file = work.resolve("export-" + label.replace(' ', '_') + "-" + vintage + "-" + table + ".csv");
      String rc = Launch.launch("export", "--lake", lake.toString(), "--table", table, "--vintage", vintage, "--out", file.toString());
      assertThat(rc).as("export %s after %s", exported, label).startsWith("0|");
      out.put(exported, Files.readAllLines(file, StandardCharsets.UTF_8));
    }
    return out;
  }

  /** The worked example's relèves without the file of 2023-S2: a revision of 2024-S2's figures. */
  private static Path revisedReleves(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(WorkedLake.inputs().resolve("releves"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!f.getFileName().toString().startsWith("releve_2023-S2")) {
          Files.copy(f, dir.resolve(f.getFileName().toString()));
        }
      }
    }
    return dir;
  }

  private static String tail(String log) {
    List<String> lines = new ArrayList<>(log.lines().toList());
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
