package fr.barometre.reference;

import fr.barometre.errors.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference CSV files shipped on the classpath (written by {@code scripts/reference/}:
 * UTF-8, comma, header row, RFC 4180 quotes) into records addressed by column name. Read from the
 * classpath, not the file system, so that the cluster jar carries them.
 */
final class CsvResource {
  private final Map<String, Integer> columns;
  private final List<String[]> rows;

  private CsvResource(Map<String, Integer> columns, List<String[]> rows) {
    this.columns = columns;
    this.rows = rows;
  }

  /** One file, e.g. {@code reference/cog/regions.csv}; a missing file is an unreadable input. */
  static CsvResource read(String resource) {
    String text = new String(bytes(resource), StandardCharsets.UTF_8);
    List<String[]> records = parse(text);
    if (records.isEmpty()) {
      throw new UnreadableInputException("reference resource is empty: " + resource);
    }
    String[] header = records.get(0);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      columns.put(header[i], i);
    }
    return new CsvResource(columns, records.subList(1, records.size()));
  }

  /** The raw bytes of a classpath resource. */
  static byte[] bytes(String resource) {
    try (InputStream in = CsvResource.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new UnreadableInputException("reference resource missing from the classpath: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference resource " + resource, e);
    }
  }

  int size() {
    return rows.size();
  }

  /** The value of a column in row {@code row} (0 = first data row). */
  String get(int row, String column) {
    Integer index = columns.get(column);
    if (index == null) {
      throw new IllegalArgumentException("no column " + column + " in reference resource");
    }
    return rows.get(row)[index];
  }

  private static List<String[]> parse(String text) {
    return records(text).stream().map(CsvRecord::fields).toList();
  }

  /**
   * One record of a CSV text: its fields and the line it starts on (first line = 1). {@code
   * unclosed} is true for a last record whose quoted field is never closed.
   */
  record CsvRecord(int line, String[] fields, boolean unclosed) {}

  /** The records of a CSV text (comma, RFC 4180 quotes, LF or CRLF line ends). */
  static List<CsvRecord> records(String text) {
    List<CsvRecord> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int start = 1;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        line++;
      }
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          value.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          value.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        record.add(value.toString());
        value.setLength(0);
      } else if (ch == '\n') {
        record.add(value.toString());
        records.add(new CsvRecord(start, record.toArray(new String[0]), false));
        record.clear();
        value.setLength(0);
        start = line;
      } else if (ch != '\r') {
        value.append(ch);
      }
    }
    if (value.length() > 0 || !record.isEmpty() || quoted) {
      record.add(value.toString());
      records.add(new CsvRecord(start, record.toArray(new String[0]), quoted));
    }
    return records;
  }
}
