package fr.barometre.integration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.cli.Barometre;
import fr.barometre.testing.SparkTestSession;
import fr.barometre.testing.WorkedExports;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Distributed storage end to end: an in-process HDFS holds the inputs (relèves, both SIRENE stocks,
 * successions), the lake ({@code --lake hdfs://...}) and the exports, so every read and write of
 * vintage 2024-S2 goes through Hadoop's FileSystem API; the four exports equal the expected files.
 */
@Tag("integration")
class HdfsLakeTest {
  private static final String VINTAGE = "2024-S2";
  private static MiniDFSCluster hdfs;
  private static FileSystem fs;
  private static Path root;

  @BeforeAll
  static void startHdfs() throws IOException {
    SparkTestSession.get(); // the launcher reuses the shared session
    Configuration conf = new Configuration();
    conf.setInt("dfs.replication", 1);
    hdfs =
        new MiniDFSCluster.Builder(conf, SparkTestSession.tempDir("hdfs").toFile())
            .numDataNodes(1)
            .build();
    hdfs.waitActive();
    fs = hdfs.getFileSystem();
    root = fs.makeQualified(new Path("/barometre"));
    // One data node: blocks the client writes must not ask for three replicas.
    SparkTestSession.get().sparkContext().hadoopConfiguration().setInt("dfs.replication", 1);
  }

  @AfterAll
  static void stopHdfs() {
    if (hdfs != null) {
      hdfs.shutdown(true);
    }
  }

  @Test
  void theWorkedExampleRunsFromHdfsIntoAnHdfsLake() throws IOException {
    Path in = new Path(root, "inputs");
    fs.copyFromLocalFile(new Path(SparkTestSession.worked().resolve("inputs").toUri()), in);
    Path lake = new Path(root, "lake");

    int rc =
        Barometre.execute(
            "run", "--vintage", VINTAGE, "--lake", lake.toString(),
            "--sirene", new Path(in, "sirene_2025-01-01.csv").toString(), "--sirene-date", "2025-01-01",
            "--sirene-previous", new Path(in, "sirene_2024-01-01.csv").toString(),
            "--sirene-previous-date", "2024-01-01",
            "--successions", new Path(in, "successions.csv").toString(),
            "--releves", new Path(in, "releves").toString());
    assertThat(rc).as("run exit status").isZero();
    assertThat(fs.exists(new Path(lake, "events/_delta_log"))).as("events table on HDFS").isTrue();

    for (String table : WorkedExports.TABLES) {
      Path out = new Path(root, "exports/" + table + ".csv");
      rc = Barometre.execute(
          "export", "--lake", lake.toString(), "--table", table, "--vintage", VINTAGE, "--out", out.toString());
      assertThat(rc).as("export %s exit status", table).isZero();
      WorkedExports.assertMatches(VINTAGE, table, lines(out));
    }
  }

  private static List<String> lines(Path file) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
      return r.lines().collect(Collectors.toList());
    }
  }
}
