package fr.barometre.sql;

import fr.barometre.export.CsvFile;
import fr.barometre.export.FormulaCells;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Prints a query result: as an aligned text table (at most {@code maxRows} rows, numbers
 * right-aligned, then the row count) or as CSV (every row, RFC 4180 quoting, as the exports).
 */
public final class ResultPrinter {
  private ResultPrinter() {}

  /** The aligned table of at most {@code maxRows} rows; returns the number of rows printed. */
  public static int table(Dataset<Row> result, int maxRows, PrintStream out) {
    String[] header = result.columns();
    // One row past the bound tells whether there are more, saturated: history prints every row
    // (Integer.MAX_VALUE), where maxRows + 1 overflowed into a negative limit.
    List<Row> rows = result.limit((int) Math.min(maxRows + 1L, Integer.MAX_VALUE)).collectAsList();
    boolean more = rows.size() > maxRows;
    List<Row> shown = more ? rows.subList(0, maxRows) : rows;
    int[] width = new int[header.length];
    boolean[] numeric = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      width[i] = header[i].length();
      numeric[i] = !shown.isEmpty();
    }
    List<String[]> cells = new ArrayList<>();
    for (Row r : shown) {
      String[] c = new String[header.length];
      for (int i = 0; i < header.length; i++) {
        Object v = r.get(i);
        c[i] = v == null ? "NULL" : CsvFile.field(v).replace("\n", " ");
        width[i] = Math.max(width[i], c[i].length());
        numeric[i] &= v == null || v instanceof Number;
      }
      cells.add(c);
    }
    out.println(line(header, width, new boolean[header.length]));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < header.length; i++) {
      rule.append(i > 0 ? "-+-" : "").append("-".repeat(width[i]));
    }
    out.println(rule);
    cells.forEach(c -> out.println(line(c, width, numeric)));
    out.println(more
        ? "(first " + maxRows + " rows shown; --format csv prints them all)"
        : "(" + shown.size() + (shown.size() == 1 ? " row)" : " rows)"));
    return shown.size();
  }

  /**
   * Every row as CSV with a header line; returns the number of rows. Text that a spreadsheet would
   * run as a formula is neutralised ({@link FormulaCells}) unless {@code raw}: this output is
   * redirected to files that get opened in spreadsheets, like the exports.
   */
  public static long csv(Dataset<Row> result, PrintStream out, boolean raw) {
    out.println(String.join(",", List.of(result.columns()).stream().map(CsvFile::field).toList()));
    long n = 0;
    for (Iterator<Row> it = result.toLocalIterator(); it.hasNext(); n++) {
      Row r = it.next();
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        Object v = raw ? r.get(i) : FormulaCells.neutralised(r.get(i));
        sb.append(i > 0 ? "," : "").append(CsvFile.field(v));
      }
      out.println(sb);
    }
    return n;
  }

  private static String line(String[] cells, int[] width, boolean[] right) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String pad = " ".repeat(width[i] - cells[i].length());
      sb.append(i > 0 ? " | " : "").append(right[i] ? pad + cells[i] : cells[i] + pad);
    }
    return sb.toString().stripTrailing();
  }
}
