package fr.barometre.ingest.releve;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded CSV text into records of cells, keeping the line each record starts on: {@code "}
 * quoting with embedded separators, line breaks and doubled quotes; CR, LF or CRLF line ends.
 *
 * <p>A quote still open at the end of the text makes only the record it opened malformed: that
 * record keeps the cells of its first line, and reading resumes on the next line, so that one stray
 * quote does not swallow the rest of a hand-filled file.
 */
final class CsvRecords {
  private final String text;
  private final char separator;
  private final int[] lineStarts;

  private CsvRecords(String text, char separator) {
    this.text = text;
    this.separator = separator;
    this.lineStarts = lineStarts(text);
  }

  /** Every record of {@code text}, the first one (the header) included. */
  static List<SheetTable.Record> split(String text, char separator) {
    return new CsvRecords(text, separator).all();
  }

  private List<SheetTable.Record> all() {
    List<SheetTable.Record> out = new ArrayList<>();
    int pos = 0;
    while (pos < text.length()) {
      int line = lineOf(pos);
      Parsed p = parse(pos, text.length());
      if (p.closed) {
        out.add(new SheetTable.Record(line, p.cells, null));
        pos = p.end;
      } else {
        int lineEnd = endOfLine(pos);
        out.add(
            new SheetTable.Record(
                line,
                parse(pos, lineEnd).cells,
                "a quoted field opened on line " + line + " is never closed"));
        pos = line < lineStarts.length ? lineStarts[line] : text.length();
      }
    }
    return out;
  }

  private static final class Parsed {
    final List<String> cells = new ArrayList<>();
    int end;
    boolean closed = true;
  }

  /** Parses one record from {@code start}, not reading past {@code limit}. */
  private Parsed parse(int start, int limit) {
    Parsed p = new Parsed();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean cellStart = true;
    int i = start;
    while (i < limit) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < limit && text.charAt(i + 1) == '"') {
          cell.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
        i++;
        continue;
      }
      if (c == '"' && cellStart) {
        quoted = true;
        cellStart = false;
        i++;
      } else if (c == separator) {
        p.cells.add(cell.toString());
        cell.setLength(0);
        cellStart = true;
        i++;
      } else if (c == '\r' || c == '\n') {
        i += (c == '\r' && i + 1 < limit && text.charAt(i + 1) == '\n') ? 2 : 1;
        p.cells.add(cell.toString());
        p.end = i;
        return p;
      } else {
        cell.append(c);
        cellStart = false;
        i++;
      }
    }
    p.cells.add(cell.toString());
    p.end = limit;
    p.closed = !quoted;
    return p;
  }

  /** 1-based line number of the character at {@code pos}. */
  private int lineOf(int pos) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= pos) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  private int endOfLine(int pos) {
    int i = pos;
    while (i < text.length() && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
      i++;
    }
    return i;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      if (c == '\r' || c == '\n') {
        if (i + 1 < text.length()) {
          starts.add(i + 1);
        }
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
