package fr.barometre.events;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The quality flags of an event of the {@code events} table: each is a boolean column named
 * {@link #code()} while the rules run, and either listed in {@code events.flags} (interfaces.md:
 * {@code ;}-separated, in declaration order) or kept as a column of its own
 * (sectors-jobs-territories.md §1-§2).
 */
public enum Flag {
  /** No activity code, from the relève or SIRENE. */
  NAF_UNKNOWN(Listed.ALWAYS),
  /** No headcount, declared or from SIRENE's bands. */
  HEADCOUNT_UNKNOWN(Listed.ALWAYS),
  /** A change not measured in the relève that SIRENE's bands show significant. */
  SIGNIFICANCE_SIRENE(Listed.WHEN_COUNTED),
  /** A change not measured in the relève nor shown by SIRENE: counted on the declaration. */
  SIGNIFICANCE_DECLARED(Listed.WHEN_COUNTED),
  /** The relève's filière is not a sector of the list. */
  SECTOR_UNRECOGNISED(Listed.NEVER),
  /** The jobs change is estimated from SIRENE's bands. */
  JOBS_ESTIMATED(Listed.NEVER);

  /** Whether and when a flag is listed in {@code events.flags}. */
  public enum Listed {
    /** Whenever the flag is set. */
    ALWAYS,
    /** Only on counted events: it says what makes the event count. */
    WHEN_COUNTED,
    /** Never: the flag is an {@code events} column of its own. */
    NEVER
  }

  private final Listed listed;

  Flag(Listed listed) {
    this.listed = listed;
  }

  /** The flag's name in {@code events.flags}, and its boolean column. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Listed listed() {
    return listed;
  }

  /** The flags that may appear in {@code events.flags}, in their order there. */
  public static List<Flag> inFlagsColumn() {
    return Arrays.stream(values()).filter(f -> f.listed != Listed.NEVER).toList();
  }
}
