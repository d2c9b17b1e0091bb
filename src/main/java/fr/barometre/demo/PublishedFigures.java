package fr.barometre.demo;

import fr.barometre.events.EventType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures the demo data are shaped to reproduce: the national net openings the DGE's
 * baromètre published (2022: 139 openings, 151 extensions, 90 closures, 24 reductions, net 176;
 * 2023: net 189; 2024: 114, 152, 119, 58, net 89 — 40 in the first half, 49 in the second) and
 * Auvergne-Rhône-Alpes in 2024 (59 openings and extensions against 27 closures and reductions),
 * and the net of the sectors the 2024 release names ({@link #SECTORS_2024}). Where only a total is
 * published (2023's components, the halves, ARA's split, the other sectors) the split here is the
 * demo's own choice. These are the scenario's design, not methodology parameters.
 */
final class PublishedFigures {
  static final int FIRST_YEAR = 2022;
  static final int LAST_YEAR = 2024;
  /**
   * National net of {@link #LAST_YEAR} by sector (codes of {@code barometre.methodology.sectors}),
   * for the sectors the release names: industries vertes +27, agroalimentaire +20, transports −12,
   * biens de consommation +11, plasturgie −2, mécanique −2.
   */
  static final Map<String, Integer> SECTORS_2024 =
      orderedMap("industries_vertes", 27, "agroalimentaire", 20, "transport", -12, "biens_consommation", 11,
          "plasturgie", -2, "mecanique", -2);
  /** Région Auvergne-Rhône-Alpes (INSEE code). */
  static final String ARA = "84";

  /** Counted events of one period, by type. */
  record Tally(int openings, int extensions, int closures, int reductions) {
    int of(EventType type) {
      return switch (type) {
        case OUVERTURE -> openings;
        case EXTENSION -> extensions;
        case FERMETURE -> closures;
        case REDUCTION -> reductions;
      };
    }

    Tally minus(Tally o) {
      return new Tally(openings - o.openings, extensions - o.extensions, closures - o.closures, reductions - o.reductions);
    }

    Tally plus(Tally o) {
      return new Tally(openings + o.openings, extensions + o.extensions, closures + o.closures, reductions + o.reductions);
    }

    int net() {
      return openings + extensions - closures - reductions;
    }
  }

  private PublishedFigures() {}

  private static Map<String, Integer> orderedMap(Object... keyValues) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], (Integer) keyValues[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  /** National counted events of {@code year}'s half 1 or 2. */
  static Tally national(int year, int half) {
    return switch (year * 10 + half) {
      case 20221 -> new Tally(65, 70, 47, 12);
      case 20222 -> new Tally(74, 81, 43, 12);
      case 20231 -> new Tally(70, 78, 44, 11);
      case 20232 -> new Tally(72, 80, 44, 12);
      case 20241 -> new Tally(55, 75, 60, 30);
      case 20242 -> new Tally(59, 77, 59, 28);
      default -> throw new IllegalArgumentException("no published figures for " + year + "-S" + half);
    };
  }

  static Tally nationalYear(int year) {
    return national(year, 1).plus(national(year, 2));
  }

  /** Auvergne-Rhône-Alpes' counted events of 2024's half 1 or 2 (empty for other years: unconstrained). */
  static Tally ara2024(int half) {
    return half == 1 ? new Tally(12, 17, 10, 4) : new Tally(13, 17, 9, 4);
  }
}
