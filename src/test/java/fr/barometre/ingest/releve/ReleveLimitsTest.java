package fr.barometre.ingest.releve;

import static fr.barometre.testing.Launch.launch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.barometre.config.Limits;
import fr.barometre.errors.UnreadableInputException;
import fr.barometre.testing.DefaultLimits;
import fr.barometre.testing.SparkTestSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Inputs past the configured limits (shared/spec/publication.md, point 6) are unreadable inputs
 * (exit 3) whose one-line message names the file, the limit's value and its key: an XLSX zip bomb,
 * an XLSX part too large, too many rows in an XLSX and in a CSV, a file too large.
 */
class ReleveLimitsTest {
  private static final String HEADER = "releve,raison_sociale,type_evenement,date_effet,code_commune";
  private static final long MIB = 1024 * 1024;

  /** A real XLSX written by POI: the header, then {@code dataRows} rows. */
  private static byte[] xlsx(int dataRows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Relevé");
      String[] header = HEADER.split(",");
      for (int r = 0; r <= dataRows; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < header.length; c++) {
          row.createCell(c).setCellValue(r == 0 ? header[c] : "v" + r + "-" + c);
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  /**
   * The same XLSX whose sheet XML carries {@code padding} bytes of spaces before its data (valid
   * XML): a part that inflates to megabytes from a few kilobytes, as a zip bomb does.
   */
  private static byte[] withPaddedSheet(byte[] xlsx, long padding) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          int at = xml.indexOf("<sheetData");
          zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
          byte[] spaces = new byte[64 * 1024];
          Arrays.fill(spaces, (byte) ' ');
          for (long written = 0; written < padding; written += spaces.length) {
            zip.write(spaces);
          }
          zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        } else {
          zip.write(data);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static String csv(int dataRows) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (int r = 1; r <= dataRows; r++) {
      sb.append("2024-S2,Forges ").append(r).append(",OUVERTURE,2024-09-01,69383\n");
    }
    return sb.toString();
  }

  private static Limits limits(long fileBytes, int rows, long partBytes, int ratio) {
    return new Limits(fileBytes, rows, partBytes, ratio);
  }

  @Test
  void anXlsxZipBombIsPastTheInflateRatio() throws IOException {
    byte[] bomb = withPaddedSheet(xlsx(1), 8 * MIB);
    assertThat(bomb.length).as("compressed size").isLessThan(64 * 1024);
    assertThatThrownBy(() -> XlsxReleveReader.read("bombe_2024-S2.xlsx", bomb, DefaultLimits.get()))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(
            "survey return bombe_2024-S2.xlsx is past a configured limit: a part of the spreadsheet"
                + " inflates to more than 100 times its compressed size, as a zip bomb does"
                + " (barometre.limits.max-xlsx-inflate-ratio = 100)");
  }

  @Test
  void anXlsxPartLargerThanTheLimitIsRefused() throws IOException {
    byte[] large = withPaddedSheet(xlsx(1), 3 * MIB);
    Limits limits = limits(64 * MIB, 1000, MIB, 100_000);
    assertThatThrownBy(() -> XlsxReleveReader.read("grand_2024-S2.xlsx", large, limits))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(
            "survey return grand_2024-S2.xlsx is past a configured limit: a part of the spreadsheet"
                + " inflates to more than 1048576 bytes (barometre.limits.max-xlsx-part-bytes = 1048576)");
    // Below both limits, the same kind of file reads.
    Limits roomy = limits(64 * MIB, 1000, 4 * MIB, 100_000);
    assertThat(XlsxReleveReader.read("grand_2024-S2.xlsx", large, roomy).records()).hasSize(1);
  }

  @Test
  void anXlsxWithTooManyRowsIsRefused() throws IOException {
    Limits ten = limits(64 * MIB, 10, 100_000_000, 100);
    assertThat(XlsxReleveReader.read("dix_2024-S2.xlsx", xlsx(10), ten).records()).hasSize(10);
    byte[] eleven = xlsx(11);
    assertThatThrownBy(() -> XlsxReleveReader.read("onze_2024-S2.xlsx", eleven, ten))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(
            "survey return onze_2024-S2.xlsx is past a configured limit: more than 10 data rows"
                + " (barometre.limits.max-rows-per-releve = 10)");
  }

  @Test
  void aCsvWithTooManyRowsIsRefused() {
    Limits five = limits(64 * MIB, 5, 100_000_000, 100);
    byte[] six = csv(6).getBytes(StandardCharsets.UTF_8);
    assertThat(CsvReleveReader.read("cinq.csv", csv(5).getBytes(StandardCharsets.UTF_8), five).records())
        .hasSize(5);
    assertThatThrownBy(() -> CsvReleveReader.read("six_2024-S2.csv", six, five))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(
            "survey return six_2024-S2.csv is past a configured limit: more than 5 data rows"
                + " (barometre.limits.max-rows-per-releve = 5)");
  }

  /** {@code run} of one relève file under a configuration file; "status|stderr". */
  private static String run(String fileName, byte[] content, String conf) throws IOException {
    SparkTestSession.get(); // the launcher then reuses the shared session
    Path dir = SparkTestSession.tempDir("limits");
    Files.write(dir.resolve(fileName), content);
    Path confFile = Files.writeString(dir.resolve("limits.conf"), conf);
    return launch(
        "run", "--vintage", "2024-S2", "--lake", dir.resolve("lake").toString(),
        "--conf", confFile.toString(), "--releves", dir.resolve(fileName).toString());
  }

  @Test
  void theLauncherExitsWith3AndOneLineNamingTheKeyOfTheConfiguredLimit() throws IOException {
    byte[] csv = csv(6).getBytes(StandardCharsets.UTF_8);
    assertThat(run("trop_2024-S2.csv", csv, "barometre.limits.max-rows-per-releve = 5"))
        .isEqualTo(
            "3|barometre: survey return trop_2024-S2.csv is past a configured limit: more than 5"
                + " data rows (barometre.limits.max-rows-per-releve = 5)");
    assertThat(run("gros_2024-S2.csv", csv, "barometre.limits.max-releve-file-bytes = 100B"))
        .isEqualTo(
            "3|barometre: survey return gros_2024-S2.csv is past a configured limit: more than 100"
                + " bytes (barometre.limits.max-releve-file-bytes = 100)");
    assertThat(run("bombe_2024-S2.xlsx", withPaddedSheet(xlsx(1), 8 * MIB), ""))
        .isEqualTo(
            "3|barometre: survey return bombe_2024-S2.xlsx is past a configured limit: a part of the"
                + " spreadsheet inflates to more than 100 times its compressed size, as a zip bomb"
                + " does (barometre.limits.max-xlsx-inflate-ratio = 100)");
  }

  @Test
  void limitsOutOfRangeAreBadConfiguration() throws IOException {
    byte[] csv = csv(1).getBytes(StandardCharsets.UTF_8);
    assertThat(run("un_2024-S2.csv", csv, "barometre.limits.max-xlsx-part-bytes = 200MB"))
        .startsWith("2|barometre: bad configuration: ")
        .contains("barometre.limits.max-xlsx-part-bytes")
        .contains("at most 100000000 bytes");
    assertThat(run("un_2024-S2.csv", csv, "barometre.limits.max-rows-per-releve = 0"))
        .startsWith("2|barometre: bad configuration: ")
        .contains("barometre.limits.max-rows-per-releve")
        .contains("must be at least 1");
  }
}
