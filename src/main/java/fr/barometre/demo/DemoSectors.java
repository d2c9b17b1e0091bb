package fr.barometre.demo;

import fr.barometre.config.Sectors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sector ("filière", sectors-jobs-territories.md §1) the demo's relève rows type in their
 * {@code filiere} cell, chosen so that the counted events of 2024, sector by sector, give
 * {@link PublishedFigures#SECTORS_2024}. Each event starts in the sector of its activity code (the
 * §1 prefix table of {@code barometre.methodology.sectors}); the cited sites are in their published
 * sectors ({@link NamedSites}); then, sector by sector, 2024 events of related sectors are
 * re-filed until the net is the published one (a foundry supplying carmakers filed under
 * transports, a chemicals plant making food ingredients under agroalimentaire). The rest of the
 * scenario is untouched: same rows, same SIRENE sites, same counted figures.
 *
 * <p>How rows spell it, as services do: a re-filed event, a cited site and a site whose activity
 * the pipeline cannot see (a new site without SIRET nor NAF) always type their sector; other
 * industrial rows mostly (the code, the label, or the code shouted with hyphens), a few not at all
 * (the activity code decides), and a few type a name the list does not know (the pipeline falls
 * back on the activity code and flags {@code sector_unrecognised}). Out-of-scope and faulty rows
 * type none.
 */
final class DemoSectors {
  /** Percentage of rows typing a sector that their activity code already gives. */
  private static final int TYPED_PERCENT = 85;
  /** Per mille of those typing a name outside the list instead. */
  private static final int UNRECOGNISED_PER_MILLE = 15;
  private static final String UNRECOGNISED = "Industrie du futur";

  /**
   * Where a published sector's extra events come from: sectors whose plants often work for it. The
   * published sectors themselves are never donors, so that each keeps its figure.
   */
  private static final Map<String, List<String>> RELATED =
      Map.of(
          "industries_vertes", List.of("electronique", "chimie", "metallurgie", "energie", "materiaux"),
          "agroalimentaire", List.of("chimie", "bois_papier"),
          "transport", List.of("metallurgie", "electronique"),
          "biens_consommation", List.of("mode_textile", "bois_papier", "chimie", "materiaux"),
          "plasturgie", List.of("chimie"),
          "mecanique", List.of("metallurgie", "electronique"));

  private final Sectors sectors;
  private final DemoNaf naf;
  private final SplittableRandom r;

  /**
   * {@code r}: the generator's random source for these choices only — drawing from the main one
   * would shift every later draw of the scenario.
   */
  DemoSectors(Sectors sectors, DemoNaf naf, SplittableRandom r) {
    this.sectors = sectors;
    this.naf = naf;
    this.r = r;
  }

  /** A counted 2024 event the plan may re-file: its row's key, +1 or −1 in the net, its sector. */
  private record Movable(SurveyRow.Key key, int sign) {}

  /** {@code rows} with their {@code filiere} typed; {@code counted}: the scenario's counted rows. */
  List<SurveyRow> typed(List<SurveyRow> rows, List<SurveyRow> counted, EventFactory factory) {
    Map<String, DemoSite> sites =
        factory.sites.stream().collect(Collectors.toMap(DemoSite::siret, Function.identity(), (a, b) -> a));
    Function<SurveyRow, String> activity = row -> activity(row, sites, factory.newSiteActivities);
    Map<SurveyRow.Key, String> plan = plan(counted, activity);
    Map<SurveyRow.Key, String> typed = new HashMap<>();
    List<SurveyRow> out = new ArrayList<>(rows.size());
    for (SurveyRow row : rows) {
      // Every copy of an event (reported again, corrected later) types the same.
      String text = typed.computeIfAbsent(row.key(), k -> filiere(row, plan.get(k), activity.apply(row), sites));
      out.add(text.isEmpty() ? row : row.withFiliere(text));
    }
    return out;
  }

