package fr.barometre.config;

import com.typesafe.config.Config;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The counting rules' parameters (shared/spec/methodology.md), read from {@code
 * barometre.methodology}. Every threshold the rules use comes from here, never from a literal.
 * {@code naf2025From} is the first effect date judged in NAF 2025, whose excluded classes are
 * {@code naf2025ExcludedClasses}; the included divisions are the same in both nomenclatures.
 * {@code sectors} is the sector list and NAF → sector rule (sectors-jobs-territories.md §1).
 */
public record Methodology(
    int firstYear,
    int minEmployees,
    int minJobs,
    double minProductionChangePct,
    double minInvestmentMeur,
    List<String> includedDivisions,
    List<String> excludedClasses,
    LocalDate naf2025From,
    List<String> naf2025ExcludedClasses,
    Sectors sectors)
    implements Serializable {

  static Methodology from(Config c) {
    return new Methodology(
        c.getInt("first-year"),
        c.getInt("min-employees"),
        c.getInt("min-jobs"),
        c.getDouble("min-production-change-pct"),
        c.getDouble("min-investment-meur"),
        List.copyOf(c.getStringList("naf.included-divisions")),
        List.copyOf(c.getStringList("naf.excluded-classes")),
        LocalDate.parse(c.getString("naf2025.from")),
        List.copyOf(c.getStringList("naf2025.excluded-classes")),
        Sectors.from(c.getConfig("sectors")));
  }
}
