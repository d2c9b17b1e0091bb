package fr.barometre.integration;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The launcher in a JVM of its own, as {@code bin/barometre} starts it (the build's runtime
 * classpath and JVM options, the test configuration): for tests that must kill a process or talk
 * to a server over the wire. Output and errors go to {@code log}.
 */
final class ChildJvm {
  /**
   * The client compiler only, for the JVMs the integration tests start: each lives for one short
   * run on small data, where C2's compilations cost CPU the run does not get back on two cores
   * (the cluster test's driver and executors: 220 s of CPU with C2, 129 s with C1 only,
   * docs/benchmarks.md).
   */
  private static final String CLIENT_COMPILER = "-XX:TieredStopAtLevel=1";

  /**
   * Spark's interpreted expressions, as {@code bin/barometre} runs a command on small data (its
   * "quick" mode): these children run the worked example, and compiling the generated code of a
   * few hundred queries is most of what such a run costs (docs/benchmarks.md).
   */
  private static final List<String> INTERPRETED =
      List.of("-Dspark.sql.codegen.wholeStage=false", "-Dspark.sql.codegen.factoryMode=NO_CODEGEN");

  private ChildJvm() {}

  /**
   * The flags of every JVM the integration tests start (children, the cluster's daemons, driver
   * and executors): the build's module flags ({@code target/jvm-options.txt}) and the client
   * compiler.
   */
  static List<String> jvmFlags() {
    List<String> flags = new ArrayList<>(List.of(CLIENT_COMPILER));
    flags.addAll(Arrays.asList(
        StandaloneCluster.read(Paths.get("target").toAbsolutePath().resolve("jvm-options.txt")).trim().split("\\s+")));
    return flags;
  }

  static Process start(Path log, List<String> jvmOptions, String... args) throws IOException {
    Path target = Paths.get("target").toAbsolutePath();
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx2g");
    cmd.addAll(jvmFlags());
    cmd.addAll(INTERPRETED);
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of(
        "-Djava.io.tmpdir=" + target.resolve("tmp"),
        "-Dspark.sql.warehouse.dir=" + target.resolve("spark-warehouse"),
        "-Dlog4j2.configurationFile=" + Paths.get("src/test/resources/log4j2-test.properties").toAbsolutePath(),
        "-cp", target.resolve("classes") + ":" + StandaloneCluster.read(target.resolve("runtime-classpath.txt")).trim(),
        "fr.barometre.cli.Barometre"));
    cmd.addAll(Arrays.asList(args));
    cmd.addAll(List.of("--conf", Paths.get("conf/test.conf").toAbsolutePath().toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }
}
