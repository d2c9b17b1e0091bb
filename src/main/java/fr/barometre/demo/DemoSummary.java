package fr.barometre.demo;

import java.util.List;
import java.util.function.ToLongFunction;

/** The demo's closing text, in French: national figures per year, régions of the latest year, paths. */
public final class DemoSummary {
  private DemoSummary() {}

  public static String of(DemoResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("\nBaromètre industriel : données de démonstration, millésime ").append(r.vintage()).append("\n\n");
    sb.append(String.format("%-28s", "France"));
    r.national().forEach(f -> sb.append(String.format("%8s", f.period())));
    sb.append('\n');
    row(sb, "Ouvertures", r.national(), DemoFigures::openings);
    row(sb, "Extensions", r.national(), DemoFigures::extensions);
    row(sb, "Fermetures", r.national(), DemoFigures::closures);
    row(sb, "Réductions", r.national(), DemoFigures::reductions);
    row(sb, "Solde net", r.national(), DemoFigures::net);
    row(sb, "Solde « greenfield »", r.national(), DemoFigures::greenfieldNet);
    String year = r.regions().isEmpty() ? "" : r.regions().get(0).period();
    sb.append("\nRégions en ").append(year).append(", par solde net décroissant\n");
    sb.append(String.format("%-30s%6s%6s%6s%6s%7s%12s%n", "Région", "Ouv.", "Ext.", "Ferm.", "Réd.", "Solde", "Greenfield"));
    for (DemoFigures f : r.regions()) {
      sb.append(String.format("%-30s%6d%6d%6d%6d%7d%12d%n", truncated(f.territoryName()), f.openings(),
          f.extensions(), f.closures(), f.reductions(), f.net(), f.greenfieldNet()));
    }
    sb.append("\nChiffres révisés par ").append(r.vintage()).append(" par rapport au millésime précédent : ")
        .append(r.revisedFigures()).append('\n');
    sb.append("Lac de données (Delta) : ").append(r.lake()).append('\n');
    sb.append(r.report()
        .map(p -> "Rapport : " + p + "\nCartes : " + p.getParent() + " (PNG)\n")
        .orElse("Rapport et cartes : non produits\n"));
    return sb.toString();
  }

  private static void row(StringBuilder sb, String label, List<DemoFigures> figures, ToLongFunction<DemoFigures> value) {
    sb.append(String.format("  %-26s", label));
    figures.forEach(f -> sb.append(String.format("%8d", value.applyAsLong(f))));
    sb.append('\n');
  }

  private static String truncated(String name) {
    return name.length() <= 28 ? name : name.substring(0, 27) + "…";
  }
}
