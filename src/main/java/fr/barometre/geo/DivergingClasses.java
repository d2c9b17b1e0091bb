package fr.barometre.geo;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Classes of a diverging palette centred on zero, for values such as net openings: zero is its
 * own neutral class, and each side has {@code perSide} classes of equal width up to the largest
 * absolute value (whole-number widths when every value is whole). Class {@code -perSide … -1} is
 * red (losses, darker further from zero), {@code 0} neutral, {@code 1 … perSide} blue (gains).
 * Colours are ColorBrewer's RdBu.
 */
public final class DivergingClasses {
  // RdBu, from the lightest to the darkest on each side.
  private static final Color[] REDS = {
    new Color(0xfddbc7), new Color(0xf4a582), new Color(0xd6604d), new Color(0xb2182b)
  };
  private static final Color[] BLUES = {
    new Color(0xd1e5f0), new Color(0x92c5de), new Color(0x4393c3), new Color(0x2166ac)
  };
  static final Color NEUTRAL = new Color(0xf7f7f7);
  /** Max classes on each side: the palette's length. */
  public static final int MAX_PER_SIDE = REDS.length;

  private final int perSide;
  private final double step;
  private final boolean whole;

  private DivergingClasses(int perSide, double step, boolean whole) {
    this.perSide = perSide;
    this.step = step;
    this.whole = whole;
  }

  /** Classes fitted to these values, {@code perSide} (1 to {@link #MAX_PER_SIDE}) on each side. */
  public static DivergingClasses fit(Collection<Double> values, int perSide) {
    if (perSide < 1 || perSide > MAX_PER_SIDE) {
      throw new IllegalArgumentException(
          "classes per side must be between 1 and " + MAX_PER_SIDE + ", not " + perSide);
    }
    double bound = values.stream().mapToDouble(Math::abs).max().orElse(0);
    boolean whole = values.stream().allMatch(v -> v == Math.rint(v));
    double step = bound == 0 ? 1 : bound / perSide;
    if (whole) {
      step = Math.max(1, Math.ceil(step));
    }
    return new DivergingClasses(perSide, step, whole);
  }

  /** The class of a value: 0 for zero, ±1 … ±perSide by distance from zero. */
  public int classOf(double value) {
    if (value == 0) {
      return 0;
    }
    int index = (int) Math.min(perSide, Math.max(1, Math.ceil(Math.abs(value) / step)));
    return value < 0 ? -index : index;
  }

  public Color colorOf(double value) {
    return color(classOf(value));
  }

  /** The colour of a class, spreading the side's classes over the whole palette side. */
  public Color color(int cls) {
    if (cls == 0) {
      return NEUTRAL;
    }
    int i = Math.abs(cls);
    int shade = perSide == 1 ? 2 : Math.round((i - 1) * (REDS.length - 1) / (float) (perSide - 1));
    return cls < 0 ? REDS[shade] : BLUES[shade];
  }

  /** The classes from the most negative to the most positive. */
  public List<Integer> classes() {
    List<Integer> all = new ArrayList<>();
    for (int c = -perSide; c <= perSide; c++) {
      all.add(c);
    }
    return all;
  }

  /** A legend label, e.g. {@code "≤ −5"}, {@code "−4 à −3"}, {@code "0"}, {@code "1 à 2"}. */
  public String label(int cls) {
    if (cls == 0) {
      return "0";
    }
    int i = Math.abs(cls);
    boolean last = i == perSide;
    double low = step * (i - 1);
    double high = step * i;
    if (whole) {
      // Whole values: class i holds low+1 … high.
      if (cls > 0) {
        return last ? "≥ " + format(low + 1) : range(low + 1, high);
      }
      return last ? "≤ " + format(-(low + 1)) : range(-high, -(low + 1));
    }
    if (cls > 0) {
      return last ? "> " + format(low) : "]" + format(low) + " ; " + format(high) + "]";
    }
    return last ? "< " + format(-low) : "[" + format(-high) + " ; " + format(-low) + "[";
  }

  private static String range(double low, double high) {
    return low == high ? format(low) : format(low) + " à " + format(high);
  }

  // French typography: a true minus sign, a decimal comma.
  private static String format(double v) {
    String text =
        v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.FRANCE, "%.1f", v);
    return text.replace('-', '−');
  }
}
