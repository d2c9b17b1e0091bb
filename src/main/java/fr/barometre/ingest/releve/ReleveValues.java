package fr.barometre.ingest.releve;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_extract_all;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import fr.barometre.events.EventType;
import fr.barometre.reference.NafNomenclature;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * Column functions that read the typed value of one survey-return field from its raw text
 * (shared/spec/survey-return-format.md), and tell whether that text is valid. Each {@code xxx()}
 * gives the typed value (null when the cell is empty or invalid); each {@code xxxValid()} is true
 * when the cell is empty or well formed, so that emptiness and validity are separate questions.
 */
final class ReleveValues {
  static final List<String> EVENT_TYPES = Arrays.stream(EventType.values()).map(EventType::code).toList();
  static final String CONFIRME = "CONFIRME";
  static final String ANNULE = "ANNULE";
  static final List<String> TRUE_WORDS = List.of("OUI", "VRAI", "TRUE");
  static final List<String> FALSE_WORDS = List.of("NON", "FAUX", "FALSE");

  /** La Poste's SIREN, whose SIRETs follow a sum-modulo-5 rule instead of Luhn (INSEE). */
  static final String LA_POSTE_SIREN = "356000000";

  static final String RELEVE_NAME = "^[0-9]{4}-S[12]$";

  /** A relève name inside a file name, not glued to other digits. */
  private static final String RELEVE_IN_NAME = "(?<![0-9])([0-9]{4}-S[12])(?![0-9])";

  private static final String SPACES = "[\\s\\u00A0\\u202F]";
  private static final String ISO_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  private static final String FR_DATE = "^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}$";
  private static final String INTEGER = "^\\+?[0-9]{1,9}$";
  private static final String DECIMAL = "^[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)$";
  private static final String NAF = "^([0-9]{2})\\.?([0-9]{2})([A-Z])$";
  private static final String COMMUNE = "^([0-9]{5}|2[AB][0-9]{3})$";
  private static final String ACCENTED = "ÀÂÄÁÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÇÑ";
  private static final String PLAIN = "AAAAAEEEEIIIIOOOOOUUUUCN";

  private ReleveValues() {}

  /** The cell without surrounding (also non-breaking) spaces; null when nothing is left. */
  static Column clean(String column) {
    return nullif(regexp_replace(col(column), "^" + SPACES + "+|" + SPACES + "+$", ""), lit(""));
  }

  /** The cell with every space removed (numbers, SIRET, codes). */
  static Column compact(String column) {
    return nullif(regexp_replace(col(column), SPACES, ""), lit(""));
  }

  /** Upper case without accents: the matching key of a keyword ({@code Réduction} → REDUCTION). */
  static Column keyword(String column) {
    return regexp_replace(translate(upper(clean(column)), ACCENTED, PLAIN), "\\p{M}", "");
  }

  // --- relève --------------------------------------------------------------------------------

  static Column releveFromFileName() {
    Column names =
        array_distinct(regexp_extract_all(col(ReleveColumns.FILE), lit(RELEVE_IN_NAME), lit(1)));
    return when(size(names).equalTo(1), element_at(names, 1));
  }

  /** The row's relève: its {@code releve} cell, else the one relève the file name names. */
  static Column releveText() {
    return coalesce(upper(clean(ReleveColumns.RELEVE)), releveFromFileName());
  }

  static Column releve() {
    return when(releveValid(), releveText());
  }

  static Column releveValid() {
    return coalesce(releveText().rlike(RELEVE_NAME), lit(false));
  }

  // --- SIRET ---------------------------------------------------------------------------------

  /** Digits of the SIRET cell, spaces and dots ignored, leading zeros restored to 10-13 digits. */
  static Column siretDigits() {
    Column s =
        nullif(regexp_replace(col(ReleveColumns.SIRET), "[\\s\\u00A0\\u202F.]", ""), lit(""));
    return when(s.rlike("^[0-9]{10,13}$"), lpad(s, 14, "0")).otherwise(s);
  }

  static Column siret() {
    return when(siretValid(), siretDigits());
  }

  static Column siretValid() {
    Column s = siretDigits();
    Column laPoste =
        substring(s, 1, 9).equalTo(LA_POSTE_SIREN).and(digitSum(s, false).mod(5).equalTo(0));
    return s.isNull()
        .or(s.rlike("^[0-9]{14}$").and(digitSum(s, true).mod(10).equalTo(0).or(laPoste)));
  }

