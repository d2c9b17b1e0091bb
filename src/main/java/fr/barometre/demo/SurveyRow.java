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
    String statut,
    String variationProductionPct,
    String investissementMeur,
    String france2030,
    String commentaire) {

  /** The cells in the order of the format's column table. */
  List<String> cells() {
    return List.of(
        releve, idEvenement, siret, raisonSociale, typeEvenement, dateEffet, codeCommune,
        effectifAvant, effectifApres, naf, statut, variationProductionPct, investissementMeur,
        france2030, commentaire);
  }

  SurveyRow withReleve(String r) {
    return new SurveyRow(r, idEvenement, siret, raisonSociale, typeEvenement, dateEffet, codeCommune,
        effectifAvant, effectifApres, naf, statut, variationProductionPct, investissementMeur,
        france2030, commentaire);
  }

  SurveyRow withDate(String d) {
    return new SurveyRow(releve, idEvenement, siret, raisonSociale, typeEvenement, d, codeCommune,
        effectifAvant, effectifApres, naf, statut, variationProductionPct, investissementMeur,
        france2030, commentaire);
  }

  SurveyRow withStatut(String s, String comment) {
    return new SurveyRow(releve, idEvenement, siret, raisonSociale, typeEvenement, dateEffet, codeCommune,
        effectifAvant, effectifApres, naf, s, variationProductionPct, investissementMeur,
        france2030, comment);
  }

  SurveyRow withSiret(String s) {
    return new SurveyRow(releve, idEvenement, s, raisonSociale, typeEvenement, dateEffet, codeCommune,
        effectifAvant, effectifApres, naf, statut, variationProductionPct, investissementMeur,
        france2030, commentaire);
  }

  SurveyRow withType(String t) {
    return new SurveyRow(releve, idEvenement, siret, raisonSociale, t, dateEffet, codeCommune,
        effectifAvant, effectifApres, naf, statut, variationProductionPct, investissementMeur,
        france2030, commentaire);
  }

  SurveyRow withEffectifs(String avant, String apres) {
    return new SurveyRow(releve, idEvenement, siret, raisonSociale, typeEvenement, dateEffet, codeCommune,
        avant, apres, naf, statut, variationProductionPct, investissementMeur, france2030, commentaire);
  }

  SurveyRow withCommune(String c) {
    return new SurveyRow(releve, idEvenement, siret, raisonSociale, typeEvenement, dateEffet, c,
        effectifAvant, effectifApres, naf, statut, variationProductionPct, investissementMeur,
        france2030, commentaire);
  }
}
