package fr.barometre.config;

import com.typesafe.config.Config;
import java.io.Serializable;
import java.util.List;

/**
 * The counting rules' parameters (shared/spec/methodology.md), read from {@code
 * barometre.methodology}. Every threshold the rules use comes from here, never from a literal.
 */
public record Methodology(
    int firstYear,
    int minEmployees,
    int minJobs,
    double minProductionChangePct,
    double minInvestmentMeur,
    List<String> includedDivisions,
    List<String> excludedClasses)
    implements Serializable {

  static Methodology from(Config c) {
    return new Methodology(
        c.getInt("first-year"),
        c.getInt("min-employees"),
        c.getInt("min-jobs"),
        c.getDouble("min-production-change-pct"),
        c.getDouble("min-investment-meur"),
        List.copyOf(c.getStringList("naf.included-divisions")),
        List.copyOf(c.getStringList("naf.excluded-classes")));
  }
}
