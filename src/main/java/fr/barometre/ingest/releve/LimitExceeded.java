package fr.barometre.ingest.releve;

import fr.barometre.config.Limits;
import fr.barometre.errors.UnreadableInputException;

/**
 * The unreadable-input errors of a relève past one of the configured {@link Limits}: one line
 * naming the file, what was too much, the limit's value and its configuration key, so that the
 * person who runs the pipeline knows which key to raise (and never sees a library's exception).
 */
final class LimitExceeded {
  private LimitExceeded() {}

  /** {@code what} holds one {@code %d}, the limit's value. */
  private static UnreadableInputException of(
      String file, String what, String key, long limit, Throwable cause) {
    return new UnreadableInputException(
        "survey return " + file + " is past a configured limit: " + what.formatted(limit) + " ("
            + key + " = " + limit + ")",
        cause);
  }

  static UnreadableInputException fileBytes(String file, Limits l) {
    return of(file, "more than %d bytes", Limits.MAX_RELEVE_FILE_BYTES, l.maxReleveFileBytes(), null);
  }

  static UnreadableInputException rows(String file, Limits l) {
    return of(file, "more than %d data rows", Limits.MAX_ROWS_PER_RELEVE, l.maxRowsPerReleve(), null);
  }

  static UnreadableInputException xlsxPartBytes(String file, Limits l, Throwable cause) {
    String what = "a part of the spreadsheet inflates to more than %d bytes";
    return of(file, what, Limits.MAX_XLSX_PART_BYTES, l.maxXlsxPartBytes(), cause);
  }

  static UnreadableInputException xlsxInflateRatio(String file, Limits l, Throwable cause) {
    String what =
        "a part of the spreadsheet inflates to more than %d times its compressed size, as a zip"
            + " bomb does";
    return of(file, what, Limits.MAX_XLSX_INFLATE_RATIO, l.maxXlsxInflateRatio(), cause);
  }
}
