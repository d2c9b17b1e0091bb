package fr.barometre.ingest.releve;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.testing.SparkTestSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each validation rule on inline raw rows. Every case is one line of a single raw Dataset,
 * validated once (a Spark job per case would make the suite slow).
 */
class ReleveValidationTest {
  /** A valid row: every case starts from it and changes a few cells. */
  private static final Map<String, String> VALID =
      Map.of(
          "file", "releve_2024-S2_test.csv",
          "releve", "2024-S2",
          "siret", "64616220652388",
          "raison_sociale", "Fonderie du Rhône",
          "type_evenement", "OUVERTURE",
          "date_effet", "2024-09-01");

  private static final List<Row> RAW = new ArrayList<>();
  private static Map<Integer, Row> validated;

  private static int line = 1;

  private static int row(String... keyValues) {
    Map<String, String> cells = new HashMap<>(VALID);
    for (int i = 0; i < keyValues.length; i += 2) {
      cells.put(keyValues[i], keyValues[i + 1]);
    }
    line++;
    Object[] values = new Object[ReleveColumns.CANONICAL.size() + 4];
    values[0] = cells.get("file");
    values[1] = line;
    for (int c = 0; c < ReleveColumns.CANONICAL.size(); c++) {
      values[c + 2] = cells.get(ReleveColumns.CANONICAL.get(c));
    }
    values[values.length - 2] = Map.of();
    values[values.length - 1] = cells.get("parse_error");
    RAW.add(RowFactory.create(values));
    return line;
  }

  // Cases, declared before the one validation run.
  static final int VALID_ROW = row("commentaire", "  à vérifier ", "id_evenement", " ARA-1 ");
  static final int BAD_CHECK_DIGIT = row("siret", "64616220652389");
  static final int SHORT_SIRET = row("siret", "123");
  static final int DOTTED_SIRET = row("siret", "646.162.206.52388");
  static final int SUM5_NOT_LA_POSTE = row("siret", "64616220652384");
  static final int LA_POSTE_BAD_SUM = row("siret", "35600000003852"); // sum 32, fails Luhn too
  static final int LA_POSTE = row("siret", "356 000 000 03850");
  static final int TYPE_ACCENTED = row("type_evenement", "Réduction");
  static final int TYPE_LOWER_SPACED = row("type_evenement", " fermeture ");
  static final int TYPE_EMPTY = row("type_evenement", " ");
  static final int TYPE_UNKNOWN = row("type_evenement", "DEMENAGEMENT");
  static final int DATE_FR = row("date_effet", "31/12/2024");
  static final int DATE_LEAP = row("date_effet", "2024-02-29");
  static final int DATE_IMPOSSIBLE = row("date_effet", "2024-02-30");
  static final int DATE_IMPOSSIBLE_FR = row("date_effet", "30/02/2024");
  static final int DATE_TEXT = row("date_effet", "1er mars 2024");
  static final int DATE_EMPTY = row("date_effet", null);
  static final int COMMUNE_ONLY = row("siret", null, "code_commune", "38565");
  static final int COMMUNE_4_DIGITS = row("code_commune", "1053");
  static final int COMMUNE_CORSICA = row("code_commune", "2a004");
  static final int COMMUNE_BAD = row("code_commune", "123");
  static final int NO_SIRET_NO_COMMUNE = row("siret", " ", "code_commune", null);
  static final int HEADCOUNTS = row("effectif_avant", "+3", "effectif_apres", " 1 200 ");
  static final int HEADCOUNT_NEGATIVE = row("effectif_avant", "-5");
  static final int HEADCOUNT_DECIMAL = row("effectif_apres", "1.5");
  static final int NUMBERS = row("variation_production_pct", "+50", "investissement_meur", "6,5");
  static final int NUMBER_NEGATIVE_COMMA = row("variation_production_pct", "-45,5");
  static final int NUMBER_TEXT = row("investissement_meur", "beaucoup");
  static final int NUMBER_TWO_MARKS = row("variation_production_pct", "1,2,3");
  static final int NAF_SPACED_LOWER = row("naf", " 27.20z ");
  static final int NAF_NO_DOT = row("naf", "2720Z");
  static final int NAF_BAD = row("naf", "27.2");
  static final int NAF_2025 = row("naf", "35.12Y");
  static final int NAF_2025_COMPACT_LOWER = row("naf", " 3512y ");
  static final int NAF_REV2_UNKNOWN = row("naf", "99.99Z");
  static final int NAF_2025_UNKNOWN = row("naf", "38.19Y");
  static final int NAF_NEITHER_LETTER = row("naf", "27.20X");
  static final int STATUS_CANCELLED = row("statut", "Annulé");
  static final int STATUS_BAD = row("statut", "peut-être");
  static final int F2030 = row("france2030", "OUI");
  static final int F2030_NO = row("france2030", "non");
  static final int F2030_BAD = row("france2030", "bof");
  static final int NAME_EMPTY = row("raison_sociale", "  ");
  static final int RELEVE_FROM_FILE = row("releve", null);
  static final int RELEVE_LOWER = row("releve", "2024-s1");
  static final int RELEVE_BAD = row("releve", "2024-S3");
  static final int RELEVE_NOT_IN_NAME = row("releve", null, "file", "releve_rhone.csv");
  static final int RELEVE_TWO_IN_NAME = row("releve", null, "file", "releve_2024-S1_2024-S2.csv");
  static final int FIRST_FAULT_WINS = row("siret", "1", "date_effet", "x", "type_evenement", "x");
  static final int MALFORMED =
      row("parse_error", "16 fields where the header has 15", "siret", "1");

