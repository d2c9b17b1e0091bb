package fr.barometre.ingest.releve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.barometre.errors.UnreadableInputException;
import fr.barometre.testing.DefaultLimits;
import fr.barometre.testing.SparkTestSession;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Files written by the test: a real XLSX, a messy CSV, and inputs that cannot be read at all. */
class ReleveIngestFilesTest {
  private static final SparkSession SPARK = SparkTestSession.get();
  private static Path folder;
  private static ReleveBatch batch;
  private static Map<String, org.apache.spark.sql.Row> raw;
  private static Map<String, org.apache.spark.sql.Row> accepted;
  private static Map<String, String> rejects;

  @BeforeAll
  static void writeAndRead() throws Exception {
    folder = SparkTestSession.tempDir("releve-files");
    writeXlsx(folder.resolve("dreal_2024-S1.xlsx"));
    writeMessyCsv(folder.resolve("ddets_2024-S2.csv"));
    Files.writeString(folder.resolve("notes.txt"), "not a survey return");
    Files.writeString(folder.resolve("~$dreal_2024-S1.xlsx"), "Excel lock file");
    batch = ReleveIngest.read(SPARK, List.of(folder.toUri().toString()), DefaultLimits.get());
    raw = byLine(batch.raw().collectAsList());
    accepted = byLine(batch.accepted().collectAsList());
    rejects =
        batch.rejects().collectAsList().stream()
            .collect(
                Collectors.toMap(r -> r.getString(0) + ":" + r.getInt(1), r -> r.getString(2)));
  }

  private static Map<String, org.apache.spark.sql.Row> byLine(List<org.apache.spark.sql.Row> rows) {
    return rows.stream()
        .collect(Collectors.toMap(r -> r.getAs("file") + ":" + r.getAs("line"), r -> r));
  }

