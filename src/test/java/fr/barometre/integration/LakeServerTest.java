package fr.barometre.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.barometre.export.CsvFile;
import fr.barometre.testing.ReadOnlyStatements;
import fr.barometre.testing.SparkTestSession;
import fr.barometre.testing.WorkedExports;
import fr.barometre.testing.WorkedLake;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code barometre serve} as analysts meet it: the launcher's main class in its own JVM (the build's
 * runtime classpath, as {@code bin/barometre}) serving the worked example's lake on a free port of
 * 127.0.0.1, queried with the Hive JDBC driver. The {@code latest_*} views equal the expected
 * exports of 2024-S2; every write statement is refused over the wire and the lake's Delta logs are
 * unchanged; two connections run queries at the same time, each with its own temporary views; a
 * second server on the same port exits with status 2 and one line; a SIGTERM (to shutdown hooks,
 * the same as Ctrl-C's SIGINT) stops the server and frees the port.
 */
@Tag("integration")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LakeServerTest {
  private static final String PINNED_LEVELS = "territory_level IN ('country', 'region', 'department')";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static Path lake;
  private static Path work;
  private static Path log;
  private static Process server;
  private static int port;
  private static String url;

  @BeforeAll
  static void startServer() throws IOException, InterruptedException {
    lake = WorkedLake.get();
    work = SparkTestSession.tempDir("serve");
    log = work.resolve("server.log");
    port = StandaloneCluster.freePort();
    url = "jdbc:hive2://127.0.0.1:" + port + "/";
    server = serve(log);
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!Files.readString(log).contains("read-only at " + url)) {
      if (!server.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("serve did not start (" + log + "):\n" + StandaloneCluster.tail(Files.readString(log)));
      }
      Thread.sleep(250);
    }
  }

  /** {@code barometre serve} on the worked lake and {@link #port}, as bin/barometre runs it. */
  private static Process serve(Path output) throws IOException {
    Path target = Paths.get("target").toAbsolutePath();
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.addAll(Arrays.asList(StandaloneCluster.read(target.resolve("jvm-options.txt")).trim().split("\\s+")));
    cmd.addAll(List.of(
        "-Djava.io.tmpdir=" + target.resolve("tmp"),
        "-Dspark.sql.warehouse.dir=" + target.resolve("spark-warehouse"),
        "-Dlog4j2.configurationFile=" + Paths.get("src/test/resources/log4j2-test.properties").toAbsolutePath(),
        "-cp", target.resolve("classes") + ":" + StandaloneCluster.read(target.resolve("runtime-classpath.txt")).trim(),
        "fr.barometre.cli.Barometre", "serve", "--lake", lake.toString(), "--port", String.valueOf(port),
        "--conf", Paths.get("conf/test.conf").toAbsolutePath().toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

  @AfterAll
  static void stopServer() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "analyst", "");
  }

  /** The rows of a query as CSV lines, header first, formatted as the exports format them. */
  private static List<String> csv(Statement st, String sql) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      List<String> header = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        header.add(rs.getMetaData().getColumnLabel(i));
      }
      lines.add(String.join(",", header));
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(CsvFile.field(rs.getObject(i)));
        }
        lines.add(String.join(",", row));
      }
    }
    return lines;
  }

  @Test
  @Order(1)
  void latestViewsEqualTheExportsOfTheLatestVintage() throws SQLException {
    try (Connection c = connect(); Statement st = c.createStatement()) {
      for (String table : WorkedExports.TABLES) {
        String columns = WorkedLake.expected("2024-S2", table).get(0);
        // The export of net_openings keeps to the levels of interfaces.md; the table also has EPCI.
        String where = table.equals("net_openings") ? " WHERE " + PINNED_LEVELS : "";
        WorkedExports.assertMatches("2024-S2", table, csv(st, "SELECT " + columns + " FROM latest_" + table + where));
      }
      String columns = WorkedLake.expected("2024-S1", "net_openings").get(0);
      WorkedExports.assertMatches("2024-S1", "net_openings",
          csv(st, "SELECT " + columns + " FROM net_openings WHERE vintage = '2024-S1' AND " + PINNED_LEVELS));
      // ${lake} is the lake root in every session, as in `barometre sql`: time travel by path.
      assertThat(csv(st, "SELECT max(vintage) AS v FROM delta.`${lake}/events` VERSION AS OF 0"))
          .containsExactly("v", "2024-S1");
    }
  }

  @Test
  @Order(2)
  void theViewsAreListedForDatabaseTools() throws SQLException {
    try (Connection c = connect()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs = c.getMetaData().getTables(null, null, "%", null)) {
        while (rs.next()) {
          names.add(rs.getString("TABLE_NAME"));
        }
      }
      assertThat(names).contains("net_openings", "latest_net_openings", "events", "latest_events", "rejects");
      List<String> columns = new ArrayList<>();
      try (ResultSet rs = c.getMetaData().getColumns(null, null, "latest_net_openings", "%")) {
        while (rs.next()) {
          columns.add(rs.getString("COLUMN_NAME"));
        }
      }
      assertThat(columns).contains("vintage", "territory_code", "net");
    }
  }

  @Test
  @Order(3)
  void everyWriteIsRefusedAndTheLakeIsUnchanged() throws SQLException, IOException {
    List<String> logsBefore = deltaLogs();
    String events = lake.resolve("events").toString();
    Path scratch = SparkTestSession.tempDir("serve-scratch");
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute("CREATE TEMPORARY VIEW t AS SELECT * FROM events");
      for (String sql : ReadOnlyStatements.refused(events, scratch.toString())) {
        assertThatThrownBy(() -> st.execute(sql)).as(sql)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("this SQL endpoint is read-only");
      }
      assertThatThrownBy(() -> st.execute("DELETE FROM delta.`${lake}/net_openings`"))
          .hasMessageContaining("DeleteCommand is refused");
      for (String sql : ReadOnlyStatements.allowed(events)) {
        st.execute(sql); // throws on refusal
      }
    }
    assertThat(deltaLogs()).as("every _delta_log file of the lake").isEqualTo(logsBefore);
    try (Stream<Path> left = Files.list(scratch)) {
      assertThat(left).as("nothing written to the scratch folder").isEmpty();
    }
  }

  @Test
  @Order(4)
  void twoSessionsQueryAtOnceEachWithItsOwnViews() throws Exception {
    try (Connection a = connect(); Connection b = connect();
         Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
      sa.execute("CREATE OR REPLACE TEMPORARY VIEW latest_net_openings AS SELECT DISTINCT 'shadowed' AS vintage FROM net_openings");
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Callable<List<String>> shadowed = () -> csv(sa, "SELECT vintage FROM latest_net_openings");
        Callable<List<String>> real = () -> csv(sb,
            "SELECT count(*) AS n FROM latest_net_openings l JOIN latest_events e ON l.vintage = e.vintage WHERE l."
                + PINNED_LEVELS);
        Future<List<String>> fa = pool.submit(shadowed);
        Future<List<String>> fb = pool.submit(real);
        assertThat(fa.get(120, TimeUnit.SECONDS)).containsExactly("vintage", "shadowed");
        long rows = (WorkedLake.expected("2024-S2", "net_openings").size() - 1L)
            * (WorkedLake.expected("2024-S2", "events").size() - 1L);
        assertThat(fb.get(120, TimeUnit.SECONDS)).containsExactly("n", String.valueOf(rows));
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  @Order(5)
  void aSecondServerOnTheSamePortExitsWith2AndSaysWhy() throws Exception {
    Path second = work.resolve("second.log");
    Process p = serve(second);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("second server exited").isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(Files.readString(second).lines())
        .contains("barometre: serve: cannot listen on 127.0.0.1:" + port + ": Address already in use"
            + " (another server on that port? choose another with --port)");
  }

  @Test
  @Order(6)
  void sigtermStopsTheServerCleanly() throws Exception {
    server.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C (SIGINT)
    assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("server exited").isTrue();
    String text = Files.readString(log);
    assertThat(text).contains("Stopping the SQL endpoint " + url).contains("SQL endpoint stopped");
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
  }

  private static List<String> deltaLogs() throws IOException {
    try (Stream<Path> files = Files.walk(lake)) {
      return files.filter(f -> f.toString().contains("_delta_log") && Files.isRegularFile(f))
          .map(f -> lake.relativize(f) + ":" + f.toFile().length()).sorted().toList();
    }
  }
}
