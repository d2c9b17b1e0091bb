package fr.barometre.events;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.try_element_at;

import org.apache.spark.sql.Column;

/**
 * INSEE's staff bands ({@code trancheEffectifsEtablissement}) as column functions: the band's
 * lower and upper bounds in employees. These bounds are the nomenclature itself, not tunable
 * thresholds: {@code upper} of a band is the next band's lower bound minus one, and the last band
 * ({@code 53}, 10,000 and more) has none. {@code NN}, empty or unknown codes give null.
 */
public final class StaffBands {
  /** Band codes in increasing order, with their lower bounds (methodology §3). */
  static final String[] CODES = {
    "00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53"
  };

  static final int[] LOWER = {0, 1, 3, 6, 10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000};

  private StaffBands() {}

  /** Lower bound of the band in {@code band}, or null when unknown. */
  public static Column lower(Column band) {
    return bounds(band, i -> LOWER[i], CODES.length);
  }

  /** Upper bound of the band in {@code band}, or null when unknown or unbounded ({@code 53}). */
  public static Column upper(Column band) {
    return bounds(band, i -> LOWER[i + 1] - 1, CODES.length - 1);
  }

  /**
   * A lookup in a literal map {@code code -> bound} of the first {@code n} codes (absent codes and
   * null give null). A map rather than nested {@code CASE WHEN}s: the rules use these bounds up to
   * six times per row, and each nested {@code CASE} of 15 levels multiplied the generated code.
   */
  private static Column bounds(Column band, java.util.function.IntUnaryOperator bound, int n) {
    Column[] entries = new Column[2 * n];
    for (int i = 0; i < n; i++) {
      entries[2 * i] = lit(CODES[i]);
      entries[2 * i + 1] = lit(bound.applyAsInt(i));
    }
    return try_element_at(map(entries), band);
  }

  /**
   * The certain growth between two bands: {@code lower(to) − upper(from)}; null when either band
   * is unknown or {@code from} is unbounded.
   */
  public static Column certainIncrease(Column from, Column to) {
    return lower(to).minus(upper(from));
  }

  /** The band codes whose lower bound is at least {@code minEmployees}, in increasing order. */
  public static java.util.List<String> codesFrom(int minEmployees) {
    java.util.List<String> codes = new java.util.ArrayList<>();
    for (int i = 0; i < CODES.length; i++) {
      if (LOWER[i] >= minEmployees) {
        codes.add(CODES[i]);
      }
    }
    return codes;
  }

  /** Convenience for a column name. */
  public static Column lower(String band) {
    return lower(col(band));
  }
}
