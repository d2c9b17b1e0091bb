package fr.barometre.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.lake.Lake;
import fr.barometre.lake.Publication;
import fr.barometre.lake.RunId;
import fr.barometre.lake.Table;
import fr.barometre.testing.Launch;
import fr.barometre.testing.SparkTestSession;
import fr.barometre.testing.WorkedLake;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code history} and {@code maintain} (publication.md §4) on a copy of the worked lake: the runs
 * with their status and inputs, and a maintenance that removes an abandoned run's rows, compacts
 * and vacuums without changing what readers see or breaking time travel to a replaced run.
 */
class HistoryMaintainTest {
  private static SparkSession spark;
  private static Path lake;

  @BeforeAll
  static void copyOfTheWorkedLake() {
    spark = SparkTestSession.get();
    lake = WorkedLake.copy("maintain");
  }

  private static String stdout(String... argv) {
    PrintStream out = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertThat(Launch.launch(argv)).startsWith("0|");
      return buf.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(out);
    }
  }

  @Test
  void historyListsEveryRunWithItsStatusAndTheOneReadersSee() {
    List<String> lines = stdout("history", "--lake", lake.toString(), "--format", "csv").lines().toList();
    assertThat(lines.get(0)).startsWith("run_id,vintage,status,current,started_at,finished_at,rows_read");
    List<String> runs = lines.subList(1, lines.size());
    assertThat(runs).allSatisfy(l -> assertThat(l.split(",")[2]).isEqualTo("published"));
    Publication publication = new Publication(new Lake(spark, lake.toString()));
    for (String vintage : List.of("2024-S1", "2024-S2")) {
      String current = publication.publishedRun(vintage).orElseThrow();
      assertThat(runs).filteredOn(l -> l.split(",")[1].equals(vintage) && l.split(",")[3].equals("true"))
          .as("the current run of %s", vintage)
          .singleElement()
          .satisfies(l -> assertThat(l).startsWith(current + ","));
    }
  }

  @Test
  void historyPrintsEveryRunAsATableByDefault() {
    List<String> csv = stdout("history", "--lake", lake.toString(), "--format", "csv").lines().toList();
    List<String> table = stdout("history", "--lake", lake.toString()).lines().toList();
    assertThat(table.get(0)).startsWith("run_id").contains(" | vintage").contains(" | status");
    int runs = csv.size() - 1;
    assertThat(table).hasSize(runs + 3).last().isEqualTo("(" + runs + " rows)");
    for (String run : csv.subList(1, csv.size())) {
      assertThat(table).anySatisfy(l -> assertThat(l).startsWith(run.split(",")[0] + " "));
    }
  }

  @Test
  void aRunsInputsCarryTheirSizeAndFingerprint() throws Exception {
    String run = new Publication(new Lake(spark, lake.toString())).publishedRun("2024-S2").orElseThrow();
    List<String> inputs = stdout("history", "--lake", lake.toString(), "--run", run, "--format", "csv").lines().toList();
    assertThat(inputs.get(0)).isEqualTo("role,path,bytes,fingerprint");
    Path releve = WorkedLake.inputs().resolve("releves/releve_2024-S2_1.csv");
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(releve)));
    assertThat(inputs).anySatisfy(l -> assertThat(l)
        .startsWith("releve,").contains("releve_2024-S2_1.csv")
        .endsWith("," + Files.size(releve) + ",sha256:" + sha));
    assertThat(inputs).filteredOn(l -> l.startsWith("sirene")).hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("size+mtime:"));
  }

  @Test
  void maintainRemovesAnAbandonedRunAndKeepsWhatReadersSeeAndTimeTravel() {
    Lake l = new Lake(spark, lake.toString());
    Publication publication = new Publication(l);
    List<Row> before = publication.slice(Table.EVENTS, "2024-S2").collectAsList();
    assertThat(before).isNotEmpty();
    long versionBefore = version(l);
    // Rows of a run that died in 2020 without publishing, and of one that started a second ago.
    String dead = "20200101T000000.000000Z-deadbeef";
    String live = RunId.next();
    publication.write(Table.EVENTS, l.read("events").where("vintage = '2024-S2'").drop(Publication.RUN_ID).limit(3), dead, Map.of());
    publication.write(Table.EVENTS, l.read("events").where("vintage = '2024-S2'").drop(Publication.RUN_ID).limit(2), live, Map.of());

    String out = stdout("maintain", "--lake", lake.toString());
    assertThat(out).contains("events: compacted").contains("vacuumed with a retention of 720 h");

    List<String> runIds = l.read("events").where("vintage = '2024-S2'").select(Publication.RUN_ID).distinct()
        .collectAsList().stream().map(r -> r.getString(0)).toList();
    assertThat(runIds).contains(live).doesNotContain(dead);
    assertThat(publication.slice(Table.EVENTS, "2024-S2").collectAsList()).containsExactlyInAnyOrderElementsOf(before);
    // The dead run's rows were deleted by maintain, and its files are kept for the retention.
    assertThat(spark.read().format("delta").option("versionAsOf", versionBefore + 1).load(l.path("events"))
        .where(Publication.RUN_ID + " = '" + dead + "'").count())
        .as("time travel to the version holding the dead run's rows, after VACUUM").isEqualTo(3);
    assertThat(spark.sql("SHOW TBLPROPERTIES delta.`" + l.path("events") + "`").collectAsList())
        .anySatisfy(r -> assertThat(r.getString(0) + "=" + r.getString(1))
            .isEqualTo("delta.deletedFileRetentionDuration=interval 720 hours"));
  }

  @Test
  void aRetentionUnderAnHourIsAConfigurationError() {
    System.setProperty("barometre.publication.retention", "10m");
    try {
      String rc = Launch.launch("maintain", "--lake", lake.toString());
      assertThat(rc).startsWith("2|").contains("barometre.publication.retention");
    } finally {
      System.clearProperty("barometre.publication.retention");
    }
  }

  private static long version(Lake l) {
    return spark.sql("DESCRIBE HISTORY delta.`" + l.path("events") + "` LIMIT 1").first().<Long>getAs("version");
  }
}
