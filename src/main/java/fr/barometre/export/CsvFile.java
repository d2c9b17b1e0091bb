package fr.barometre.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;

/**
 * Writes rows as one CSV file (UTF-8, comma, header row, RFC 4180 quoting) through Hadoop's file
 * system API. Exports are small (thousands of rows), so they are written from the driver: one
 * file a person can open, not a folder of part files. Text cells that a spreadsheet would run as a
 * formula are neutralised ({@link FormulaCells}) unless {@code raw}.
 */
public final class CsvFile {
  private CsvFile() {}

  public static void write(
      List<Row> rows, String[] header, String out, Configuration hadoop, boolean raw)
      throws IOException {
    Path path = new Path(out);
    FileSystem fs = path.getFileSystem(hadoop);
    try (Writer w =
        new BufferedWriter(new OutputStreamWriter(fs.create(path, true), StandardCharsets.UTF_8))) {
      w.write(String.join(",", header));
      w.write("\n");
      for (Row r : rows) {
        for (int i = 0; i < header.length; i++) {
          if (i > 0) {
            w.write(",");
          }
          Object v = r.get(i);
          w.write(field(raw ? v : FormulaCells.neutralised(v)));
        }
        w.write("\n");
      }
    }
  }

  /** One value as CSV: empty for null, ISO dates, plain decimals, quoted when it must be. */
  public static String field(Object v) {
    if (v == null) {
      return "";
    }
    String s;
    if (v instanceof Double d) {
      s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    } else {
      s = v.toString();
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
