package fr.barometre.ingest.sirene;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.lake.Lake;
import fr.barometre.testing.SparkTestSession;
import io.delta.tables.DeltaTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

/** The worked example's succession links: 3 links, typed, landed once. */
class SuccessionsTest {
  @Test
  void linksLandTypedAndDatedByTheirLatestProcessing() {
    SparkSession spark = SparkTestSession.get();
    Path dir = SparkTestSession.tempDir("successions");
    Lake lake = new Lake(spark, dir.resolve("lake").toString());
    String csv = StockFiles.workedSuccessions().toString();

    // successions.csv: latest dateDernierTraitementLienSuccession is 2024-10-01T08:00:00.
    LocalDate date = Successions.land(lake, csv, Optional.empty(), "run-1");
    assertThat(date).isEqualTo(LocalDate.of(2024, 10, 1));

    Dataset<Row> links = Successions.read(lake, date);
    assertThat(links.columns())
        .containsExactly(
            "snapshot_date",
            "predecessor_siret",
            "successor_siret",
            "date_lien",
            "transfert_siege",
            "continuite_economique",
            "date_dernier_traitement");
    assertThat(links.schema().apply("date_lien").dataType()).isEqualTo(DataTypes.DateType);
    assertThat(links.schema().apply("continuite_economique").dataType())
        .isEqualTo(DataTypes.BooleanType);
    assertThat(links.schema().apply("date_dernier_traitement").dataType())
        .isEqualTo(DataTypes.TimestampType);
    assertThat(links.count()).isEqualTo(3);

    // Third line: 28915353827816,92502928217417,2024-07-01,false,false,2024-07-01T08:00:00
    Row link = links.where(col("predecessor_siret").equalTo("28915353827816")).first();
    assertThat(link.<String>getAs("successor_siret")).isEqualTo("92502928217417");
    assertThat(link.getAs("date_lien").toString()).isEqualTo("2024-07-01");
    assertThat(link.<Boolean>getAs("transfert_siege")).isFalse();
    assertThat(link.<Boolean>getAs("continuite_economique")).isFalse();
    assertThat(links.where(col("continuite_economique")).count()).isEqualTo(2);

    long commits = DeltaTable.forPath(spark, lake.path("sirene_successions")).history().count();
    assertThat(Successions.land(lake, csv, Optional.empty(), "run-2")).isEqualTo(date);
    assertThat(DeltaTable.forPath(spark, lake.path("sirene_successions")).history().count())
        .isEqualTo(commits);
  }

  @Test
  void aStockIsNoSuccessionFile() {
    Path dir = SparkTestSession.tempDir("successions");
    Lake lake = new Lake(SparkTestSession.get(), dir.resolve("lake").toString());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                Successions.land(
                    lake, StockFiles.workedStock2024().toString(), Optional.empty(), "r"))
        .isInstanceOf(fr.barometre.errors.UnreadableInputException.class)
        .hasMessageContaining("missing columns: siretEtablissementPredecesseur");
  }
  @Test
  void twoRunsLandingTheSameFileAtOnceBothGetItLandedOnce() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path dir = SparkTestSession.tempDir("successions-race");
    Lake lake = new Lake(spark, dir.resolve("lake").toString());
    LocalDate date = Successions.land(lake, StockFiles.workedSuccessions().toString(), Optional.empty(), "run-1");
    // The same links under another path: the catalog does not know that file, so both runs land it
    // (as after the file moved), and their overwrites of the one slice collide in Delta.
    Path moved = Files.copy(StockFiles.workedSuccessions(), dir.resolve("successions-moved.csv"));
    CyclicBarrier start = new CyclicBarrier(2);
    Callable<LocalDate> landing = () -> {
      start.await();
      return Successions.land(lake, moved.toString(), Optional.empty(), "run-" + Thread.currentThread().getId());
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<LocalDate>> both = pool.invokeAll(List.of(landing, landing));
      for (Future<LocalDate> f : both) {
        assertThat(f.get()).isEqualTo(date);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(Successions.read(lake, date).count()).as("the slice holds the links once").isEqualTo(3);
  }
}
