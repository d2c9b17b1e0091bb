package fr.barometre.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.testing.SparkTestSession;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** Formula-like text in exported cells (shared/spec/publication.md, point 5); numbers untouched. */
class CsvFileTest {
  private static final String[] HEADER = {"name", "count", "share", "amount", "date"};

  private static List<String> written(boolean raw, Row... rows) throws Exception {
    Path out = SparkTestSession.tempDir("csv-file").resolve("out.csv");
    CsvFile.write(List.of(rows), HEADER, out.toString(), new Configuration(), raw);
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  private static Row text(String name) {
    return RowFactory.create(name, 1, 0.5, new BigDecimal("2.50"), Date.valueOf("2024-10-01"));
  }

  @Test
  void textThatStartsLikeAFormulaGetsALeadingApostrophe() throws Exception {
    assertThat(
            written(
                false,
                text("=HYPERLINK(\"http://x\",\"y\")"),
                text("+cmd|' /C calc'!A0"),
                text("-2+3"),
                text("@SUM(1+1)"),
                text("\t=1+1"),
                text("\r=1+1")))
        .containsExactly(
            "name,count,share,amount,date",
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",1,0.5,2.50,2024-10-01",
            "'+cmd|' /C calc'!A0,1,0.5,2.50,2024-10-01",
            "'-2+3,1,0.5,2.50,2024-10-01",
            "'@SUM(1+1),1,0.5,2.50,2024-10-01",
            "'\t=1+1,1,0.5,2.50,2024-10-01",
            // A carriage return makes the field quoted: the reader sees one cell, then the line.
            "\"'",
            "=1+1\",1,0.5,2.50,2024-10-01");
  }

  @Test
  void negativeNumbersOfNumericColumnsAreNeverAltered() throws Exception {
    Row negative = RowFactory.create("Forges - Est", -3, -2.5, new BigDecimal("-40"), null);
    assertThat(written(false, negative)).containsExactly("name,count,share,amount,date", "Forges - Est,-3,-2.5,-40,");
    assertThat(written(false, RowFactory.create("Forges", -3L, -7.25, null, null)))
        .contains("Forges,-3,-7.25,,");
  }

  @Test
  void harmlessTextIsWrittenAsItIs() throws Exception {
    assertThat(written(false, text("Forges du Rhône 305"), text("'déjà cité"), text(""), text(" =espace")))
        .containsExactly(
            "name,count,share,amount,date",
            "Forges du Rhône 305,1,0.5,2.50,2024-10-01",
            "'déjà cité,1,0.5,2.50,2024-10-01",
            ",1,0.5,2.50,2024-10-01",
            " =espace,1,0.5,2.50,2024-10-01");
  }

  @Test
  void rawKeepsFormulaLikeTextAsStored() throws Exception {
    assertThat(written(true, text("=HYPERLINK(\"http://x\",\"y\")"), text("@SUM(1+1)"), text("-2+3")))
        .containsExactly(
            "name,count,share,amount,date",
            "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",1,0.5,2.50,2024-10-01",
            "@SUM(1+1),1,0.5,2.50,2024-10-01",
            "-2+3,1,0.5,2.50,2024-10-01");
  }
}
