package fr.barometre.demo;

import java.time.LocalDate;

/** One row of INSEE's {@code StockEtablissementLiensSuccession}: P succeeded by S on a date. */
record SuccessionLink(String predecessor, String successor, LocalDate date, boolean continuity) {
  static final String HEADER =
      "siretEtablissementPredecesseur,siretEtablissementSuccesseur,dateLienSuccession,transfertSiege,"
          + "continuiteEconomique,dateDernierTraitementLienSuccession";

  String csv() {
    return predecessor + "," + successor + "," + date + ",false," + continuity + "," + date + "T08:00:00";
  }
}
