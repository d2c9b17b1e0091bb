package fr.barometre.events;

import fr.barometre.errors.UsageException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vintage: the relève {@code YYYY-S1} (January–June) or {@code YYYY-S2} (July–December) whose
 * figures a run computes. Names sort in time order as strings.
 */
public record Vintage(int year, int half) implements Comparable<Vintage> {
  private static final Pattern NAME = Pattern.compile("(\\d{4})-S([12])");

  public static Vintage parse(String name) {
    Matcher m = NAME.matcher(name == null ? "" : name.trim());
    if (!m.matches()) {
      throw new UsageException("a vintage is YYYY-S1 or YYYY-S2, not '" + name + "'");
    }
    return new Vintage(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The last day of the vintage's half-year: later effect dates are not yet effective. */
  public LocalDate lastDay() {
    return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  public Vintage previous() {
    return half == 2 ? new Vintage(year, 1) : new Vintage(year - 1, 2);
  }

  @Override
  public int compareTo(Vintage o) {
    return Integer.compare(year * 2 + half, o.year * 2 + o.half);
  }

  @Override
  public String toString() {
    return year + "-S" + half;
  }
}
