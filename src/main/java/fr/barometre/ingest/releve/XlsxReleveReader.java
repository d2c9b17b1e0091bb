package fr.barometre.ingest.releve;

import fr.barometre.config.Limits;
import fr.barometre.errors.UnreadableInputException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.RecordFormatException;

/**
 * Reads the first sheet of an XLSX survey return into a {@link SheetTable}: the header is the first
 * non-empty row, a record's line is its sheet row number as Excel shows it (1-based). Cells become
 * text as a person reads them: a date cell {@code YYYY-MM-DD}, an integral number without {@code
 * .0} (a SIRET typed as a number keeps all its digits), other numbers in plain decimal notation, a
 * formula its cached result. A file past one of the {@link Limits} (rows, size or compression
 * ratio of a part) is refused with a message naming the limit.
 */
final class XlsxReleveReader {
  /** POI's zip guards are JVM-wide settings: set and used under this lock, one read at a time. */
  private static final Object POI_GUARDS = new Object();

  private XlsxReleveReader() {}

  static SheetTable read(String file, byte[] bytes, Limits limits) {
    synchronized (POI_GUARDS) {
      // POI checks every part while inflating it. IOUtils.setByteArrayMaxOverride is left alone:
      // reading from bytes, POI asks for a 100,000,000-byte array per part up front, so any
      // override below that refuses every XLSX (Limits caps the part limit at that ceiling).
      ZipSecureFile.setMaxEntrySize(limits.maxXlsxPartBytes());
      ZipSecureFile.setMinInflateRatio(1.0 / limits.maxXlsxInflateRatio());
      try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
        if (workbook.getNumberOfSheets() == 0) {
          throw new UnreadableInputException("spreadsheet without any sheet: " + file);
        }
        return table(file, workbook.getSheetAt(0), limits);
      } catch (UnreadableInputException e) {
        throw e;
      } catch (Exception e) {
        throw unreadable(file, e, limits);
      }
    }
  }

  /**
   * A failure of POI as an unreadable input: its zip-bomb guards and its in-memory ceiling name
   * the limit the file is past; anything else is not a spreadsheet. POI signals all of these with
   * generic exception types (IOException, RecordFormatException), hence the messages are read.
   */
  private static UnreadableInputException unreadable(String file, Exception e, Limits limits) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("Zip bomb detected") && message.contains("MIN_INFLATE_RATIO")) {
        return LimitExceeded.xlsxInflateRatio(file, limits, e);
      }
      if ((message.contains("Zip bomb detected") && message.contains("MAX_ENTRY_SIZE"))
          || (t instanceof RecordFormatException && message.contains("maximum length"))) {
        return LimitExceeded.xlsxPartBytes(file, limits, e);
      }
    }
    // POI signals a non-spreadsheet with several unrelated exception types.
    return new UnreadableInputException(
        "not a readable XLSX spreadsheet: " + file + " (" + e.getClass().getSimpleName() + ")", e);
  }

  private static SheetTable table(String file, Sheet sheet, Limits limits) {
    List<String> header = null;
    int headerLine = 0;
    List<SheetTable.Record> records = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = cells(row);
      if (header == null) {
        if (!CsvReleveReader.isBlank(cells)) {
          header = cells;
          headerLine = row.getRowNum() + 1;
        }
      } else {
        if (records.size() == limits.maxRowsPerReleve()) {
          throw LimitExceeded.rows(file, limits);
        }
        records.add(new SheetTable.Record(row.getRowNum() + 1, cells, null));
      }
    }
    if (header == null) {
      throw new UnreadableInputException("empty spreadsheet (no header row): " + file);
    }
    return new SheetTable(file, headerLine, header, records);
  }

  /**
   * The row's cells from column A to its last non-empty cell, null for an empty cell. Trailing
   * empty cells are dropped: a formatted but empty cell right of the table is no extra field.
   */
  private static List<String> cells(Row row) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
      Cell cell = row.getCell(c);
      out.add(cell == null ? null : text(cell));
    }
    while (!out.isEmpty() && out.get(out.size() - 1) == null) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static String text(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case STRING:
        String s = cell.getStringCellValue();
        return s.isEmpty() ? null : s;
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return number(cell.getNumericCellValue());
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default:
        return null; // blank or error cell
    }
  }

  /** {@code 82847408083678.0} → {@code "82847408083678"}, {@code 6.5} → {@code "6.5"}. */
  static String number(double d) {
    BigDecimal v = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }
}
