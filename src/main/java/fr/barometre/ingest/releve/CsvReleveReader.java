package fr.barometre.ingest.releve;

import fr.barometre.config.Limits;
import fr.barometre.errors.UnreadableInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one CSV survey return into a {@link SheetTable}: text that decodes as UTF-8 is UTF-8 (a BOM
 * is dropped), anything else is Windows-1252 (Excel's French export); the separator is whichever of
 * {@code ;} and {@code ,} the header line holds more of, outside quotes. The header is the first
 * non-blank record. A file of more data records than {@code max-rows-per-releve} is refused.
 */
final class CsvReleveReader {
  static final Charset CP1252 = Charset.forName("windows-1252");

  private CsvReleveReader() {}

  static SheetTable read(String file, byte[] bytes, Limits limits) {
    String text = decode(bytes);
    if (text.isBlank()) {
      throw new UnreadableInputException("empty survey return file: " + file);
    }
    List<SheetTable.Record> records = CsvRecords.split(text, separator(text));
    int h = 0;
    while (isBlank(records.get(h).cells())) {
      h++; // text is not blank, so some record has a non-blank cell
    }
    SheetTable.Record header = records.get(h);
    if (records.size() - h - 1 > limits.maxRowsPerReleve()) {
      throw LimitExceeded.rows(file, limits);
    }
    List<SheetTable.Record> data = new ArrayList<>(records.subList(h + 1, records.size()));
    return new SheetTable(file, header.line(), header.cells(), data);
  }

  /** UTF-8 when the bytes are valid UTF-8, else Windows-1252; without a leading BOM. */
  static String decode(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, CP1252);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The separator of the first non-blank line: {@code ;} if it has more of them than {@code ,}. */
  static char separator(String text) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    boolean seenContent = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '\n' || c == '\r') && !quoted) {
        if (seenContent) {
          break;
        }
        continue;
      }
      seenContent |= !Character.isWhitespace(c);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  static boolean isBlank(List<String> cells) {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }
}
