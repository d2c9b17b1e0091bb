package fr.barometre.demo;

import static fr.barometre.events.EventType.EXTENSION;
import static fr.barometre.events.EventType.FERMETURE;
import static fr.barometre.events.EventType.OUVERTURE;
import static fr.barometre.events.EventType.REDUCTION;

import fr.barometre.demo.PublishedFigures.Tally;
import fr.barometre.events.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The counted events of the scenario: exactly {@link PublishedFigures}' numbers per year, half and
 * type (Auvergne-Rhône-Alpes' 2024 ones in the région, the other 2024 ones outside it, earlier ones
 * anywhere), including the {@link NamedSites} and one transfer between two départements (counted
 * as a closure and an opening, methodology §6). Some 2024-S2 events are also reported early in the
 * 2024-S1 relève — with a date corrected later, or announced before they take effect — so that
 * vintage 2024-S2 revises 2024-S1.
 */
final class CountedEvents {
  /** The types in the order of {@link Tally}'s components. */
  static final List<EventType> TYPES = List.of(OUVERTURE, EXTENSION, FERMETURE, REDUCTION);
  /** 2024-S2 events first reported in 2024-S1 with an earlier date, then corrected. */
  private static final int DATE_CORRECTIONS = 3;
  /** 2024-S2 events announced in 2024-S1 (not yet effective then). */
  private static final int ANNOUNCED_EARLY = 4;

  private final EventFactory factory;
  private final DemoGeography geography;
  private final SplittableRandom r;
  final List<SurveyRow> rows = new ArrayList<>();
  final List<SuccessionLink> links = new ArrayList<>();

  CountedEvents(EventFactory factory, DemoGeography geography, SplittableRandom r) {
    this.factory = factory;
    this.geography = geography;
    this.r = r;
  }

  CountedEvents build() {
    List<SurveyRow> named = NamedSites.rows(factory);
    rows.addAll(named);
    for (int year = PublishedFigures.FIRST_YEAR; year <= PublishedFigures.LAST_YEAR; year++) {
      for (int half = 1; half <= 2; half++) {
        Tally national = PublishedFigures.national(year, half);
        if (year == PublishedFigures.LAST_YEAR) {
          Tally ara = PublishedFigures.ara2024(half);
          Tally rest = national.minus(ara);
          if (half == 2) {
            transferBetweenDepartments(factory.dayIn(year, half));
            rest = rest.minus(new Tally(1, 0, 1, 0));
          }
          emit(ara.minus(tally(named, year, half)), year, half, true);
          emit(rest, year, half, false);
        } else {
          emit(national, year, half, null);
        }
      }
    }
    return this;
  }

  /** {@code inAra}: true inside Auvergne-Rhône-Alpes, false outside, null anywhere. */
  private void emit(Tally tally, int year, int half, Boolean inAra) {
    int corrections = 0;
    int announced = 0;
    for (EventType type : TYPES) {
      for (int i = 0; i < tally.of(type); i++) {
        String commune =
            inAra == null ? geography.anyCommune(r)
                : inAra ? geography.communeIn(r, PublishedFigures.ARA) : geography.communeOutside(r, PublishedFigures.ARA);
        LocalDate date = factory.dayIn(year, half);
        SurveyRow row = factory.counted(type, date, commune);
        if (year == PublishedFigures.LAST_YEAR && half == 2 && corrections < DATE_CORRECTIONS) {
          String id = "CORR-" + year + "-" + (++corrections) + "-" + (inAra ? "ARA" : "FR");
          row = row.withId(id);
          rows.add(row.withDate(factory.dayIn(year, 1).toString()).withReleve("2024-S1"));
        } else if (year == PublishedFigures.LAST_YEAR && half == 2 && announced < ANNOUNCED_EARLY) {
          announced++;
          rows.add(row.withReleve("2024-S1").withStatut("CONFIRME", "mise en service prévue"));
        }
        rows.add(row);
      }
    }
  }

  private void transferBetweenDepartments(LocalDate date) {
    String from = geography.communeOutside(r, PublishedFigures.ARA);
    String to = geography.communeFar(r, from, PublishedFigures.ARA);
    DemoSite closed = factory.site(FERMETURE, date, from, "25.62A", "21", false);
    DemoSite opened = factory.site(OUVERTURE, date, to, "25.62A", "21", false, closed.name());
    links.add(new SuccessionLink(closed.siret(), opened.siret(), date, true));
    rows.add(factory.row(FERMETURE, date, closed).withEffectifs("80", "0")
        .withStatut("", "transfert vers " + geography.name(to)));
    rows.add(factory.row(OUVERTURE, date, opened).withEffectifs("0", "95")
        .withStatut("", "reprise de l'activité de " + geography.name(from)));
  }

  /**
   * {@code rows} where the counted extensions and reductions that only give a production change
   * also give their headcounts, as most services fill them: a change smaller than the jobs
   * criterion in the event's direction, around the lower bound of the site's staff band (so the
   * site stays over the headcount threshold). Production still makes them significant; what they
   * add is their {@code jobs_change}. {@code extra}: a random source other than the scenario's.
   */
  List<SurveyRow> withMeasuredHeadcounts(List<SurveyRow> all, SplittableRandom extra) {
    Map<String, DemoSite> sites = new HashMap<>();
    factory.sites.forEach(s -> sites.putIfAbsent(s.siret(), s));
    Map<SurveyRow.Key, String[]> headcounts = new HashMap<>();
    for (SurveyRow row : rows) {
      DemoSite site = sites.get(row.siret());
      boolean productionOnly = !row.variationProductionPct().isEmpty() && row.effectifAvant().isEmpty()
          && row.effectifApres().isEmpty();
      if (productionOnly && site != null && !headcounts.containsKey(row.key())) {
        int onSite = EventFactory.lowerBound(site.current().band()) + extra.nextInt(10);
        int change = 1 + extra.nextInt(factory.methodology().minJobs() - 1);
        headcounts.put(row.key(), row.eventType() == EXTENSION
            ? new String[] {Integer.toString(Math.max(0, onSite - change)), Integer.toString(onSite)}
            : new String[] {Integer.toString(onSite), Integer.toString(Math.max(0, onSite - change))});
      }
    }
    return all.stream()
        .map(row -> {
          String[] h = headcounts.get(row.key());
          return h == null ? row : row.withEffectifs(h[0], h[1]);
        })
        .toList();
  }

  private static Tally tally(List<SurveyRow> rows, int year, int half) {
    int[] n = new int[4];
    for (SurveyRow row : rows) {
      LocalDate d = LocalDate.parse(row.dateEffet());
      if (d.getYear() == year && (d.getMonthValue() <= 6 ? 1 : 2) == half) {
        n[TYPES.indexOf(row.eventType())]++;
      }
    }
    return new Tally(n[0], n[1], n[2], n[3]);
  }
}
