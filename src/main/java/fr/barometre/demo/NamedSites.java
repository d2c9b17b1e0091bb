package fr.barometre.demo;

import static fr.barometre.events.EventType.EXTENSION;
import static fr.barometre.events.EventType.OUVERTURE;

import fr.barometre.events.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2024 Auvergne-Rhône-Alpes sites the published baromètre cites, as demo events: the openings
 * of Dracula Technologies (Valence), Limatech (Voreppe), Symbio's gigafactory (Saint-Fons), MGA
 * MedTech (Mably; 37 jobs), ITEN (Dardilly), Nutralp (Bâgé-Dommartin) and Oxyane (La
 * Côte-Saint-André), and the extension of Infiplast (Oyonnax; 15 hires). Names, communes (COG
 * codes), investments, jobs, sectors (the DGE's release files them under électronique, industries
 * vertes, santé, agroalimentaire and plasturgie) and France 2030 laureates (Dracula Technologies,
 * Limatech) are the published ones; SIRETs, exact dates and NAF classes are the demo's
 * (fictitious SIRETs of {@link FictitiousSirets}); Symbio's and Oxyane's rows carry no SIRET, as a
 * new site's often does not. Their sectors are typed in the relève's {@code filiere} by
 * {@link DemoSectors}.
 */
final class NamedSites {
  /**
   * One cited site: no SIRET when {@code inSirene} is false; null jobs/investment: not stated;
   * {@code sector} a code of {@code barometre.methodology.sectors}.
   */
  record Named(String name, EventType type, LocalDate date, String commune, String naf, String band,
      Integer before, Integer after, Integer investmentMeur, boolean inSirene, String sector,
      boolean france2030, String comment) {}

  static final List<Named> ALL =
      List.of(
          new Named("Dracula Technologies", OUVERTURE, LocalDate.of(2024, 9, 15), "26362", "27.90Z", "12",
              null, null, 8, true, "electronique", true, "cellules photovoltaïques organiques"),
          new Named("Limatech", OUVERTURE, LocalDate.of(2024, 4, 8), "38565", "27.20Z", "12",
              null, null, 10, true, "industries_vertes", true, "batteries lithium pour l'aéronautique"),
          new Named("Symbio", OUVERTURE, LocalDate.of(2024, 7, 1), "69199", "27.90Z", "",
              null, null, null, false, "industries_vertes", false, "gigafactory de piles à hydrogène"),
          new Named("MGA MedTech", OUVERTURE, LocalDate.of(2024, 3, 18), "42127", "32.50A", "12",
              0, 37, 10, true, "sante", false, "dispositifs médicaux"),
          new Named("ITEN", OUVERTURE, LocalDate.of(2024, 11, 4), "69072", "27.20Z", "21",
              null, null, 14, true, "electronique", false, "micro-batteries"),
          new Named("Nutralp", OUVERTURE, LocalDate.of(2024, 5, 21), "01025", "10.91Z", "12",
              null, null, null, true, "agroalimentaire", false, ""),
          new Named("Oxyane", OUVERTURE, LocalDate.of(2024, 9, 30), "38130", "20.14Z", "",
              null, null, null, false, "agroalimentaire", false, ""),
          new Named("Infiplast", EXTENSION, LocalDate.of(2024, 10, 1), "01283", "22.29A", "21",
              45, 60, 6, true, "plasturgie", false, "doublement de la surface"));

  private NamedSites() {}

  /** Their relève rows (and SIRENE sites, added to {@code factory}'s). */
  static List<SurveyRow> rows(EventFactory factory) {
    List<SurveyRow> rows = new ArrayList<>();
    for (Named n : ALL) {
      String siret = "";
      if (n.inSirene()) {
        siret = factory.site(n.type(), n.date(), n.commune(), n.naf(), n.band(), false, n.name()).siret();
      }
      rows.add(SurveyRow.of("", siret, n.name(), n.type().code(), n.date().toString(), n.commune(),
              text(n.before()), text(n.after()), n.naf())
          .withStatut("CONFIRME", n.comment())
          .withInvestment(text(n.investmentMeur()))
          .withFrance2030(n.france2030() ? "oui" : ""));
    }
    return rows;
  }

  /** The cited site of this name, if any. */
  static java.util.Optional<Named> named(String name) {
    return ALL.stream().filter(n -> n.name().equals(name)).findFirst();
  }

  private static String text(Integer v) {
    return v == null ? "" : v.toString();
  }
}
