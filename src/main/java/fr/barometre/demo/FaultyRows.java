package fr.barometre.demo;

import java.util.List;

/**
 * Relève rows with the slips hand-filled spreadsheets really have, each of which the pipeline must
 * reject with a reason (methodology §9): a mistyped SIRET (Luhn check fails), a SIREN typed for a
 * SIRET, an unknown event type, an impossible or missing date, a negative or non-numeric
 * headcount, a non-numeric production change or investment, a malformed relève name, and a row
 * that names neither a SIRET nor a commune.
 */
final class FaultyRows {
  private FaultyRows() {}

  static List<SurveyRow> rows(FictitiousSirets sirets) {
    String s = sirets.next();
    return List.of(
        row("2022-S2", FictitiousSirets.misKeyed(sirets.next()), "Fonderie du Centre", "OUVERTURE", "2022-09-12", "0", "45"),
        row("2023-S1", s.substring(0, 9), "Textiles Normande", "FERMETURE", "2023-03-01", "60", "0"),
        row("2023-S1", sirets.next(), "Chimie de l'Est", "DEMENAGEMENT", "2023-04-11", "", ""),
        row("2023-S2", sirets.next(), "Plasturgie SAS", "EXTENSION", "2023-02-30", "50", "90"),
        row("2023-S2", sirets.next(), "Mécanique Atlantique", "OUVERTURE", "", "0", "30"),
        row("2024-S1", sirets.next(), "Verrerie du Nord", "REDUCTION", "2024-03-15", "-12", "40"),
        row("2024-S1", sirets.next(), "Papeterie de Loire", "FERMETURE", "2024-05-02", "vingt", "0"),
        row("2024-S3", sirets.next(), "Machines des Alpes", "OUVERTURE", "2024-09-09", "0", "25"),
        row("2024-S2", "", "Atelier sans adresse", "OUVERTURE", "2024-10-10", "0", "30"),
        row("2024-S2", sirets.next(), "Agroalimentaire Occitane", "EXTENSION", "2024-11-05", "", "")
            .withProduction("forte hausse"),
        row("2024-S2", sirets.next(), "Laboratoires du Rhône", "EXTENSION", "2024-12-02", "", "")
            .withInvestment("cinq"));
  }

  private static SurveyRow row(String releve, String siret, String name, String type, String date, String before, String after) {
    return SurveyRow.of(releve, siret, name, type, date, "", before, after, "");
  }
}
