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

  private static UnreadableInputException of(
      String file, String what, String key, long limit, Throwable cause) {
    return new UnreadableInputException(
        "survey return " + file + " is past a configured limit: " + what + " (" + key + " = "
            + limit + ")",
        cause);
  }

  static UnreadableInputException fileBytes(String file, Limits limits) {
    return of(
        file,
        "more than " + limits.maxReleveFileBytes() + " bytes",
        Limits.MAX_RELEVE_FILE_BYTES,
        limits.maxReleveFileBytes(),
        null);
  }

  static UnreadableInputException rows(String file, Limits limits) {
    return of(
        file,
        "more than " + limits.maxRowsPerReleve() + " data rows",
        Limits.MAX_ROWS_PER_RELEVE,
        limits.maxRowsPerReleve(),
        null);
  }

  static UnreadableInputException xlsxPartBytes(String file, Limits limits, Throwable cause) {
    return of(
        file,
        "a part of the spreadsheet inflates to more than " + limits.maxXlsxPartBytes() + " bytes",
        Limits.MAX_XLSX_PART_BYTES,
        limits.maxXlsxPartBytes(),
        cause);
  }

  static UnreadableInputException xlsxInflateRatio(String file, Limits limits, Throwable cause) {
    return of(
        file,
        "a part of the spreadsheet inflates to more than " + limits.maxXlsxInflateRatio()
            + " times its compressed size, as a zip bomb does",
        Limits.MAX_XLSX_INFLATE_RATIO,
        limits.maxXlsxInflateRatio(),
        cause);
  }
}
