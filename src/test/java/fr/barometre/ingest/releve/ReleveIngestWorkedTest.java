package fr.barometre.ingest.releve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.testing.DefaultLimits;
import fr.barometre.testing.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worked example's relève folder, read end to end. */
class ReleveIngestWorkedTest {
  private static final SparkSession SPARK = SparkTestSession.get();
  private static final Path RELEVES = SparkTestSession.worked().resolve("inputs/releves");
  private static ReleveBatch batch;

  /** Accepted rows by "file:line", collected once: every Spark job costs seconds here. */
  private static Map<String, Row> acceptedByLine;

  @BeforeAll
  static void read() {
    batch = ReleveIngest.read(SPARK, List.of(RELEVES.toString()), DefaultLimits.get());
    acceptedByLine =
        batch.accepted().collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("file") + ":" + r.getAs("line"), r -> r));
  }

  @Test
  void readsEveryFileOfTheFolderInNameOrder() {
    assertThat(batch.files())
        .containsExactly(
            "releve_2022-S2_1.csv",
            "releve_2023-S1_1.csv",
            "releve_2023-S1_2.csv",
            "releve_2023-S2_1.csv",
            "releve_2024-S1_1.csv",
            "releve_2024-S1_2.xlsx",
            "releve_2024-S2_1.csv");
  }

  @Test
  void countsRowsPerFile() {
    // Data lines of each file (header excluded); the XLSX has rows 3, 4, 6, 7, 8 (row 5 is blank).
    // The rejects are the 9 faulty lines 47-55 of releve_2024-S2_1.csv.
    Map<String, List<Long>> expected =
        Map.of(
            "releve_2022-S2_1.csv", List.of(7L, 7L, 0L),
            "releve_2023-S1_1.csv", List.of(3L, 3L, 0L),
            "releve_2023-S1_2.csv", List.of(4L, 4L, 0L),
            "releve_2023-S2_1.csv", List.of(8L, 8L, 0L),
            "releve_2024-S1_1.csv", List.of(4L, 4L, 0L),
            "releve_2024-S1_2.xlsx", List.of(5L, 5L, 0L),
            "releve_2024-S2_1.csv", List.of(55L, 46L, 9L));
    ReleveCounts counts = batch.counts();
    assertThat(counts.files()).hasSize(7);
    for (ReleveCounts.FileCount f : counts.files()) {
      assertThat(List.of(f.rowsRead(), f.rowsAccepted(), f.rowsRejected()))
          .as(f.file())
          .isEqualTo(expected.get(f.file()));
    }
    assertThat(counts.balanced()).isTrue();
    assertThat(counts.total()).isEqualTo(new ReleveCounts.FileCount("total", 86, 77, 9));
    assertThat(counts.summary())
        .contains("releve_2024-S2_1.csv: read 55 = accepted 46 + rejected 9");
  }

  @Test
  void countsStayBalancedWhenTheCallerAddsDuplicates() {
    Dataset<Row> withDuplicate =
        batch
            .rejects()
            .union(
                SPARK
                    .sql("select 'releve_2024-S2_1.csv' as file, 38 as line")
                    .withColumn("reason", lit("duplicate"))
                    .withColumn("detail", lit("a later row has the same identity")));
    ReleveCounts counts = ReleveCounts.of(batch.files(), batch.raw(), withDuplicate);
    assertThat(counts.files())
        .contains(new ReleveCounts.FileCount("releve_2024-S2_1.csv", 55, 45, 10));
    assertThat(counts.balanced()).isTrue();
  }

  @Test
  void rejectsExactlyTheExpectedRowsOtherThanDuplicates() throws Exception {
    List<String> expected =
        Files.readAllLines(SparkTestSession.worked().resolve("expected/2024-S1/rejects.csv"))
            .stream()
            .skip(1)
            .filter(l -> !l.endsWith(",duplicate"))
            .toList();
    List<String> actual =
        batch.rejects().orderBy("file", "line").collectAsList().stream()
            .map(r -> r.getString(0) + "," + r.getInt(1) + "," + r.getString(2))
            .toList();
    assertThat(actual).containsExactlyElementsOf(expected);
    assertThat(batch.rejects().filter(col("detail").isNull()).count()).isZero();
  }

  @Test
  void restoresSiretsLostOrSpacedInSpreadsheets() {
    Row lostZero = accepted("releve_2024-S1_1.csv", 3);
    assertThat(lostZero.<String>getAs("siret")).isEqualTo("08907402585770");
    Row spaced = accepted("releve_2024-S1_1.csv", 4);
    assertThat(spaced.<String>getAs("siret")).isEqualTo("16903914635260");
    Row laPoste = accepted("releve_2024-S2_1.csv", 56);
    assertThat(laPoste.<String>getAs("siret")).isEqualTo("35600000003850");
    assertThat(laPoste.<String>getAs("code_commune")).isEqualTo("97415");
  }

  @Test
  void readsExcelNumbersAndDates() {
    Row first = accepted("releve_2024-S1_2.xlsx", 3);
    assertThat(first.<String>getAs("siret")).isEqualTo("82847408083678");
    assertThat(first.<java.sql.Date>getAs("effect_date").toLocalDate())
        .isEqualTo(LocalDate.of(2024, 3, 6));
    assertThat(first.<Integer>getAs("effectif_apres")).isEqualTo(231);
    assertThat(first.<Double>getAs("investissement_meur")).isEqualTo(57.0);
    assertThat(first.<Boolean>getAs("france2030")).isTrue();
    Row textSiret = accepted("releve_2024-S1_2.xlsx", 7);
    assertThat(textSiret.<String>getAs("siret")).isEqualTo("95066290870382");
    Row cancelled = accepted("releve_2024-S1_2.xlsx", 8);
    assertThat(cancelled.<String>getAs("statut")).isEqualTo("ANNULE");
    assertThat(accepted("releve_2024-S1_2.xlsx", 6).<String>getAs("id_evenement"))
        .isEqualTo("ARA-30659");
  }

  @Test
  void readsWindows1252AndFrenchHeaders() {
    Row row = accepted("releve_2024-S1_1.csv", 2);
    assertThat(row.<String>getAs("raison_sociale")).isEqualTo("Fonderie du Rhône 612");
    assertThat(row.<String>getAs("releve")).isEqualTo("2024-S1");
    assertThat(row.<String>getAs("event_type")).isEqualTo("EXTENSION");
    assertThat(row.<String>getAs("statut")).isEqualTo("CONFIRME");
  }

  @Test
  void typesDecimalsTypesAndCodes() {
    assertThat(accepted("releve_2024-S2_1.csv", 22).<Double>getAs("investissement_meur"))
        .isEqualTo(6.5);
    assertThat(accepted("releve_2024-S2_1.csv", 31).<Double>getAs("variation_production_pct"))
        .isEqualTo(-45.5);
    assertThat(accepted("releve_2024-S2_1.csv", 29).<Double>getAs("variation_production_pct"))
        .isEqualTo(50.0);
    assertThat(accepted("releve_2024-S2_1.csv", 3).<String>getAs("event_type"))
        .isEqualTo("REDUCTION");
    Row noSiret = accepted("releve_2024-S2_1.csv", 13);
    assertThat(noSiret.<String>getAs("siret")).isNull();
    assertThat(noSiret.<String>getAs("code_commune")).isEqualTo("11360");
    assertThat(noSiret.<String>getAs("naf")).isEqualTo("27.20Z");
    assertThat(accepted("releve_2024-S2_1.csv", 16).<String>getAs("code_commune"))
        .isEqualTo("09122");
    assertThat(accepted("releve_2024-S2_1.csv", 8).<String>getAs("naf")).isEqualTo("25.62B");
  }

  @Test
  void keepsRawTextAsRead() {
    Row raw =
        batch
            .raw()
            .filter(col("file").equalTo("releve_2024-S1_1.csv").and(col("line").equalTo(4)))
            .first();
    assertThat(raw.<String>getAs("siret")).isEqualTo("169 039 146 35260");
    assertThat(raw.<String>getAs("date_effet")).isEqualTo("09/02/2024");
    assertThat(raw.<String>getAs("commentaire")).isNull();
    assertThat(raw.getJavaMap(raw.fieldIndex("extra"))).isEmpty();
    assertThat(batch.raw().schema()).isEqualTo(ReleveColumns.rawSchema());
  }

  private static Row accepted(String file, int line) {
    assertThat(acceptedByLine).as("accepted rows").containsKey(file + ":" + line);
    return acceptedByLine.get(file + ":" + line);
  }

  @Test
  void acceptedRowsHaveTheContractSchema() {
    assertThat(batch.accepted().schema().simpleString())
        .isEqualTo(
            "struct<file:string,line:int,releve:string,id_evenement:string,siret:string,"
                + "raison_sociale:string,event_type:string,effect_date:date,code_commune:string,"
                + "effectif_avant:int,effectif_apres:int,naf:string,statut:string,"
                + "variation_production_pct:double,investissement_meur:double,france2030:boolean,"
                + "commentaire:string,filiere:string>");
    assertThat(batch.rejects().schema().simpleString())
        .isEqualTo("struct<file:string,line:int,reason:string,detail:string>");
  }
}
