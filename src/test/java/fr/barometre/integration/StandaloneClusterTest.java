package fr.barometre.integration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.cli.Barometre;
import fr.barometre.testing.SparkTestSession;
import fr.barometre.testing.WorkedExports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The cluster deployment end to end: a standalone master and two workers (separate JVMs on
 * 127.0.0.1), the cluster jar submitted through {@code jobs/spark-submit.sh} with
 * {@code conf/cluster.conf}, vintage 2024-S2 of the worked example; the four exports of the lake it
 * wrote (one through the cluster, three from this JVM) equal the expected files. Needs {@code target/*-cluster.jar}: it runs in the {@code integration-test}
 * phase of {@code mvn verify -Pintegration}, after {@code package}.
 */
@Tag("integration")
class StandaloneClusterTest {
  private static final String VINTAGE = "2024-S2";
  private static final long SUBMIT_TIMEOUT_MINUTES = 15;
  private static StandaloneCluster cluster;
  private static Path work;

  @BeforeAll
  static void startCluster() throws Exception {
    work = SparkTestSession.tempDir("cluster");
    long t0 = System.nanoTime();
    cluster = new StandaloneCluster(work.resolve("spark-home"));
    cluster.start(2);
    System.out.printf("cluster up in %.1f s at %s%n", (System.nanoTime() - t0) / 1e9, cluster.masterUrl());
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void theWorkedExampleRunOnTheClusterExportsTheExpectedTables() throws Exception {
    Path in = SparkTestSession.worked().resolve("inputs");
    Path lake = work.resolve("lake");
    submit("--total-executor-cores", "2", "--", "run", "--vintage", VINTAGE, "--lake", lake.toString(),
        "--sirene", in.resolve("sirene_2025-01-01.csv").toString(), "--sirene-date", "2025-01-01",
        "--sirene-previous", in.resolve("sirene_2024-01-01.csv").toString(),
        "--sirene-previous-date", "2024-01-01",
        "--successions", in.resolve("successions.csv").toString(),
        "--releves", in.resolve("releves").toString());
    // The work really went to executors on the workers, not to a local master.
    assertThat(cluster.executorDirs()).as("executor folders under the workers").isNotEmpty();

    // One export through the cluster proves the subcommand runs there; it is a driver-side collect
    // of a small table, so the other three read the cluster's lake from this JVM instead of paying
    // a driver and executor start each (minutes of CPU on a shared two-core machine).
    Path first = work.resolve("net_openings.csv");
    submit("--total-executor-cores", "1", "--",
        "export", "--lake", lake.toString(), "--table", "net_openings", "--vintage", VINTAGE, "--out", first.toString());
    WorkedExports.assertMatches(VINTAGE, "net_openings", WorkedExports.lines(first));
    SparkTestSession.get(); // the launcher reuses the shared local session
    for (String table : WorkedExports.TABLES.subList(1, WorkedExports.TABLES.size())) {
      Path out = work.resolve(table + ".csv");
      int rc = Barometre.execute(
          "export", "--lake", lake.toString(), "--table", table, "--vintage", VINTAGE, "--out", out.toString());
      assertThat(rc).as("local export of %s from the cluster's lake", table).isZero();
      WorkedExports.assertMatches(VINTAGE, table, WorkedExports.lines(out));
    }
  }

  /**
   * Runs {@code [SPARK-SUBMIT OPTIONS...] -- SUBCOMMAND [OPTIONS...]} through jobs/spark-submit.sh
   * against the cluster; fails on a non-zero exit.
   */
  private static void submit(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("bash", Paths.get("jobs", "spark-submit.sh").toAbsolutePath().toString(),
        "--deploy-mode", "client", "--executor-memory", "512m",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1"));
    cmd.addAll(List.of(args));
    String[] command = cmd.subList(cmd.indexOf("--") + 1, cmd.size()).toArray(String[]::new);
    Path log = work.resolve("submit-" + command[0] + "-" + System.nanoTime() + ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(cluster.environment());
    pb.environment().put("BAROMETRE_CONF", testConf().toString());
    pb.environment().put("BAROMETRE_DRIVER_JAVA_OPTS", "-Xmx1g -Djava.io.tmpdir=" + work);
    // The driver and executors with the client compiler only, as the other tests' child JVMs.
    pb.environment().put("BAROMETRE_JVM_OPTIONS", String.join(" ", ChildJvm.jvmFlags()));
    long t0 = System.nanoTime();
    Process p = pb.start();
    try {
      boolean done = p.waitFor(SUBMIT_TIMEOUT_MINUTES, TimeUnit.MINUTES);
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(done).as("%s finished within %d min:%n%s", command[0], SUBMIT_TIMEOUT_MINUTES, StandaloneCluster.tail(output)).isTrue();
      assertThat(p.exitValue()).as("exit status of %s:%n%s", String.join(" ", command), StandaloneCluster.tail(output)).isZero();
      System.out.printf("%s %s: %.1f s%n", command[0], command.length > 4 ? command[4] : "", (System.nanoTime() - t0) / 1e9);
    } finally {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
    }
  }

  /**
   * conf/cluster.conf itself, with small shuffles and Delta snapshots (two one-core executors):
   * 200 or 50 partitions of a few hundred rows would only measure task scheduling.
   */
  private static Path testConf() throws IOException {
    Path conf = work.resolve("cluster-test.conf");
    if (!Files.exists(conf)) {
      String cluster = Paths.get("conf", "cluster.conf").toAbsolutePath().toString();
      Files.writeString(conf,
          "include file(\"" + cluster + "\")\n"
              + "barometre.spark.conf {\n"
              + "  \"spark.sql.shuffle.partitions\" = \"2\"\n"
              + "  \"spark.default.parallelism\" = \"2\"\n"
              + "  \"spark.databricks.delta.snapshotPartitions\" = \"2\"\n"
              + "}\n",
          StandardCharsets.UTF_8);
    }
    return conf;
  }
}
