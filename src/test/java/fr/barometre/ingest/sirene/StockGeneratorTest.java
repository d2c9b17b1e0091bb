package fr.barometre.ingest.sirene;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.lake.Lake;
import fr.barometre.testing.SparkTestSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The synthetic stock is a well-formed 54-column StockEtablissement that lands whole. */
class StockGeneratorTest {
  @Test
  void luhnKeysMatchKnownIdentifiers() {
    // La Poste's head office 35600000000048 and SIREN 356000000 pass Luhn (sirene-facts.md).
    assertThat(StockGenerator.withLuhnKey("35600000")).isEqualTo("356000000");
    assertThat(StockGenerator.withLuhnKey("3560000000004")).isEqualTo("35600000000048");
  }

  @Test
  void generatedStockLandsEveryRowWithMaskedFieldsNull() throws Exception {
    Path dir = SparkTestSession.tempDir("generator");
    Path csv = dir.resolve("StockEtablissement_utf8.csv");
    StockGenerator.write(csv, 2_000, 7);
    List<String> lines = StockFiles.lines(csv);
    assertThat(lines).hasSize(2_001);
    assertThat(lines.get(0).split(",")).hasSize(54);

    Lake lake = new Lake(SparkTestSession.get(), dir.resolve("lake").toString());
    LocalDate date = SireneSnapshots.land(lake, csv.toString(), Optional.empty(), "gen");
    Dataset<Row> landed = SireneSnapshots.read(lake, date);
    assertThat(landed.count()).isEqualTo(2_000);
    assertThat(landed.select("siret").distinct().count()).isEqualTo(2_000);
    assertThat(landed.where(col("siret").rlike("^[0-9]{14}$")).count()).isEqualTo(2_000);
    Dataset<Row> masked = landed.where(col("statut_diffusion").equalTo("P"));
    assertThat(masked.count()).isPositive();
    assertThat(masked.where(col("lambert_x").isNotNull().or(col("code_postal").isNotNull())).count()).isZero();
    assertThat(masked.where(col("code_commune").isNull()).count()).isZero();
    // A street name holding a comma is quoted: the columns after it stay in place.
    assertThat(landed.where(col("etat").isin("A", "F")).count()).isEqualTo(2_000);
  }
}
