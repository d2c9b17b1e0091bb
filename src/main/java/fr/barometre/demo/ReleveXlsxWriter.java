package fr.barometre.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes relève rows as an XLSX workbook (Apache POI), the way a regional directorate fills one:
 * French headers on the first row, real Excel dates, numbers as numeric cells, SIRETs and the rest as
 * text. The file is made byte-reproducible: POI stamps entries and properties with the current
 * time, so the package's creation date is fixed and the zip is rewritten with fixed entry times.
 */
final class ReleveXlsxWriter {
  /** Fixed timestamp of every zip entry (the generator's output must not depend on the clock). */
  private static final long ENTRY_TIME = 1_735_689_600_000L; // 2025-01-01T00:00:00Z

  private ReleveXlsxWriter() {}

  static void write(Path out, List<SurveyRow> rows) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.getProperties().getCoreProperties().setCreated(Optional.of(new java.util.Date(ENTRY_TIME)));
      wb.getProperties().getCoreProperties().setCreator("DREETS (démo)");
      Sheet sheet = wb.createSheet("Relevé");
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Row header = sheet.createRow(0);
      for (int c = 0; c < ReleveCsvWriter.FRENCH_HEADERS.size(); c++) {
        header.createCell(c).setCellValue(ReleveCsvWriter.FRENCH_HEADERS.get(c));
      }
      for (int i = 0; i < rows.size(); i++) {
        Row row = sheet.createRow(i + 1);
        List<String> cells = rows.get(i).cells();
        for (int c = 0; c < cells.size(); c++) {
          String v = cells.get(c);
          if (!v.isEmpty()) {
            cell(row, c, v, dateStyle);
          }
        }
      }
      wb.write(raw);
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      o.write(withFixedEntryTimes(raw.toByteArray()));
    }
  }

  /** Dates as Excel dates, numbers (headcounts, amounts, production) as numbers, the rest as text. */
  private static void cell(Row row, int column, String v, CellStyle dateStyle) {
    String name = ReleveCsvWriter.SNAKE_HEADERS.get(column);
    if (name.equals("date_effet")) {
      try {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(LocalDate.parse(v));
        cell.setCellStyle(dateStyle);
        return;
      } catch (DateTimeParseException e) {
        // an impossible date stays text, as a hand-typed cell would
      }
    }
    boolean numeric = List.of("effectif_avant", "effectif_apres", "variation_production_pct", "investissement_meur")
        .contains(name);
    if (numeric && v.matches("-?\\d+(\\.\\d+)?")) {
      row.createCell(column).setCellValue(Double.parseDouble(v));
    } else {
      row.createCell(column).setCellValue(ReleveCsvWriter.capitalisedType(v));
    }
  }

  private static byte[] withFixedEntryTimes(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(ENTRY_TIME);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
