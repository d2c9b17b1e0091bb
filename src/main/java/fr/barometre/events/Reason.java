package fr.barometre.events;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Why an event of the {@code events} table is not counted (methodology §3, §4, §6), one per row
 * in {@code events.reason} (null when counted). Declared in the order of
 * shared/spec/interfaces.md: when several apply, the first is reported. All but {@link #TRANSFER}
 * are decided by {@link EventRules}, each through a boolean column {@link #ruleColumn()}; a
 * transfer is decided afterwards ({@link Transfers}), among the events no rule excluded.
 */
public enum Reason {
  CANCELLED,
  BEFORE_FIRST_PERIOD,
  NOT_YET_EFFECTIVE,
  OUT_OF_SCOPE_NAF,
  OUT_OF_SCOPE_CRAFT,
  BELOW_THRESHOLD,
  INCONSISTENT_CHANGE,
  NOT_SIGNIFICANT,
  TRANSFER;

  /** The value stored in {@code events.reason} and exported. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The boolean column a rule sets where this reason applies ({@code r_<code>}). */
  public String ruleColumn() {
    return "r_" + code();
  }

  /** The reasons decided by {@link EventRules}, in reporting order (every one but the transfer). */
  public static List<Reason> ofRules() {
    return Arrays.stream(values()).filter(r -> r != TRANSFER).toList();
  }
}
