package fr.barometre.ingest.sirene;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.lake.Lake;
import fr.barometre.testing.DataFrameAssert;
import fr.barometre.testing.SparkTestSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Landing the worked example's stock: every row, typed, found by header name. */
class SireneSnapshotsTest {
  private static final LocalDate DATE = LocalDate.of(2024, 1, 1);
  private static SparkSession spark;
  private static Lake lake;
  private static List<String> lines;
  private static List<String> header;

  @BeforeAll
  static void landWorkedStock() {
    spark = SparkTestSession.get();
    lake = new Lake(spark, SparkTestSession.tempDir("sirene-lake").toString());
    lines = StockFiles.lines(StockFiles.workedStock2024());
    header = Arrays.asList(lines.get(0).split(",", -1));
    SireneSnapshots.land(lake, StockFiles.workedStock2024().toString(), Optional.of(DATE), "run-1");
  }

  /** A column of the worked file, read naively (the file has no quoted field). */
  private static List<String> column(String name) {
    int index = header.indexOf(name);
    return lines.stream().skip(1).map(l -> l.split(",", -1)[index]).toList();
  }

  @Test
  void everyRowOfTheFileLands() {
    Dataset<Row> landed = SireneSnapshots.read(lake, DATE);
    assertThat(landed.count()).isEqualTo(lines.size() - 1);
    assertThat(landed.select("siret").distinct().count()).isEqualTo(lines.size() - 1);
    // Codes stay strings: every SIREN of the file, leading zeros included, comes back as written.
    List<String> sirens =
        landed.select("siren").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(sirens).containsExactlyInAnyOrderElementsOf(column("siren"));
    assertThat(column("siren")).anyMatch(s -> s.startsWith("0"));
  }

  @Test
  void columnsAreTypedAsTheLakeContractSays() {
    Dataset<Row> landed = SireneSnapshots.read(lake, DATE);
    assertThat(landed.columns())
        .containsExactlyElementsOf(SireneLayout.ESTABLISHMENTS.tableColumns());
    var schema = landed.schema();
    assertThat(schema.apply("snapshot_date").dataType()).isEqualTo(DataTypes.DateType);
    assertThat(schema.apply("date_creation").dataType()).isEqualTo(DataTypes.DateType);
    assertThat(schema.apply("date_debut").dataType()).isEqualTo(DataTypes.DateType);
    assertThat(schema.apply("date_dernier_traitement").dataType())
        .isEqualTo(DataTypes.TimestampType);
    assertThat(schema.apply("annee_effectifs").dataType()).isEqualTo(DataTypes.IntegerType);
    assertThat(schema.apply("siege").dataType()).isEqualTo(DataTypes.BooleanType);
    assertThat(schema.apply("lambert_x").dataType()).isEqualTo(DataTypes.DoubleType);
    assertThat(schema.apply("siren").dataType()).isEqualTo(DataTypes.StringType);
    assertThat(schema.apply("tranche_effectifs").dataType()).isEqualTo(DataTypes.StringType);
  }

  @Test
  void valuesOfOneEstablishmentWithALeadingZeroSiren() {
    // Line 7 of the worked file: 075924001,65667,07592400165667,O,2014-05-23,00,2022,,
    // 2014-05-23T10:00:00,false,... 54353 ... 1066177,6149814 ... 2014-05-23,A,SITE
    // 2,...,47.11F,NAFRev2,N,47.11F
    Row r =
        SireneSnapshots.read(lake, DATE)
            .where(col("siret").equalTo("07592400165667"))
            .withColumn("ddt", date_format(col("date_dernier_traitement"), "yyyy-MM-dd'T'HH:mm:ss"))
            .first();
    assertThat(r.<String>getAs("siren")).isEqualTo("075924001");
    assertThat(r.<String>getAs("nic")).isEqualTo("65667");
    assertThat(r.getAs("snapshot_date").toString()).isEqualTo("2024-01-01");
    assertThat(r.getAs("date_creation").toString()).isEqualTo("2014-05-23");
    assertThat(r.getAs("date_debut").toString()).isEqualTo("2014-05-23");
    assertThat(r.<String>getAs("ddt")).isEqualTo("2014-05-23T10:00:00");
    assertThat(r.<String>getAs("tranche_effectifs")).isEqualTo("00");
    assertThat(r.<Integer>getAs("annee_effectifs")).isEqualTo(2022);
    assertThat(r.<Object>getAs("registre_metiers")).isNull();
    assertThat(r.<Boolean>getAs("siege")).isFalse();
    assertThat(r.<String>getAs("code_commune")).isEqualTo("54353");
    assertThat(r.<String>getAs("libelle_commune")).isEqualTo("MARS-LA-TOUR");
    assertThat(r.<Double>getAs("lambert_x")).isEqualTo(1066177.0);
    assertThat(r.<Double>getAs("lambert_y")).isEqualTo(6149814.0);
    assertThat(r.<String>getAs("etat")).isEqualTo("A");
    assertThat(r.<String>getAs("enseigne")).isEqualTo("SITE 2");
    assertThat(r.<String>getAs("naf")).isEqualTo("47.11F");
    assertThat(r.<String>getAs("nomenclature")).isEqualTo("NAFRev2");
    assertThat(r.<String>getAs("employeur")).isEqualTo("N");
    assertThat(r.<String>getAs("naf25")).isEqualTo("47.11F");
  }

