package fr.barometre.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;

/**
 * What one survey-return input may cost (shared/spec/publication.md, point 6), read from {@code
 * barometre.limits}: an input past one of them is an unreadable input whose message names the
 * limit's key, so the record keeps each key beside its value.
 */
public record Limits(
    long maxReleveFileBytes, int maxRowsPerReleve, long maxXlsxPartBytes, int maxXlsxInflateRatio) {

  static final String PREFIX = "barometre.limits.";
  public static final String MAX_RELEVE_FILE_BYTES = PREFIX + "max-releve-file-bytes";
  public static final String MAX_ROWS_PER_RELEVE = PREFIX + "max-rows-per-releve";
  public static final String MAX_XLSX_PART_BYTES = PREFIX + "max-xlsx-part-bytes";
  public static final String MAX_XLSX_INFLATE_RATIO = PREFIX + "max-xlsx-inflate-ratio";

  /**
   * POI holds an XLSX given as bytes in memory part by part, each in an array of at most this
   * many bytes, whatever its own settings say: a larger part limit could not be honoured.
   */
  public static final long POI_IN_MEMORY_PART_BYTES = 100_000_000L;

  static Limits from(Config limits) {
    Limits l =
        new Limits(
            limits.getBytes("max-releve-file-bytes"),
            limits.getInt("max-rows-per-releve"),
            limits.getBytes("max-xlsx-part-bytes"),
            limits.getInt("max-xlsx-inflate-ratio"));
    // A relève is read into one array; an XLSX part is held in memory by POI (see above).
    within(MAX_RELEVE_FILE_BYTES, l.maxReleveFileBytes, Integer.MAX_VALUE - 8, "bytes (read whole)");
    within(MAX_ROWS_PER_RELEVE, l.maxRowsPerReleve, Integer.MAX_VALUE, "rows");
    within(
        MAX_XLSX_PART_BYTES,
        l.maxXlsxPartBytes,
        POI_IN_MEMORY_PART_BYTES,
        "bytes (the XLSX reader's own ceiling)");
    within(MAX_XLSX_INFLATE_RATIO, l.maxXlsxInflateRatio, Integer.MAX_VALUE, "times");
    return l;
  }

  private static void within(String key, long value, long max, String unit) {
    if (value < 1 || value > max) {
      throw new ConfigException.BadValue(
          key, "must be at least 1 and at most " + max + " " + unit + ", not " + value);
    }
  }
}
