package fr.barometre.demo;

import fr.barometre.events.EventType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One relève row as a local service would type it, every cell as text in the canonical form of
 * shared/spec/survey-return-format.md ({@code YYYY-MM-DD} dates, {@code .} decimals, upper-case
 * types); the writers render it in their dialect. Empty string = empty cell. Faulty rows simply
 * hold the faulty text.
 */
record SurveyRow(
    String releve,
    String idEvenement,
    String siret,
    String raisonSociale,
    String typeEvenement,
    String dateEffet,
    String codeCommune,
    String effectifAvant,
    String effectifApres,
    String naf,
    String filiere,
    String statut,
    String variationProductionPct,
    String investissementMeur,
    String france2030,
    String commentaire) {

  /** A row with the cells a local service fills most, the others empty. */
  static SurveyRow of(String releve, String siret, String name, String type, String date, String commune,
      String before, String after, String naf) {
    return new SurveyRow(releve, "", siret, name, type, date, commune, before, after, naf, "", "", "", "", "", "");
  }

  /**
   * What the scenario's copies of one event share (the same row reported again, corrected, or
   * announced early): the site (SIRET, or the name for a site without one) and the type.
   */
  record Key(String siret, String name, String type) {}

  /** The event type a {@code type_evenement} cell holds, if it is one (upper-case code). */
  static Optional<EventType> typeOf(String cell) {
    return Arrays.stream(EventType.values()).filter(t -> t.code().equals(cell)).findFirst();
  }

  /** The type of a well-formed row (the scenario's events; not a {@link FaultyRows} one). */
  EventType eventType() {
    return typeOf(typeEvenement).orElseThrow(() -> new IllegalStateException("no event type: " + typeEvenement));
  }

  Key key() {
    return new Key(siret, raisonSociale, typeEvenement);
  }

  /** The cells in the order of the format's column table. */
  List<String> cells() {
    return List.of(
        releve, idEvenement, siret, raisonSociale, typeEvenement, dateEffet, codeCommune,
        effectifAvant, effectifApres, naf, filiere, statut, variationProductionPct, investissementMeur,
        france2030, commentaire);
  }

  SurveyRow withReleve(String r) {
    return with("releve", r);
  }

  SurveyRow withId(String id) {
    return with("id_evenement", id);
  }

  SurveyRow withDate(String d) {
    return with("date_effet", d);
  }

  /** Status and comment; an empty status is the default, {@code CONFIRME}. */
  SurveyRow withStatut(String s, String comment) {
    return with("statut", s).with("commentaire", comment);
  }

  SurveyRow withSiret(String s) {
    return with("siret", s);
  }

  SurveyRow withType(String t) {
    return with("type_evenement", t);
  }

  SurveyRow withEffectifs(String avant, String apres) {
    return with("effectif_avant", avant).with("effectif_apres", apres);
  }

  SurveyRow withCommune(String c) {
    return with("code_commune", c);
  }

  SurveyRow withFiliere(String f) {
    return with("filiere", f);
  }

  SurveyRow withProduction(String pct) {
    return with("variation_production_pct", pct);
  }

  SurveyRow withInvestment(String meur) {
    return with("investissement_meur", meur);
  }

  SurveyRow withFrance2030(String ouiNon) {
    return with("france2030", ouiNon);
  }

  /** The same row with one cell changed, the column named as in the national CSV header. */
  private SurveyRow with(String column, String value) {
    List<String> c = new ArrayList<>(cells());
    int i = ReleveCsvWriter.SNAKE_HEADERS.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no relève column " + column);
    }
    c.set(i, value);
    return new SurveyRow(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7),
        c.get(8), c.get(9), c.get(10), c.get(11), c.get(12), c.get(13), c.get(14), c.get(15));
  }
}
