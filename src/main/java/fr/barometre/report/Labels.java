package fr.barometre.report;

import fr.barometre.events.EventType;
import fr.barometre.events.Flag;
import fr.barometre.events.Reason;
import fr.barometre.reference.Cog;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The French words and number forms of the report: event types, reasons and flags by their code
 * (an unknown code is shown as is), signed figures with a true minus sign, dates, periods.
 */
final class Labels {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final Map<EventType, String> TYPES =
      Map.of(
          EventType.OUVERTURE, "Ouverture",
          EventType.EXTENSION, "Extension",
          EventType.FERMETURE, "Fermeture",
          EventType.REDUCTION, "Réduction");

  private static final Map<String, String> LEVELS =
      Map.of(Cog.LEVEL_COUNTRY, "France", Cog.LEVEL_REGION, "Région", Cog.LEVEL_DEPARTMENT, "Département");

  /** Rejects (the relève rows that could not be read), by reason. */
  private static final Map<String, String> REJECTS =
      Map.ofEntries(
          Map.entry("malformed_row", "ligne mal formée"),
          Map.entry("invalid_siret", "SIRET invalide"),
          Map.entry("unknown_type", "type d'événement inconnu"),
          Map.entry("bad_date", "date absente ou invalide"),
          Map.entry("bad_headcount", "effectif négatif ou non numérique"),
          Map.entry("bad_number", "variation ou investissement non numérique"),
          Map.entry("bad_releve", "nom de relève mal formé"),
          Map.entry("bad_commune", "code commune invalide"),
          Map.entry("bad_naf", "code NAF invalide"),
          Map.entry("bad_status", "statut invalide"),
          Map.entry("missing_name", "raison sociale absente"),
          Map.entry("no_siret_no_commune", "ni SIRET ni commune"),
          Map.entry("duplicate", "doublon"));

  /** Events kept but not counted. */
  private static final Map<Reason, String> REASONS =
      Map.ofEntries(
          Map.entry(Reason.CANCELLED, "annulé"),
          Map.entry(Reason.BEFORE_FIRST_PERIOD, "antérieur à la première période"),
          Map.entry(Reason.NOT_YET_EFFECTIVE, "pas encore effectif"),
          Map.entry(Reason.OUT_OF_SCOPE_NAF, "activité hors champ"),
          Map.entry(Reason.OUT_OF_SCOPE_CRAFT, "artisanat hors champ"),
          Map.entry(Reason.BELOW_THRESHOLD, "sous le seuil d'effectif"),
          Map.entry(Reason.INCONSISTENT_CHANGE, "évolution incohérente"),
          Map.entry(Reason.NOT_SIGNIFICANT, "non significatif"),
          Map.entry(Reason.TRANSFER, "transfert"));

  /** Quality flags of counted events (those {@code events.flags} lists). */
  private static final Map<Flag, String> FLAGS =
      Map.of(
          Flag.NAF_UNKNOWN, "activité inconnue",
          Flag.HEADCOUNT_UNKNOWN, "effectif inconnu",
          Flag.SIGNIFICANCE_SIRENE, "significativité établie par SIRENE",
          Flag.SIGNIFICANCE_DECLARED, "significativité déclarée seulement");

  /** Every word above by the code the lake stores. */
  private static final Map<String, String> WORDS = words();

  private Labels() {}

  private static Map<String, String> words() {
    Map<String, String> words = new HashMap<>(LEVELS);
    words.putAll(REJECTS);
    TYPES.forEach((t, w) -> words.put(t.code(), w));
    REASONS.forEach((r, w) -> words.put(r.code(), w));
    FLAGS.forEach((f, w) -> words.put(f.code(), w));
    return Map.copyOf(words);
  }

  /** The French word for a code, or the code itself when it has none. */
  static String word(String code) {
    return code == null ? "" : WORDS.getOrDefault(code, code);
  }

  /** Flags {@code a;b} as their words, comma-separated. */
  static String flags(String flags) {
    if (flags == null || flags.isBlank()) {
      return "";
    }
    return String.join(", ", java.util.Arrays.stream(flags.split(";")).map(Labels::word).toList());
  }

  /**
   * A figure with its sign: {@code +15}, {@code 0}, {@code −3} (U+2212, as French typesetting
   * wants), thousands apart ({@code +12 345}, narrow no-break space).
   */
  static String signed(long v) {
    return v > 0 ? "+" + grouped(v) : v < 0 ? "\u2212" + grouped(Math.abs(v)) : "0";
  }

  /** A count without a sign but with the true minus sign when negative, thousands apart. */
  static String plain(long v) {
    return v < 0 ? "\u2212" + grouped(Math.abs(v)) : grouped(v);
  }

  private static String grouped(long v) {
    return String.format(Locale.ROOT, "%,d", v).replace(',', '\u202f');
  }

  static String date(LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  /** "en 2024", "au 1er semestre 2024": the period after a figure. */
  static String inPeriod(String p) {
    return (p != null && p.length() == 4 ? "en " : "au ") + period(p);
  }

  /** {@code 2024} → "2024", {@code 2024-S1} → "1er semestre 2024". */
  static String period(String p) {
    if (p != null && p.matches("\\d{4}-S[12]")) {
      return (p.endsWith("1") ? "1er" : "2e") + " semestre " + p.substring(0, 4);
    }
    return p == null ? "" : p;
  }
}
