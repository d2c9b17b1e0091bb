package fr.barometre.ingest.releve;

import static fr.barometre.ingest.releve.ReleveColumns.*;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import fr.barometre.lake.Columns;
import fr.barometre.reference.NafNomenclature;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Validates raw survey-return rows ({@link ReleveColumns#rawSchema()}) into typed rows and rejects,
 * at the grain file × line, with column functions only.
 *
 * <p>A row is rejected for the first of these faults that applies, in this order (code — when):
 *
 * <ol>
 *   <li>{@code malformed_row} — the record could not be split: more fields than the header, or a
 *       quoted field never closed;
 *   <li>{@code bad_releve} — the {@code releve} cell is not {@code YYYY-S1|S2}, or it is empty and
 *       the file name does not name exactly one relève;
 *   <li>{@code invalid_siret} — a SIRET that, spaces and dots ignored and leading zeros restored to
 *       10–13 digits, is not 14 digits passing Luhn (or, for SIREN 356000000 only, with a digit sum
 *       multiple of 5);
 *   <li>{@code no_siret_no_commune} — neither a SIRET nor a commune code;
 *   <li>{@code bad_commune} — a commune code that is not 5 characters ({@code 38565}, {@code
 *       2A004}) once a 4-digit code got its leading zero;
 *   <li>{@code missing_name} — empty {@code raison_sociale};
 *   <li>{@code unknown_type} — empty type, or not OUVERTURE, FERMETURE, EXTENSION, REDUCTION (case
 *       and accents ignored);
 *   <li>{@code bad_date} — {@code date_effet} missing, not {@code YYYY-MM-DD} nor {@code
 *       DD/MM/YYYY}, or impossible ({@code 2024-02-30});
 *   <li>{@code bad_headcount} — {@code effectif_avant} or {@code effectif_apres} not an integer ≥
 *       0;
 *   <li>{@code bad_number} — {@code variation_production_pct} or {@code investissement_meur} not a
 *       signed decimal ({@code ,} or {@code .} as decimal mark);
 *   <li>{@code bad_naf} — a NAF code that is not a code of NAF rév. 2 ({@code 27.20Z} / {@code
 *       2720Z}, final letter {@code Z} or {@code A}–{@code F}) nor of NAF 2025 ({@code 27.20Y},
 *       final letter {@code Y}, {@code G}, {@code H}, {@code J}, {@code K} or {@code L}), each
 *       checked against its nomenclature's list;
 *   <li>{@code bad_status} — {@code statut} neither CONFIRME nor ANNULE (case and accents ignored);
 *   <li>{@code bad_france2030} — {@code france2030} neither oui/vrai/true nor non/faux/false.
 * </ol>
 *
 * Duplicates are not judged here: event identities belong to the events package.
 */
public final class ReleveValidation {
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String EVENT_TYPE = Columns.EVENT_TYPE;
  public static final String EFFECT_DATE = Columns.EFFECT_DATE;

  /** Columns of {@link #accepted(Dataset)}, in order. */
  public static final List<String> ACCEPTED_COLUMNS =
      List.of(
          FILE,
          LINE,
          RELEVE,
          ID_EVENEMENT,
          SIRET,
          RAISON_SOCIALE,
          EVENT_TYPE,
          EFFECT_DATE,
          CODE_COMMUNE,
          EFFECTIF_AVANT,
          EFFECTIF_APRES,
          NAF,
          STATUT,
          VARIATION_PRODUCTION_PCT,
          INVESTISSEMENT_MEUR,
          FRANCE2030,
          COMMENTAIRE,
          FILIERE);

  private static final String FAULT = "_fault_";

  private record Rule(String reason, Column fault, Column detail) {}

  private ReleveValidation() {}

  /**
   * Every raw row, typed: the {@link #ACCEPTED_COLUMNS} (null where a value is empty or invalid)
   * plus {@code reason} and {@code detail}, both null for a valid row.
   */
  public static Dataset<Row> validated(Dataset<Row> raw) {
    // Each rule's fault is a column of its own first: the reason and detail chains then test a
    // flag instead of repeating every rule's expression, which keeps the plan small.
    List<Rule> rules = rules();
    List<Column> withFaults = new ArrayList<>(List.of(col("*")));
    Column reason = null;
    Column detail = null;
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      withFaults.add(coalesce(r.fault(), lit(false)).as(FAULT + i));
      Column fault = col(FAULT + i);
      reason = reason == null ? when(fault, lit(r.reason())) : reason.when(fault, lit(r.reason()));
      detail = detail == null ? when(fault, r.detail()) : detail.when(fault, r.detail());
    }
    return raw.select(withFaults.toArray(Column[]::new))
        .select(
            col(FILE),
            col(LINE),
            ReleveValues.releve().as(RELEVE),
            ReleveValues.clean(ID_EVENEMENT).as(ID_EVENEMENT),
            ReleveValues.siret().as(SIRET),
            ReleveValues.clean(RAISON_SOCIALE).as(RAISON_SOCIALE),
            ReleveValues.eventType().as(EVENT_TYPE),
            ReleveValues.effectDate().as(EFFECT_DATE),
            ReleveValues.codeCommune().as(CODE_COMMUNE),
            ReleveValues.headcount(EFFECTIF_AVANT).as(EFFECTIF_AVANT),
            ReleveValues.headcount(EFFECTIF_APRES).as(EFFECTIF_APRES),
            ReleveValues.naf().as(NAF),
            ReleveValues.statut().as(STATUT),
            ReleveValues.decimal(VARIATION_PRODUCTION_PCT).as(VARIATION_PRODUCTION_PCT),
            ReleveValues.decimal(INVESTISSEMENT_MEUR).as(INVESTISSEMENT_MEUR),
            ReleveValues.france2030().as(FRANCE2030),
            ReleveValues.clean(COMMENTAIRE).as(COMMENTAIRE),
            // Free text, never a reject: an unknown sector falls back to the NAF rule (events).
            ReleveValues.clean(FILIERE).as(FILIERE),
            reason.as(REASON),
            detail.as(DETAIL));
  }

  /**
   * The valid rows: {@code file STRING, line INT, releve STRING, id_evenement STRING, siret STRING
   * (14 digits), raison_sociale STRING, event_type STRING, effect_date DATE, code_commune STRING (5
   * characters), effectif_avant INT, effectif_apres INT, naf STRING (27.20Z or 27.20Y), statut STRING
   * (CONFIRME|ANNULE), variation_production_pct DOUBLE, investissement_meur DOUBLE, france2030
   * BOOLEAN, commentaire STRING, filiere STRING}. Text values are trimmed, empty ones null.
   */
  public static Dataset<Row> accepted(Dataset<Row> validated) {
    return validated
        .filter(col(REASON).isNull())
        .select(ACCEPTED_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
  }

  /** The rejected rows: {@code file STRING, line INT, reason STRING, detail STRING}. */
  public static Dataset<Row> rejects(Dataset<Row> validated) {
    return validated
        .filter(col(REASON).isNotNull())
        .select(col(FILE), col(LINE), col(REASON), col(DETAIL));
  }

  private static List<Rule> rules() {
    return List.of(
        new Rule("malformed_row", col(PARSE_ERROR).isNotNull(), col(PARSE_ERROR)),
        new Rule(
            "bad_releve",
            not(ReleveValues.releveValid()),
            when(
                    ReleveValues.clean(RELEVE).isNotNull(),
                    concat(lit("relève '"), col(RELEVE), lit("' is not YYYY-S1 or YYYY-S2")))
                .otherwise(
                    lit("no relève in the row and the file name does not name exactly one"))),
        new Rule(
            "invalid_siret",
            not(ReleveValues.siretValid()),
            concat(
                lit("SIRET '"),
                col(SIRET),
                when(ReleveValues.siretHas14Digits(), lit("' fails the check digit"))
                    .otherwise(lit("' is not 14 digits")))),
        new Rule(
            "no_siret_no_commune",
            ReleveValues.siretDigits().isNull().and(ReleveValues.communeText().isNull()),
            lit("neither a SIRET nor a commune code")),
        new Rule(
            "bad_commune",
            not(ReleveValues.communeValid()),
            concat(lit("commune code '"), col(CODE_COMMUNE), lit("' is not an INSEE code"))),
        new Rule(
            "missing_name",
            ReleveValues.clean(RAISON_SOCIALE).isNull(),
            lit("raison_sociale is empty")),
        new Rule(
            "unknown_type",
            ReleveValues.eventType().isNull(),
            when(ReleveValues.clean(TYPE_EVENEMENT).isNull(), lit("type_evenement is empty"))
                .otherwise(
                    concat(
                        lit("event type '"),
                        col(TYPE_EVENEMENT),
                        lit("' is not " + oneOf(ReleveValues.EVENT_TYPES))))),
        new Rule(
            "bad_date",
            ReleveValues.effectDate().isNull(),
            when(ReleveValues.dateText().isNull(), lit("date_effet is empty"))
                .when(
                    ReleveValues.dateWellFormed(),
                    concat(lit("date '"), col(DATE_EFFET), lit("' does not exist")))
                .otherwise(
                    concat(
                        lit("date '"),
                        col(DATE_EFFET),
                        lit("' is not YYYY-MM-DD nor DD/MM/YYYY")))),
        invalidIf(
            "bad_headcount", EFFECTIF_AVANT, EFFECTIF_APRES, "is not a whole number ≥ 0", true),
        invalidIf(
            "bad_number", VARIATION_PRODUCTION_PCT, INVESTISSEMENT_MEUR, "is not a number", false),
        new Rule(
            "bad_naf",
            not(ReleveValues.nafValid()),
            concat(lit("NAF code '"), col(NAF), nafFault(NafNomenclature.byLetter(ReleveValues.nafText())))),
        new Rule(
            "bad_status",
            ReleveValues.statut().isNull(),
            concat(lit("statut '"), col(STATUT), lit("' is neither CONFIRME nor ANNULE"))),
        new Rule(
            "bad_france2030",
            not(ReleveValues.france2030Valid()),
            concat(lit("france2030 '"), col(FRANCE2030), lit("' is neither oui nor non"))));
  }

  /** Why a NAF code is not one: no code shape, or not in the list its final letter names. */
  private static Column nafFault(Column nomenclature) {
    return when(nomenclature.equalTo(NafNomenclature.REV2), lit("' is not a NAF rév. 2 code"))
        .when(nomenclature.equalTo(NafNomenclature.NAF2025), lit("' is not a NAF 2025 code"))
        .otherwise(lit("' is not of the form 27.20Z (rév. 2) or 27.20Y (NAF 2025)"));
  }

  /** A fault of either of two numeric columns, the detail naming the first one at fault. */
  private static Rule invalidIf(String reason, String a, String b, String what, boolean integer) {
    Column aValid = integer ? ReleveValues.headcountValid(a) : ReleveValues.decimalValid(a);
    Column bValid = integer ? ReleveValues.headcountValid(b) : ReleveValues.decimalValid(b);
    Column detail =
        when(not(aValid), concat(lit(a + " '"), col(a), lit("' " + what)))
            .otherwise(concat(lit(b + " '"), col(b), lit("' " + what)));
    return new Rule(reason, not(aValid).or(not(bValid)), detail);
  }

  /** {@code A, B, C or D}: the values a cell may take, for a reject's detail. */
  private static String oneOf(List<String> values) {
    int last = values.size() - 1;
    return String.join(", ", values.subList(0, last)) + " or " + values.get(last);
  }
}
