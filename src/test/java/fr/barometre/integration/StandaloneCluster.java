package fr.barometre.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A Spark standalone cluster on 127.0.0.1 made of separate JVMs started from the Maven build (a
 * master and N one-core workers; no Spark distribution): {@code SPARK_HOME} is a folder with an
 * empty {@code jars/}, {@code SPARK_DIST_CLASSPATH} is the build's runtime classpath minus the
 * libraries the cluster jar must carry itself, so a job that runs here proves the jar is complete.
 * Every process it starts (and their children, the executors) is stopped by its PID on
 * {@link #close()}, or by a shutdown hook if the test JVM dies first.
 */
final class StandaloneCluster implements AutoCloseable {
  /**
   * Path fragments of the runtime jars a Spark 3.5 distribution does not ship: the application's
   * own libraries, which must come from the cluster jar.
   */
  static final List<String> APPLICATION_LIBRARIES =
      List.of("/io/delta/", "/com/typesafe/config/", "/org/apache/poi/", "/org/apache/xmlbeans/",
          "/com/zaxxer/", "/com/github/virtuald/", "/org/datasyslab/", "/org/locationtech/jts/");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Path home;
  private final Path target;
  private final String classpath;
  private final List<Process> processes = new ArrayList<>();
  private final Thread reaper = new Thread(this::stopAll, "standalone-cluster-reaper");
  private String masterUrl;

  StandaloneCluster(Path home) {
    this.home = home;
    this.target = Paths.get("target").toAbsolutePath();
    this.classpath = distributionClasspath(read(target.resolve("runtime-classpath.txt")).trim());
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /** Starts the master and the workers and returns once every worker has registered. */
  StandaloneCluster start(int workers) throws IOException, InterruptedException {
    Files.createDirectories(home.resolve("jars"));
    int port = freePort();
    masterUrl = "spark://127.0.0.1:" + port;
    Path masterLog = home.resolve("master.log");
    daemon(masterLog, "org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", "0");
    awaitLine(masterLog, "I have been elected leader");
    for (int i = 1; i <= workers; i++) {
      Path log = home.resolve("worker-" + i + ".log");
      daemon(log, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--port", "0",
          "--webui-port", "0", "--cores", "1", "--memory", "1g",
          "--work-dir", home.resolve("work-" + i).toString(), masterUrl);
      awaitLine(log, "Successfully registered with master");
    }
    return this;
  }

  String masterUrl() {
    return masterUrl;
  }

  /** What {@code jobs/spark-submit.sh} needs to find this cluster's Spark. */
  Map<String, String> environment() {
    Map<String, String> env = new HashMap<>(sparkEnvironment());
    env.put("SPARK_MASTER", masterUrl);
    return env;
  }

  /**
   * A Spark installation's environment. SPARK_SCALA_VERSION because, with no build folders under
   * SPARK_HOME, Spark's launcher (which the workers use to build executor commands) cannot guess it.
   */
  private Map<String, String> sparkEnvironment() {
    return Map.of("SPARK_HOME", home.toString(), "SPARK_DIST_CLASSPATH", classpath,
        "SPARK_SCALA_VERSION", "2.12", "SPARK_LOCAL_IP", "127.0.0.1",
        "SPARK_LOCAL_DIRS", home.resolve("local").toString());
  }

  /** The executor folders the workers created (one per application and executor). */
  List<Path> executorDirs() throws IOException {
    List<Path> dirs = new ArrayList<>();
    try (var s = Files.walk(home, 3)) {
      s.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().startsWith("app-"))
          .forEach(dirs::add);
    }
    return dirs;
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: nothing left to undo
    }
  }

  private synchronized void stopAll() {
    // Children first (executors, started by the workers), then the daemons, newest first.
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.descendants().forEach(StandaloneCluster::stop);
      stop(p.toHandle());
    }
    processes.clear();
  }

  private static void stop(ProcessHandle p) {
    p.destroy();
    try {
      p.onExit().get(20, TimeUnit.SECONDS);
    } catch (Exception notYet) {
      p.destroyForcibly();
    }
  }

  private void daemon(Path log, String mainClass, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.addAll(ChildJvm.jvmFlags());
    cmd.addAll(List.of("-cp", home.resolve("jars") + "/*:" + classpath, mainClass));
    cmd.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(sparkEnvironment());
    synchronized (this) {
      processes.add(pb.start());
    }
  }

  private void awaitLine(Path log, String marker) throws InterruptedException {
    Process p = processes.get(processes.size() - 1);
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      String text = Files.exists(log) ? read(log) : "";
      if (text.contains(marker)) {
        return;
      }
      if (!p.isAlive()) {
        throw new IllegalStateException("cluster process died (" + log + "):\n" + tail(text));
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("no '" + marker + "' in " + log + " after " + START_TIMEOUT);
  }

  static String tail(String text) {
    String[] lines = text.split("\n");
    return String.join("\n", Arrays.asList(lines).subList(Math.max(0, lines.length - 40), lines.length));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " (build it with: mvn -Pintegration verify)", e);
    }
  }

  private static String distributionClasspath(String runtime) {
    return Arrays.stream(runtime.split(":"))
        .filter(jar -> APPLICATION_LIBRARIES.stream().noneMatch(jar::contains))
        .collect(Collectors.joining(":"));
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
