package fr.barometre.ingest.releve;

import java.util.List;

/**
 * One input file split into cells, before any column is interpreted: the header cells, the line of
 * the header, and every record after it (blank ones included) with the line it starts on. Both
 * {@link CsvReleveReader} and {@link XlsxReleveReader} produce it.
 */
record SheetTable(String file, int headerLine, List<String> header, List<Record> records) {

  /**
   * One data record: its first line, its cells (null for an empty cell), and null or the reason it
   * could not be split reliably (an unclosed quote), which makes it a {@code malformed_row}.
   */
  record Record(int line, List<String> cells, String parseError) {}
}