  @BeforeAll
  static void validate() {
    validated =
        ReleveValidation.validated(
                SparkTestSession.get().createDataFrame(RAW, ReleveColumns.rawSchema()))
            .collectAsList()
            .stream()
            .collect(Collectors.toMap(r -> r.<Integer>getAs("line"), r -> r));
  }

  private static Row at(int line) {
    return validated.get(line);
  }

  private static String reason(int line) {
    return at(line).getAs("reason");
  }

  private static String detail(int line) {
    return at(line).getAs("detail");
  }

  @Test
  void aValidRowIsTypedAndTrimmed() {
    Row r = at(VALID_ROW);
    assertThat(r.<String>getAs("reason")).isNull();
    assertThat(r.<String>getAs("detail")).isNull();
    assertThat(r.<String>getAs("siret")).isEqualTo("64616220652388");
    assertThat(r.<String>getAs("event_type")).isEqualTo("OUVERTURE");
    assertThat(r.<java.sql.Date>getAs("effect_date").toLocalDate())
        .isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(r.<String>getAs("statut")).isEqualTo("CONFIRME");
    assertThat(r.<String>getAs("commentaire")).isEqualTo("à vérifier");
    assertThat(r.<String>getAs("id_evenement")).isEqualTo("ARA-1");
    assertThat(r.<Object>getAs("effectif_avant")).isNull();
    assertThat(r.<Object>getAs("france2030")).isNull();
  }

  @Test
  void siretNeeds14DigitsAndLuhnOrLaPosteSum() {
    assertThat(reason(BAD_CHECK_DIGIT)).isEqualTo("invalid_siret");
    assertThat(detail(BAD_CHECK_DIGIT)).contains("64616220652389").contains("check digit");
    assertThat(reason(SHORT_SIRET)).isEqualTo("invalid_siret");
    assertThat(detail(SHORT_SIRET)).contains("not 14 digits");
    assertThat(at(DOTTED_SIRET).<String>getAs("siret")).isEqualTo("64616220652388");
    // Digit sum 55 but SIREN is not La Poste's: only Luhn applies.
    assertThat(reason(SUM5_NOT_LA_POSTE)).isEqualTo("invalid_siret");
    assertThat(reason(LA_POSTE_BAD_SUM)).isEqualTo("invalid_siret");
    assertThat(reason(LA_POSTE)).isNull();
    assertThat(at(LA_POSTE).<String>getAs("siret")).isEqualTo("35600000003850");
  }

  @Test
  void eventTypeIgnoresCaseAndAccents() {
    assertThat(at(TYPE_ACCENTED).<String>getAs("event_type")).isEqualTo("REDUCTION");
    assertThat(at(TYPE_LOWER_SPACED).<String>getAs("event_type")).isEqualTo("FERMETURE");
    assertThat(reason(TYPE_EMPTY)).isEqualTo("unknown_type");
    assertThat(detail(TYPE_EMPTY)).contains("empty");
    assertThat(reason(TYPE_UNKNOWN)).isEqualTo("unknown_type");
    assertThat(detail(TYPE_UNKNOWN)).contains("DEMENAGEMENT");
  }

  @Test
  void datesAreIsoOrFrenchAndMustExist() {
    assertThat(at(DATE_FR).<java.sql.Date>getAs("effect_date").toLocalDate())
        .isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(at(DATE_LEAP).<java.sql.Date>getAs("effect_date").toLocalDate())
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(reason(DATE_IMPOSSIBLE)).isEqualTo("bad_date");
    assertThat(detail(DATE_IMPOSSIBLE)).contains("does not exist");
    assertThat(reason(DATE_IMPOSSIBLE_FR)).isEqualTo("bad_date");
    assertThat(reason(DATE_TEXT)).isEqualTo("bad_date");
    assertThat(detail(DATE_TEXT)).contains("1er mars 2024");
    assertThat(reason(DATE_EMPTY)).isEqualTo("bad_date");
    assertThat(detail(DATE_EMPTY)).contains("empty");
  }

  @Test
  void communeCodesGetTheirZeroBackAndNeedFiveCharacters() {
    assertThat(reason(COMMUNE_ONLY)).isNull();
    assertThat(at(COMMUNE_ONLY).<String>getAs("siret")).isNull();
    assertThat(at(COMMUNE_ONLY).<String>getAs("code_commune")).isEqualTo("38565");
    assertThat(at(COMMUNE_4_DIGITS).<String>getAs("code_commune")).isEqualTo("01053");
    assertThat(at(COMMUNE_CORSICA).<String>getAs("code_commune")).isEqualTo("2A004");
    assertThat(reason(COMMUNE_BAD)).isEqualTo("bad_commune");
    assertThat(reason(NO_SIRET_NO_COMMUNE)).isEqualTo("no_siret_no_commune");
  }