  /** Rows 1-2 blank, header on row 3, a blank row 5, an extra column, no relève column. */
  private static void writeXlsx(Path file) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Relevé");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      sheet.createRow(1).createCell(0).setCellValue(""); // an empty string is a blank cell
      Row header = sheet.createRow(2);
      String[] names = {
        "SIRET",
        "Raison sociale",
        "Type d’événement",
        "Date d'effet",
        "Code commune",
        "Effectif après",
        "Investissement MEUR",
        "Observations"
      };
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      Row r4 = sheet.createRow(3);
      r4.createCell(0).setCellValue(8907402585770d); // 08907402585770 typed as a number
      r4.createCell(1).setCellValue("Verrerie Industries");
      r4.createCell(2).setCellValue("Fermeture");
      Cell d = r4.createCell(3);
      d.setCellValue(LocalDate.of(2024, 3, 6));
      d.setCellStyle(date);
      r4.createCell(4).setCellValue(1053d);
      r4.createCell(5).setCellValue(0d);
      r4.createCell(6).setCellValue(6.5d);
      r4.createCell(7).setCellValue("vu en préfecture");
      sheet.createRow(4).createCell(2); // formatted but empty
      Row r6 = sheet.createRow(5);
      r6.createCell(1).setCellValue("Sans SIRET");
      r6.createCell(2).setCellValue("OUVERTURE");
      r6.createCell(3).setCellValue("15/09/2024");
      r6.createCell(4).setCellValue("2A004");
      r6.createCell(9).setCellValue("hors tableau"); // beyond the header: malformed
      wb.write(out);
    }
  }

  /** Windows-1252, ';', a quoted line break, a blank row, too many fields, an unclosed quote. */
  private static void writeMessyCsv(Path file) throws Exception {
    String text =
        "Relève;SIRET;Raison sociale;Type d'événement;Date d'effet;Commentaire\r\n"
            + "2024-S2;64616220652388;\"Forges; Fils\";Réduction;01/10/2024;\"sur\r\n"
            + "deux lignes\"\r\n"
            + ";;;;;\r\n"
            + "2024-S2;64616220652388;Trop;OUVERTURE;2024-10-01;a;b\r\n"
            + "2024-S2;64616220652388;\"Ouverte;OUVERTURE;2024-10-01;\r\n"
            + ";53762908193072;Depuis le nom;EXTENSION;2024-10-02;\r\n";
    Files.write(file, text.getBytes(CsvReleveReader.CP1252));
  }

  @Test
  void readsOnlySurveyReturnFilesInNameOrder() {
    assertThat(batch.files()).containsExactly("ddets_2024-S2.csv", "dreal_2024-S1.xlsx");
    assertThat(batch.counts().files())
        .containsExactly(
            new ReleveCounts.FileCount("ddets_2024-S2.csv", 4, 2, 2),
            new ReleveCounts.FileCount("dreal_2024-S1.xlsx", 2, 1, 1));
  }

  @Test
  void readsARealSpreadsheetWithItsSheetRowNumbers() {
    assertThat(raw.keySet()).contains("dreal_2024-S1.xlsx:4", "dreal_2024-S1.xlsx:6");
    org.apache.spark.sql.Row r = accepted.get("dreal_2024-S1.xlsx:4");
    assertThat(r.<String>getAs("releve")).isEqualTo("2024-S1");
    assertThat(r.<String>getAs("siret")).isEqualTo("08907402585770");
    assertThat(r.<String>getAs("event_type")).isEqualTo("FERMETURE");
    assertThat(r.<java.sql.Date>getAs("effect_date").toLocalDate())
        .isEqualTo(LocalDate.of(2024, 3, 6));
    assertThat(r.<String>getAs("code_commune")).isEqualTo("01053");
    assertThat(r.<Integer>getAs("effectif_apres")).isZero();
    assertThat(r.<Double>getAs("investissement_meur")).isEqualTo(6.5);
    org.apache.spark.sql.Row rawRow = raw.get("dreal_2024-S1.xlsx:4");
    assertThat(rawRow.<String>getAs("siret")).isEqualTo("8907402585770");
    assertThat(rawRow.<String>getAs("date_effet")).isEqualTo("2024-03-06");
    assertThat(rawRow.getJavaMap(rawRow.fieldIndex("extra")))
        .isEqualTo(Map.of("Observations", "vu en préfecture"));
    assertThat(rejects).containsEntry("dreal_2024-S1.xlsx:6", "malformed_row");
  }

  @Test
  void readsAMessyWindowsCsv() {
    org.apache.spark.sql.Row first = accepted.get("ddets_2024-S2.csv:2");
    assertThat(first.<String>getAs("raison_sociale")).isEqualTo("Forges; Fils");
    assertThat(first.<String>getAs("event_type")).isEqualTo("REDUCTION");
    assertThat(first.<String>getAs("commentaire")).isEqualTo("sur\r\ndeux lignes");
    assertThat(raw).doesNotContainKey("ddets_2024-S2.csv:4"); // the blank row
    assertThat(rejects).containsEntry("ddets_2024-S2.csv:5", "malformed_row");
    assertThat(rejects).containsEntry("ddets_2024-S2.csv:6", "malformed_row");
    assertThat(accepted.get("ddets_2024-S2.csv:7").<String>getAs("releve")).isEqualTo("2024-S2");
  }

  @Test
  void aMissingPathIsUnreadable() {
    String missing = folder.resolve("absent_2024-S1.csv").toString();
    assertThatThrownBy(() -> ReleveIngest.read(SPARK, List.of(missing), DefaultLimits.get()))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("absent_2024-S1.csv");
  }

  @Test
  void anEmptyFileIsUnreadable() throws Exception {
    Path empty =
        Files.createFile(SparkTestSession.tempDir("releve-empty").resolve("vide_2024-S1.csv"));
    assertThatThrownBy(() -> ReleveIngest.read(SPARK, List.of(empty.toString()), DefaultLimits.get()))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("vide_2024-S1.csv");
  }

  @Test
  void aCsvWithoutHeaderIsUnreadable() throws Exception {
    Path file = SparkTestSession.tempDir("releve-nohdr").resolve("sans_2024-S1.csv");
    Files.writeString(
        file, "2024-S1;64616220652388;Forges;OUVERTURE;2024-03-01\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ReleveIngest.read(SPARK, List.of(file.toString()), DefaultLimits.get()))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("sans_2024-S1.csv")
        .hasMessageContaining("header");
  }

  @Test
  void anXlsxThatIsNoSpreadsheetIsUnreadable() throws Exception {
    Path file = SparkTestSession.tempDir("releve-fake").resolve("faux_2024-S1.xlsx");
    Files.writeString(file, "releve;siret\n2024-S1;64616220652388\n");
    assertThatThrownBy(() -> ReleveIngest.read(SPARK, List.of(file.toString()), DefaultLimits.get()))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("faux_2024-S1.xlsx")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aFolderWithoutSurveyReturnIsUnreadable() throws Exception {
    Path dir = SparkTestSession.tempDir("releve-nofile");
    Files.writeString(dir.resolve("lisez-moi.txt"), "rien");
    assertThatThrownBy(() -> ReleveIngest.read(SPARK, List.of(dir.toString()), DefaultLimits.get()))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining(dir.getFileName().toString());
  }
}
