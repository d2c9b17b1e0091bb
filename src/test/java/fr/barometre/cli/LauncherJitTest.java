package fr.barometre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code bin/barometre} lets a command's JVM compile (its {@code jit_options} function, run
 * by bash as the launcher runs it): C1 only, Spark's interpreted expressions and the parallel
 * collector for the commands on small data; the JVM's and Spark's defaults for landings of large
 * stocks and long-lived commands; the user's choice through {@code BAROMETRE_JIT}.
 */
class LauncherJitTest {
  private static final String INTERPRETED =
      "-XX:TieredStopAtLevel=1 -Dspark.sql.codegen.wholeStage=false -Dspark.sql.codegen.factoryMode=NO_CODEGEN";
  private static final String QUICK = INTERPRETED + " -XX:+UseParallelGC";

  @TempDir static Path dir;

  /** The options jit_options prints for {@code args}, with {@code env} set; its exit status after a bar. */
  private static String jit(Map<String, String> env, String... args) throws IOException, InterruptedException {
    Path launcher = Paths.get("bin", "barometre").toAbsolutePath();
    String script =
        "source <(sed -n '/^jit_options() {/,/^}/p' \"$0\"); args=(\"$@\"); out=\"$(jit_options)\"; echo \"$out|$?\"";
    List<String> command = new ArrayList<>(List.of("bash", "-c", script, launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("BAROMETRE_JIT");
    pb.environment().remove("BAROMETRE_QUICK_JIT_MAX_MB");
    pb.environment().remove("BAROMETRE_JAVA_OPTS");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  private static Path file(String name, long bytes) throws IOException {
    Path f = dir.resolve(name);
    try (var out = Files.newByteChannel(f, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
      out.position(bytes - 1);
      out.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
    }
    return f;
  }

  @Test
  void shortCommandsOnTheLakeAndTheDemoRunWithC1Only() throws Exception {
    for (String command : List.of("sql", "history", "export", "report", "demo", "demo-data")) {
      assertThat(jit(Map.of(), command, "--lake", "x")).as(command).isEqualTo(QUICK + "|0");
    }
  }

  @Test
  void longLivedCommandsAndMeasurementsKeepTheJvmsDefault() throws Exception {
    for (String command : List.of("bench", "serve", "maintain", "daemon")) {
      assertThat(jit(Map.of(), command)).as(command).isEqualTo("|0");
    }
  }

  @Test
  void aRunIsQuickUnderTheSizeBoundOfItsSireneFilesAndFullOverIt() throws Exception {
    String small = file("small.csv", 5L << 20).toString();
    String large = file("large.csv", 200L << 20).toString();
    assertThat(jit(Map.of(), "run", "--vintage", "2024-S2", "--sirene", small, "--sirene-previous", small))
        .isEqualTo(QUICK + "|0");
    assertThat(jit(Map.of(), "run", "--sirene", small, "--sirene-previous", large)).isEqualTo("|0");
    assertThat(jit(Map.of("BAROMETRE_QUICK_JIT_MAX_MB", "512"), "run", "--sirene", large)).isEqualTo(QUICK + "|0");
    assertThat(jit(Map.of(), "run", "--sirene", small, "--successions", "hdfs://namenode/successions.csv"))
        .as("a file not on the local disk counts as large")
        .isEqualTo("|0");
    assertThat(jit(Map.of(), "run", "--vintage", "2024-S2", "--releves", "r")).as("no SIRENE file").isEqualTo(QUICK + "|0");
  }

  @Test
  void aCollectorChosenInBarometreJavaOptsIsKept() throws Exception {
    assertThat(jit(Map.of("BAROMETRE_JAVA_OPTS", "-Xmx2g -XX:+UseG1GC"), "sql")).isEqualTo(INTERPRETED + "|0");
    assertThat(jit(Map.of("BAROMETRE_JAVA_OPTS", "-Xmx2g"), "sql")).isEqualTo(QUICK + "|0");
  }

  @Test
  void barometreJitChoosesAndAnUnknownValueIsRefused() throws Exception {
    assertThat(jit(Map.of("BAROMETRE_JIT", "full"), "sql")).isEqualTo("|0");
    assertThat(jit(Map.of("BAROMETRE_JIT", "quick"), "bench")).isEqualTo(QUICK + "|0");
    assertThat(jit(Map.of("BAROMETRE_JIT", "fast"), "sql"))
        .contains("BAROMETRE_JIT must be quick, full or auto (not 'fast')")
        .endsWith("|2");
  }
}
