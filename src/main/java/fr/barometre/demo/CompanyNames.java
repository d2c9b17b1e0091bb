package fr.barometre.demo;

import java.util.SplittableRandom;

/** Invented company names that fit the activity (e.g. "Plasturgie du Bugey" for a 22.xx class). */
final class CompanyNames {
  private static final String[] QUALIFIERS = {
    "du Rhône", "de l'Est", "Atlantique", "Industries", "SAS", "et Fils", "Nouvelle", "Technologies",
    "du Centre", "de Provence", "du Nord", "des Alpes", "de Loire", "Méditerranée", "Occitane", "Normande"
  };

  private CompanyNames() {}

  static String forActivity(SplittableRandom r, String naf) {
    return trade(naf) + " " + QUALIFIERS[r.nextInt(QUALIFIERS.length)];
  }

  private static String trade(String naf) {
    int division = Integer.parseInt(naf.substring(0, 2));
    if (division <= 9) {
      return "Carrières";
    } else if (division <= 12) {
      return "Agroalimentaire";
    } else if (division <= 15) {
      return "Textiles";
    } else if (division <= 16) {
      return "Scierie";
    } else if (division <= 18) {
      return "Papeterie";
    } else if (division <= 20) {
      return "Chimie";
    } else if (division == 21) {
      return "Laboratoires";
    } else if (division == 22) {
      return "Plasturgie";
    } else if (division == 23) {
      return "Verrerie";
    } else if (division == 24) {
      return "Fonderie";
    } else if (division == 25) {
      return "Mécanique";
    } else if (division <= 27) {
      return "Électronique";
    } else if (division == 28) {
      return "Machines";
    } else if (division <= 30) {
      return "Équipementier";
    } else if (division <= 33) {
      return "Ateliers";
    } else if (division == 35) {
      return "Énergies";
    } else if (division <= 39) {
      return "Recyclage";
    }
    return "Services";
  }
}
