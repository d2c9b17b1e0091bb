package fr.barometre.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The demo's closing text, in French: national figures per year, régions and sectors of the latest
 * year (sites, and jobs for sectors), revised figures, paths.
 */
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
    sectors(sb, r);
    sb.append("\nChiffres révisés par ").append(r.vintage()).append(" par rapport au millésime précédent : ")
        .append(r.revisedFigures()).append('\n');
    sb.append("Lac de données (Delta) : ").append(r.lake()).append('\n');
    sb.append(r.report()
        .map(p -> "Rapport : " + p + "\nCartes : " + p.getParent() + " (PNG)\n")
        .orElse("Rapport et cartes : non produits\n"));
    return sb.toString();
  }

  /** The country's sectors of the latest year, in the configured order, and their total. */
  private static void sectors(StringBuilder sb, DemoResult r) {
    if (r.sectors().isEmpty()) {
      return;
    }
    sb.append("\nFilières en ").append(r.sectors().get(0).period()).append(", France : sites et emplois\n");
    List<DemoFigures> rows = new ArrayList<>(r.sectors());
    r.national().stream().filter(f -> f.period().equals(r.sectors().get(0).period())).findFirst()
        .map(f -> f.named("Ensemble"))
        .ifPresent(rows::add);
    int width = 2 + rows.stream().mapToInt(f -> shortLabel(f.territoryName()).length()).max().orElse(0);
    String format = "%-" + width + "s%6s%6s%6s%6s%7s%14s%14s%13s%n";
    sb.append(String.format(format, "Filière", "Ouv.", "Ext.", "Ferm.", "Réd.", "Solde", "Empl. créés",
        "Empl. suppr.", "Solde empl."));
    for (DemoFigures f : rows) {
      sb.append(String.format(format, shortLabel(f.territoryName()), f.openings(), f.extensions(), f.closures(),
          f.reductions(), f.net(), f.jobsCreated(), f.jobsLost(), f.netJobs()));
    }
  }

  /** A sector label without its parenthesis ("Transports (automobile, …)" → "Transports"). */
  private static String shortLabel(String label) {
    int paren = label.indexOf(" (");
    return paren < 0 ? label : label.substring(0, paren);
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