  @Test
  void craftsRegisterActivityIsKeptWhenFilled() {
    long filled =
        column("activitePrincipaleRegistreMetiersEtablissement").stream()
            .filter(s -> !s.isEmpty())
            .count();
    assertThat(filled).isPositive();
    assertThat(SireneSnapshots.read(lake, DATE).where(col("registre_metiers").isNotNull()).count())
        .isEqualTo(filled);
  }

  @Test
  void withoutADateTheSnapshotIsDatedByTheLatestLastProcessing() {
    Lake other = new Lake(spark, SparkTestSession.tempDir("sirene-lake").toString());
    String latest =
        column("dateDernierTraitementEtablissement").stream().max(String::compareTo).orElseThrow();
    LocalDate date =
        SireneSnapshots.land(
            other, StockFiles.workedStock2024().toString(), Optional.empty(), "run-2");
    assertThat(date).isEqualTo(LocalDate.parse(latest.substring(0, 10)));
    assertThat(SireneSnapshots.read(other, date).count()).isEqualTo(lines.size() - 1);
  }

  @Test
  void maskedFieldsOfAPartiallyDiffusibleUnitAreNullButTheCommuneStays() {
    Path dir = SparkTestSession.tempDir("sirene-nd");
    String[] row = lines.get(6).split(",", -1);
    row[header.indexOf("statutDiffusionEtablissement")] = "P";
    for (String masked :
        List.of(
            "codePostalEtablissement",
            "libelleVoieEtablissement",
            "coordonneeLambertAbscisseEtablissement",
            "coordonneeLambertOrdonneeEtablissement",
            "enseigne1Etablissement",
            "denominationUsuelleEtablissement")) {
      row[header.indexOf(masked)] = "[ND]";
    }
    Path csv =
        StockFiles.write(
            dir.resolve("stock.csv"), List.of(lines.get(0), lines.get(1), String.join(",", row)));
    Lake small = new Lake(spark, dir.resolve("lake").toString());
    SireneSnapshots.land(small, csv.toString(), Optional.of(DATE), "run-nd");

    Row p = SireneSnapshots.read(small, DATE).where(col("statut_diffusion").equalTo("P")).first();
    assertThat(p.<String>getAs("siret")).isEqualTo("07592400165667");
    assertThat(p.<Object>getAs("code_postal")).isNull();
    assertThat(p.<Object>getAs("lambert_x")).isNull();
    assertThat(p.<Object>getAs("lambert_y")).isNull();
    assertThat(p.<Object>getAs("enseigne")).isNull();
    assertThat(p.<Object>getAs("denomination_usuelle")).isNull();
    assertThat(p.<String>getAs("code_commune")).isEqualTo("54353");
    assertThat(p.<String>getAs("libelle_commune")).isEqualTo("MARS-LA-TOUR");
  }

  @Test
  void theOlder53ColumnLayoutReadsTheSameRows() {
    Path dir = SparkTestSession.tempDir("sirene-53");
    List<String> without = lines.stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
    Path csv = StockFiles.write(dir.resolve("stock53.csv"), without);
    Lake old = new Lake(spark, dir.resolve("lake").toString());
    SireneSnapshots.land(old, csv.toString(), Optional.of(DATE), "run-53");

    Dataset<Row> landed53 = SireneSnapshots.read(old, DATE);
    assertThat(landed53.where(col("naf25").isNotNull()).count()).isZero();
    DataFrameAssert.assertSameSchemaAndRows(
        SireneSnapshots.read(lake, DATE).drop("naf25"), landed53.drop("naf25"));
  }
}