  /** The sector of each counted event of 2024, re-filed to give the published sector figures. */
  private Map<SurveyRow.Key, String> plan(List<SurveyRow> counted, Function<SurveyRow, String> activity) {
    Map<SurveyRow.Key, String> plan = new LinkedHashMap<>();
    Map<String, Integer> net = new HashMap<>();
    List<Movable> movable = new ArrayList<>();
    for (SurveyRow row : counted) {
      // Rows given a relève already are early copies of a later event, which counts instead.
      if (!row.releve().isEmpty() || LocalDate.parse(row.dateEffet()).getYear() != PublishedFigures.LAST_YEAR) {
        continue;
      }
      int sign = row.eventType().sign();
      var named = NamedSites.named(row.raisonSociale());
      String sector = named.map(NamedSites.Named::sector).orElseGet(() -> sectorOf(activity.apply(row)));
      plan.put(row.key(), sector);
      net.merge(sector, sign, Integer::sum);
      if (named.isEmpty()) {
        movable.add(new Movable(row.key(), sign));
      }
    }
    shuffle(movable);
    Set<SurveyRow.Key> moved = new HashSet<>();
    PublishedFigures.SECTORS_2024.forEach((target, wanted) -> {
      for (int gap = wanted - net.getOrDefault(target, 0); gap != 0; gap -= Integer.signum(gap)) {
        int sign = Integer.signum(gap);
        Movable m = pick(movable, sign, moved, plan, RELATED.getOrDefault(target, List.of()));
        if (m == null) { // related sectors exhausted (another seed): any sector not published
          m = pick(movable, sign, moved, plan, donorsOtherThanPublished());
        }
        if (m == null) {
          throw new IllegalStateException("demo data: no 2024 event left to bring sector " + target + " to " + wanted);
        }
        net.merge(plan.get(m.key()), -sign, Integer::sum);
        net.merge(target, sign, Integer::sum);
        plan.put(m.key(), target);
        moved.add(m.key());
      }
    });
    return plan;
  }

  private static Movable pick(
      List<Movable> movable, int sign, Set<SurveyRow.Key> moved, Map<SurveyRow.Key, String> plan, List<String> from) {
    for (Movable m : movable) {
      if (m.sign() == sign && !moved.contains(m.key()) && from.contains(plan.get(m.key()))) {
        return m;
      }
    }
    return null;
  }

  private List<String> donorsOtherThanPublished() {
    return sectors.codes().stream()
        .filter(s -> !PublishedFigures.SECTORS_2024.containsKey(s) && !s.equals(sectors.unclassified()))
        .toList();
  }

  /** What a row types in {@code filiere}; empty for none. */
  private String filiere(SurveyRow row, String planned, String activity, Map<String, DemoSite> sites) {
    var named = NamedSites.named(row.raisonSociale());
    if (named.isPresent()) {
      return spelled(named.get().sector());
    }
    if (activity == null || !naf.industrial(activity)) {
      return ""; // faulty or out of scope: nothing to file
    }
    String byActivity = sectorOf(activity);
    String sector = planned == null ? byActivity : planned;
    DemoSite site = sites.get(row.siret());
    boolean pipelineSeesActivity =
        !row.naf().isEmpty() || site != null && (site.current() != null || site.previous() != null);
    if (!sector.equals(byActivity) || !pipelineSeesActivity) {
      return spelled(sector);
    }
    int draw = r.nextInt(1000);
    if (draw < UNRECOGNISED_PER_MILLE) {
      return UNRECOGNISED;
    }
    return draw < 10 * TYPED_PERCENT ? spelled(sector) : "";
  }

  /** A sector as a service types it: its code, its label, or the code in capitals with hyphens. */
  private String spelled(String sector) {
    int how = r.nextInt(10);
    if (how < 4) {
      return sector;
    }
    return how < 8 ? sectors.labels().get(sector) : sector.toUpperCase(Locale.ROOT).replace('_', '-');
  }

  String sectorOf(String code) {
    return sectors.ofRev2Code(code);
  }

  /** The activity the pipeline's scope rule reads (SIRENE's, else the row's), or the new site's own. */
  private static String activity(SurveyRow row, Map<String, DemoSite> sites, Map<String, String> newSites) {
    DemoSite site = sites.get(row.siret());
    if (site != null) {
      return site.naf();
    }
    return row.naf().isEmpty() ? newSites.get(row.raisonSociale()) : row.naf();
  }

  private void shuffle(List<Movable> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      Movable t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
