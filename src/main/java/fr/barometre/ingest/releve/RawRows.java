package fr.barometre.ingest.releve;

import fr.barometre.errors.UnreadableInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns a {@link SheetTable} into raw rows of {@link ReleveColumns#rawSchema()}: each header cell
 * is matched to a canonical column or kept as an extra one; blank records are skipped; a record
 * with more cells than the header gets a {@code parse_error}. A first row that names none of the
 * required columns is no header, and the file is unreadable.
 */
final class RawRows {
  private RawRows() {}

  static List<Row> of(SheetTable table) {
    List<String> header = table.header();
    String[] names = columnNames(table.file(), header);
    List<Row> rows = new ArrayList<>();
    for (SheetTable.Record r : table.records()) {
      if (CsvReleveReader.isBlank(r.cells())) {
        continue;
      }
      rows.add(row(table.file(), names, header, r));
    }
    return rows;
  }

  /** Per header position: its canonical name, or null for an extra column. */
  private static String[] columnNames(String file, List<String> header) {
    String[] names = new String[header.size()];
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      Optional<String> canonical =
          Optional.ofNullable(header.get(i)).flatMap(ReleveColumns::canonicalOf);
      if (canonical.isPresent()) {
        if (seen.putIfAbsent(canonical.get(), i) != null) {
          throw new UnreadableInputException(
              "two header columns both read '" + canonical.get() + "' in " + file);
        }
        names[i] = canonical.get();
      }
    }
    List<String> missing =
        ReleveColumns.REQUIRED.stream().filter(c -> !seen.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new UnreadableInputException(
          "no survey-return header in "
              + file
              + ": first row lacks column(s) "
              + String.join(", ", missing));
    }
    return names;
  }

  private static Row row(String file, String[] names, List<String> header, SheetTable.Record r) {
    Map<String, String> known = new HashMap<>();
    Map<String, String> extra = new LinkedHashMap<>();
    List<String> cells = r.cells();
    for (int i = 0; i < Math.min(cells.size(), names.length); i++) {
      String value = cells.get(i) == null || cells.get(i).isEmpty() ? null : cells.get(i);
      if (names[i] != null) {
        known.put(names[i], value);
      } else {
        extra.put(extraKey(header.get(i), i), value);
      }
    }
    String parseError = r.parseError();
    if (parseError == null && cells.size() > names.length) {
      parseError = cells.size() + " fields where the header has " + names.length;
    }
    Object[] values = new Object[ReleveColumns.CANONICAL.size() + 4];
    values[0] = file;
    values[1] = r.line();
    for (int c = 0; c < ReleveColumns.CANONICAL.size(); c++) {
      values[c + 2] = known.get(ReleveColumns.CANONICAL.get(c));
    }
    values[values.length - 2] = extra;
    values[values.length - 1] = parseError;
    return RowFactory.create(values);
  }

  /** An unknown column's key: its header as written, or its position when the header is empty. */
  private static String extraKey(String header, int index) {
    return header == null || header.isBlank() ? "column " + (index + 1) : header.trim();
  }
}