  @Test
  void headcountsAreWholeNonNegativeNumbers() {
    assertThat(at(HEADCOUNTS).<Integer>getAs("effectif_avant")).isEqualTo(3);
    assertThat(at(HEADCOUNTS).<Integer>getAs("effectif_apres")).isEqualTo(1200);
    assertThat(reason(HEADCOUNT_NEGATIVE)).isEqualTo("bad_headcount");
    assertThat(detail(HEADCOUNT_NEGATIVE)).contains("effectif_avant").contains("-5");
    assertThat(reason(HEADCOUNT_DECIMAL)).isEqualTo("bad_headcount");
    assertThat(detail(HEADCOUNT_DECIMAL)).contains("effectif_apres");
  }

  @Test
  void decimalsTakeACommaOrADot() {
    assertThat(at(NUMBERS).<Double>getAs("variation_production_pct")).isEqualTo(50.0);
    assertThat(at(NUMBERS).<Double>getAs("investissement_meur")).isEqualTo(6.5);
    assertThat(at(NUMBER_NEGATIVE_COMMA).<Double>getAs("variation_production_pct"))
        .isEqualTo(-45.5);
    assertThat(reason(NUMBER_TEXT)).isEqualTo("bad_number");
    assertThat(detail(NUMBER_TEXT)).contains("investissement_meur");
    assertThat(reason(NUMBER_TWO_MARKS)).isEqualTo("bad_number");
  }

  @Test
  void nafCodesOfEitherNomenclatureAreCheckedAgainstTheirList() {
    assertThat(reason(NAF_2025)).isNull();
    assertThat(at(NAF_2025).<String>getAs("naf")).isEqualTo("35.12Y");
    assertThat(at(NAF_2025_COMPACT_LOWER).<String>getAs("naf")).isEqualTo("35.12Y");
    assertThat(reason(NAF_REV2_UNKNOWN)).isEqualTo("bad_naf");
    assertThat(detail(NAF_REV2_UNKNOWN)).contains("99.99Z").contains("not a NAF rév. 2 code");
    assertThat(reason(NAF_2025_UNKNOWN)).isEqualTo("bad_naf");
    assertThat(detail(NAF_2025_UNKNOWN)).contains("not a NAF 2025 code");
    assertThat(reason(NAF_NEITHER_LETTER)).isEqualTo("bad_naf");
    assertThat(detail(NAF_NEITHER_LETTER)).contains("27.20Y (NAF 2025)");
  }

  @Test
  void nafStatusAndFrance2030AreNormalised() {
    assertThat(at(NAF_SPACED_LOWER).<String>getAs("naf")).isEqualTo("27.20Z");
    assertThat(at(NAF_NO_DOT).<String>getAs("naf")).isEqualTo("27.20Z");
    assertThat(reason(NAF_BAD)).isEqualTo("bad_naf");
    assertThat(detail(NAF_BAD)).contains("is not of the form");
    assertThat(at(STATUS_CANCELLED).<String>getAs("statut")).isEqualTo("ANNULE");
    assertThat(reason(STATUS_BAD)).isEqualTo("bad_status");
    assertThat(at(F2030).<Boolean>getAs("france2030")).isTrue();
    assertThat(at(F2030_NO).<Boolean>getAs("france2030")).isFalse();
    assertThat(reason(F2030_BAD)).isEqualTo("bad_france2030");
    assertThat(reason(NAME_EMPTY)).isEqualTo("missing_name");
  }

  @Test
  void releveComesFromTheCellElseFromTheFileName() {
    assertThat(at(RELEVE_FROM_FILE).<String>getAs("releve")).isEqualTo("2024-S2");
    assertThat(at(RELEVE_LOWER).<String>getAs("releve")).isEqualTo("2024-S1");
    assertThat(reason(RELEVE_BAD)).isEqualTo("bad_releve");
    assertThat(detail(RELEVE_BAD)).contains("2024-S3");
    assertThat(reason(RELEVE_NOT_IN_NAME)).isEqualTo("bad_releve");
    assertThat(reason(RELEVE_TWO_IN_NAME)).isEqualTo("bad_releve");
  }

  @Test
  void theFirstFaultInTheDocumentedOrderIsTheReason() {
    assertThat(reason(FIRST_FAULT_WINS)).isEqualTo("invalid_siret");
    assertThat(reason(MALFORMED)).isEqualTo("malformed_row");
    assertThat(detail(MALFORMED)).isEqualTo("16 fields where the header has 15");
  }

  @Test
  void acceptedAndRejectsSplitTheRows() {
    var raw = SparkTestSession.get().createDataFrame(RAW, ReleveColumns.rawSchema());
    var v = ReleveValidation.validated(raw);
    long rejected = validated.values().stream().filter(r -> r.getAs("reason") != null).count();
    assertThat(ReleveValidation.rejects(v).count()).isEqualTo(rejected);
    assertThat(ReleveValidation.accepted(v).count()).isEqualTo(RAW.size() - rejected);
  }
}
