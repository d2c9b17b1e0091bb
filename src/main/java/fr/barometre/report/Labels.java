package fr.barometre.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The French words and number forms of the report: event types, reasons and flags by their code
 * (an unknown code is shown as is), signed figures with a true minus sign, dates, periods.
 */
final class Labels {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("OUVERTURE", "Ouverture"),
          Map.entry("EXTENSION", "Extension"),
          Map.entry("FERMETURE", "Fermeture"),
          Map.entry("REDUCTION", "Réduction"),
          Map.entry("country", "France"),
          Map.entry("region", "Région"),
          Map.entry("department", "Département"),
          // Rejects (the relève rows that could not be read).
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
          Map.entry("duplicate", "doublon"),
          // Events kept but not counted.
          Map.entry("cancelled", "annulé"),
          Map.entry("before_first_period", "antérieur à la première période"),
          Map.entry("not_yet_effective", "pas encore effectif"),
          Map.entry("out_of_scope_naf", "activité hors champ"),
          Map.entry("out_of_scope_craft", "artisanat hors champ"),
          Map.entry("below_threshold", "sous le seuil d'effectif"),
          Map.entry("inconsistent_change", "évolution incohérente"),
          Map.entry("not_significant", "non significatif"),
          Map.entry("transfer", "transfert"),
          // Quality flags of counted events.
          Map.entry("naf_unknown", "activité inconnue"),
          Map.entry("headcount_unknown", "effectif inconnu"),
          Map.entry("significance_sirene", "significativité établie par SIRENE"),
          Map.entry("significance_declared", "significativité déclarée seulement"));

  private Labels() {}

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
