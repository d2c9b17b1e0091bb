package fr.barometre.demo;

import java.util.List;

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
    return new SurveyRow(r, idEvenement, siret, raisonSociale, typeEvenement, dateEffet, codeCommune,
        effectifAvant, effectifApres, naf, filiere, statut, variationProductionPct, investissementMeur,
        france2030, commentaire);
  }

  SurveyRow withId(String id) {
    return new SurveyRow(releve, id, siret, raisonSociale, typeEvenement, dateEffet, codeCommune,
        effectifAvant, effectifApres, naf, filiere, statut, variationProductionPct, investissementMeur,
        france2030, commentaire);
  }

  SurveyRow withDate(String d) {
    return new SurveyRow(releve, idEvenement, siret, raisonSociale, typeEvenement, d, codeCommune,
        effectifAvant, effectifApres, naf, filiere, statut, variationProductionPct, investissementMeur,
        france2030, commentaire);
  }

  /** Status and comment; an empty status is the default, {@code CONFIRME}. */
  SurveyRow withStatut(String s, String comment) {
    return new SurveyRow(releve, idEvenement, siret, raisonSociale, typeEvenement, dateEffet, codeCommune,
        effectifAvant, effectifApres, naf, filiere, s, variationProductionPct, investissementMeur,
        france2030, comment);
  }

  SurveyRow withSiret(String s) {
    return new SurveyRow(releve, idEvenement, s, raisonSociale, typeEvenement, dateEffet, codeCommune,
        effectifAvant, effectifApres, naf, filiere, statut, variationProductionPct, investissementMeur,
        france2030, commentaire);
  }

  SurveyRow withType(String t) {
    return new SurveyRow(releve, idEvenement, siret, raisonSociale, t, dateEffet, codeCommune,
        effectifAvant, effectifApres, naf, filiere, statut, variationProductionPct, investissementMeur,
        france2030, commentaire);
  }

  SurveyRow withEffectifs(String avant, String apres) {
    return new SurveyRow(releve, idEvenement, siret, raisonSociale, typeEvenement, dateEffet, codeCommune,
        avant, apres, naf, filiere, statut, variationProductionPct, investissementMeur, france2030, commentaire);
  }

  SurveyRow withCommune(String c) {
    return new SurveyRow(releve, idEvenement, siret, raisonSociale, typeEvenement, dateEffet, c,
        effectifAvant, effectifApres, naf, filiere, statut, variationProductionPct, investissementMeur,
        france2030, commentaire);
  }

  SurveyRow withFiliere(String f) {
    return new SurveyRow(releve, idEvenement, siret, raisonSociale, typeEvenement, dateEffet, codeCommune,
        effectifAvant, effectifApres, naf, f, statut, variationProductionPct, investissementMeur,
        france2030, commentaire);
  }

  SurveyRow withProduction(String pct) {
    return new SurveyRow(releve, idEvenement, siret, raisonSociale, typeEvenement, dateEffet, codeCommune,
        effectifAvant, effectifApres, naf, filiere, statut, pct, investissementMeur, france2030, commentaire);
  }

  SurveyRow withInvestment(String meur) {
    return new SurveyRow(releve, idEvenement, siret, raisonSociale, typeEvenement, dateEffet, codeCommune,
        effectifAvant, effectifApres, naf, filiere, statut, variationProductionPct, meur, france2030, commentaire);
  }

  SurveyRow withFrance2030(String ouiNon) {
    return new SurveyRow(releve, idEvenement, siret, raisonSociale, typeEvenement, dateEffet, codeCommune,
        effectifAvant, effectifApres, naf, filiere, statut, variationProductionPct, investissementMeur,
        ouiNon, commentaire);
  }
}
