package fr.barometre.ingest.sirene;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.lake.Lake;
import fr.barometre.testing.DataFrameAssert;
import fr.barometre.testing.SparkTestSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same stock published as .csv, .zip, .csv.gz and Parquet lands the same rows. */
class SireneFormatsTest {
  private static SparkSession spark;
  private static Path dir;
  private static Lake lake;
  private static Dataset<Row> fromCsv;

  @BeforeAll
  static void landTheCsv() {
    spark = SparkTestSession.get();
    dir = SparkTestSession.tempDir("sirene-formats");
    lake = new Lake(spark, dir.resolve("lake").toString());
    LocalDate date = LocalDate.of(2024, 1, 1);
    SireneSnapshots.land(lake, StockFiles.workedStock2024().toString(), Optional.of(date), "csv");
    fromCsv = SireneSnapshots.read(lake, date).drop("snapshot_date");
  }

  private static void assertSameRowsAsCsv(String file, LocalDate date) {
    assertThat(SireneSnapshots.land(lake, file, Optional.of(date), "run")).isEqualTo(date);
    DataFrameAssert.assertSameSchemaAndRows(
        fromCsv, SireneSnapshots.read(lake, date).drop("snapshot_date"));
  }

  @Test
  void zipAsInseePublishesIt() {
    Path zip =
        StockFiles.zip(
            StockFiles.workedStock2024(),
            dir.resolve("StockEtablissement_utf8.zip"),
            "StockEtablissement_utf8.csv");
    assertSameRowsAsCsv(zip.toString(), LocalDate.of(2024, 1, 2));
    // The extracted CSV was only staged for the landing.
    assertThat(dir.resolve("lake/_staging/sirene_establishments")).isEmptyDirectory();
  }

  @Test
  void gzippedCsv() {
    Path gz = StockFiles.gzip(StockFiles.workedStock2024(), dir.resolve("stock.csv.gz"));
    assertSameRowsAsCsv(gz.toString(), LocalDate.of(2024, 1, 3));
  }

  @Test
  void parquetFolderOfStrings() {
    String parquet = dir.resolve("stock-parquet").toString();
    spark
        .read()
        .option("header", "true")
        .csv(StockFiles.workedStock2024().toString())
        .write()
        .parquet(parquet);
    assertSameRowsAsCsv(parquet, LocalDate.of(2024, 1, 4));
  }

  @Test
  void parquetFileWithNumericCodesGetsItsLeadingZerosBack() throws Exception {
    Path folder = dir.resolve("stock-numeric");
    spark
        .read()
        .option("header", "true")
        .csv(StockFiles.workedStock2024().toString())
        .withColumn("siren", col("siren").cast("long"))
        .withColumn("siret", col("siret").cast("long"))
        .withColumn(
            "coordonneeLambertAbscisseEtablissement",
            col("coordonneeLambertAbscisseEtablissement").cast("double"))
        .withColumn("dateCreationEtablissement", col("dateCreationEtablissement").cast("date"))
        .coalesce(1)
        .write()
        .parquet(folder.toString());
    Path file;
    try (var files = java.nio.file.Files.list(folder)) {
      file = files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    assertSameRowsAsCsv(file.toString(), LocalDate.of(2024, 1, 5));
  }
}