  static Column siretHas14Digits() {
    return coalesce(siretDigits().rlike("^[0-9]{14}$"), lit(false));
  }

  /**
   * Sum of the 14 digits; with {@code luhn}, every second digit from the right doubled (minus 9
   * above 9), so that a valid SIRET sums to a multiple of 10.
   */
  private static Column digitSum(Column s, boolean luhn) {
    Column sum = lit(0);
    for (int i = 1; i <= 14; i++) {
      Column d = substring(s, i, 1).cast("int");
      boolean doubled = luhn && (14 - i) % 2 == 1;
      sum = sum.plus(doubled ? when(d.geq(5), d.multiply(2).minus(9)).otherwise(d.multiply(2)) : d);
    }
    return sum;
  }

  // --- other fields --------------------------------------------------------------------------

  static Column eventType() {
    Column k = keyword(ReleveColumns.TYPE_EVENEMENT);
    return when(k.isin(EVENT_TYPES.toArray()), k);
  }

  static Column dateText() {
    return clean(ReleveColumns.DATE_EFFET);
  }

  /** The date of effect: {@code YYYY-MM-DD} or {@code DD/MM/YYYY}, null if absent or impossible. */
  static Column effectDate() {
    Column s = dateText();
    return when(s.rlike(ISO_DATE), try_to_timestamp(s, lit("yyyy-MM-dd")).cast("date"))
        .when(s.rlike(FR_DATE), try_to_timestamp(s, lit("d/M/yyyy")).cast("date"));
  }

  static Column dateWellFormed() {
    return dateText().rlike(ISO_DATE).or(dateText().rlike(FR_DATE));
  }

  static Column communeText() {
    Column c = upper(compact(ReleveColumns.CODE_COMMUNE));
    return when(c.rlike("^[0-9]{4}$"), lpad(c, 5, "0")).otherwise(c);
  }

  static Column codeCommune() {
    return when(communeText().rlike(COMMUNE), communeText());
  }

  static Column communeValid() {
    return communeText().isNull().or(communeText().rlike(COMMUNE));
  }

  static Column headcount(String column) {
    return when(headcountValid(column), regexp_replace(compact(column), "^\\+", "").cast("int"));
  }

  static Column headcountValid(String column) {
    return compact(column).isNull().or(compact(column).rlike(INTEGER));
  }

  static Column decimal(String column) {
    return when(decimalValid(column), regexp_replace(compact(column), ",", ".").cast("double"));
  }

  static Column decimalValid(String column) {
    return compact(column).isNull().or(compact(column).rlike(DECIMAL));
  }

  /** The code in the {@code 27.20Z} form when it has the shape of a NAF code, whatever its list. */
  static Column nafText() {
    Column s = upper(compact(ReleveColumns.NAF));
    return when(
        s.rlike(NAF),
        concat(
            regexp_extract(s, NAF, 1),
            lit("."),
            regexp_extract(s, NAF, 2),
            regexp_extract(s, NAF, 3)));
  }

  /** A code of NAF rév. 2 or of NAF 2025 ({@link NafNomenclature}), normalised; else null. */
  static Column naf() {
    return when(NafNomenclature.of(nafText()).isNotNull(), nafText());
  }

  /**
   * Empty, or a code that exists in the nomenclature its final letter names (rév. 2: {@code Z},
   * {@code A}–{@code F}; NAF 2025: {@code Y}, {@code G}, {@code H}, {@code J}, {@code K}, {@code L}).
   */
  static Column nafValid() {
    return compact(ReleveColumns.NAF).isNull().or(NafNomenclature.of(nafText()).isNotNull());
  }

  /** CONFIRME when the cell is empty. */
  static Column statut() {
    Column k = coalesce(keyword(ReleveColumns.STATUT), lit(CONFIRME));
    return when(k.isin(CONFIRME, ANNULE), k);
  }

  static Column france2030() {
    Column k = keyword(ReleveColumns.FRANCE2030);
    return when(k.isin(TRUE_WORDS.toArray()), lit(true))
        .when(k.isin(FALSE_WORDS.toArray()), lit(false));
  }

  static Column france2030Valid() {
    Column k = keyword(ReleveColumns.FRANCE2030);
    return k.isNull().or(k.isin(TRUE_WORDS.toArray())).or(k.isin(FALSE_WORDS.toArray()));
  }
}
