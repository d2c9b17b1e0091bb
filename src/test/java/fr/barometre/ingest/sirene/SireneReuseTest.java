package fr.barometre.ingest.sirene;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.lake.Lake;
import fr.barometre.testing.SparkTestSession;
import io.delta.tables.DeltaTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A snapshot named again (same date, or same file) is reused: the file is not parsed again. */
class SireneReuseTest {
  private static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  private static long commits(Lake lake, String table) {
    return DeltaTable.forPath(spark, lake.path(table)).history().count();
  }

  @Test
  void sameExplicitDateReusesTheLandedSnapshotEvenWithoutTheFile() throws Exception {
    Path dir = SparkTestSession.tempDir("sirene-reuse");
    Path copy = Files.copy(StockFiles.workedStock2024(), dir.resolve("stock.csv"));
    Lake lake = new Lake(spark, dir.resolve("lake").toString());
    LocalDate date = LocalDate.of(2024, 1, 1);
    SireneSnapshots.land(lake, copy.toString(), Optional.of(date), "run-1");
    long commits = commits(lake, "sirene_establishments");
    long rows = SireneSnapshots.read(lake, date).count();

    Files.delete(copy); // reading the file now would fail with UnreadableInputException
    assertThat(SireneSnapshots.land(lake, copy.toString(), Optional.of(date), "run-2"))
        .isEqualTo(date);
    assertThat(commits(lake, "sirene_establishments")).isEqualTo(commits);
    assertThat(SireneSnapshots.read(lake, date).count()).isEqualTo(rows);

    Row entry = lake.read("sirene_snapshots").first();
    assertThat(entry.<String>getAs("run_id")).isEqualTo("run-1");
    assertThat(entry.<Long>getAs("rows")).isEqualTo(rows);
    assertThat(entry.<String>getAs("source_path")).endsWith("/stock.csv");
    assertThat(entry.<Long>getAs("source_size"))
        .isEqualTo(Files.size(StockFiles.workedStock2024()));
  }

  @Test
  void sameFileWithoutDateIsRecognisedByItsFingerprint() throws Exception {
    Path dir = SparkTestSession.tempDir("sirene-reuse");
    Path copy = Files.copy(StockFiles.workedStock2024(), dir.resolve("stock.csv"));
    Lake lake = new Lake(spark, dir.resolve("lake").toString());
    LocalDate first = SireneSnapshots.land(lake, copy.toString(), Optional.empty(), "run-1");
    long commits = commits(lake, "sirene_establishments");

    assertThat(SireneSnapshots.land(lake, copy.toString(), Optional.empty(), "run-2"))
        .isEqualTo(first);
    assertThat(commits(lake, "sirene_establishments")).isEqualTo(commits);

    // Touched (a new publication under the same name): no longer the same file, landed again.
    Files.setLastModifiedTime(
        copy,
        java.nio.file.attribute.FileTime.fromMillis(
            Files.getLastModifiedTime(copy).toMillis() + 60_000));
    assertThat(SireneSnapshots.land(lake, copy.toString(), Optional.empty(), "run-3"))
        .isEqualTo(first);
    assertThat(commits(lake, "sirene_establishments")).isEqualTo(commits + 1);
    assertThat(lake.read("sirene_snapshots").first().<String>getAs("run_id")).isEqualTo("run-3");
  }
}
