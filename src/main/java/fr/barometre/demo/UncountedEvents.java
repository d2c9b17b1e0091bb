package fr.barometre.demo;

import static fr.barometre.events.EventType.EXTENSION;
import static fr.barometre.events.EventType.FERMETURE;
import static fr.barometre.events.EventType.OUVERTURE;
import static fr.barometre.events.EventType.REDUCTION;

import fr.barometre.config.Methodology;
import fr.barometre.events.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Well-formed relève rows that the counting rules leave out (methodology §3–§9), a few of each
 * kind every year: activity out of scope (outside sections B–E, or an excluded class), crafts
 * register, below the headcount threshold, a change not significant or going the wrong way, a
 * transfer inside one département, an event withdrawn by a later relève, before the first year
 * counted, not yet effective. Thresholds come from the configuration, so these stay uncounted if
 * it changes.
 */
final class UncountedEvents {
  private final EventFactory factory;
  private final DemoGeography geography;
  private final DemoNaf naf;
  private final Methodology m;
  private final SplittableRandom r;
  final List<SurveyRow> rows = new ArrayList<>();
  final List<SuccessionLink> links = new ArrayList<>();

  UncountedEvents(EventFactory factory, DemoGeography geography, DemoNaf naf, Methodology m, SplittableRandom r) {
    this.factory = factory;
    this.geography = geography;
    this.naf = naf;
    this.m = m;
    this.r = r;
  }

  UncountedEvents build() {
    for (int year = PublishedFigures.FIRST_YEAR; year <= PublishedFigures.LAST_YEAR; year++) {
      outOfScope(day(year), false, OUVERTURE);
      outOfScope(day(year), false, FERMETURE);
      outOfScope(day(year), true, OUVERTURE);
      crafts(day(year));
      belowThreshold(day(year), OUVERTURE);
      belowThreshold(day(year), FERMETURE);
      notSignificant(day(year));
      inconsistent(day(year));
    }
    transferInsideDepartment(LocalDate.of(2023, 10, 2));
    transferInsideDepartment(LocalDate.of(2024, 3, 1));
    withdrawn(LocalDate.of(2023, 5, 12), "2023-S1", "2023-S2");
    withdrawn(LocalDate.of(2024, 2, 20), "2024-S1", "2024-S2");
    withdrawn(LocalDate.of(2024, 6, 3), "2024-S1", "2024-S2");
    rows.add(plain(OUVERTURE, LocalDate.of(2021, 11, 15), "21").withEffectifs("0", "60"));
    rows.add(plain(FERMETURE, LocalDate.of(2021, 12, 31), "21").withEffectifs("75", "0"));
    for (int month = 2; month <= 6; month += 2) { // announced for 2025 in the last relève
      rows.add(plain(OUVERTURE, LocalDate.of(2025, month, 1), "21").withReleve("2024-S2")
          .withStatut("", "démarrage prévu en 2025"));
    }
    return this;
  }

  private LocalDate day(int year) {
    return factory.dayIn(year, 1 + r.nextInt(2));
  }

  private SurveyRow plain(EventType type, LocalDate date, String band) {
    DemoSite site = factory.site(type, date, geography.anyCommune(r), naf.industrial(r), band, false);
    return factory.row(type, date, site);
  }

  private void outOfScope(LocalDate date, boolean excludedClass, EventType type) {
    DemoSite site = factory.site(type, date, geography.anyCommune(r), naf.outOfScope(r, excludedClass), "21", false);
    rows.add(factory.row(type, date, site).withEffectifs(type == OUVERTURE ? "0" : "70",
        type == OUVERTURE ? "70" : "0"));
  }

  private void crafts(LocalDate date) {
    DemoSite site = factory.site(OUVERTURE, date, geography.anyCommune(r), naf.industrial(r), "12", true);
    rows.add(factory.row(OUVERTURE, date, site).withEffectifs("0", Integer.toString(m.minEmployees() + 2)));
  }

  private void belowThreshold(LocalDate date, EventType type) {
    String small = Integer.toString(m.minEmployees() - 1 - r.nextInt(m.minEmployees() / 2));
    SurveyRow row = plain(type, date, "11");
    rows.add(type == OUVERTURE ? row.withEffectifs("0", small) : row.withEffectifs(small, "0"));
  }

  private void notSignificant(LocalDate date) {
    int before = 80 + r.nextInt(200);
    rows.add(plain(EXTENSION, date, "21")
        .withEffectifs(Integer.toString(before), Integer.toString(before + m.minJobs() / 2)));
    rows.add(EventFactory.production(plain(REDUCTION, date, "21"), -m.minProductionChangePct() / 4));
  }

  private void inconsistent(LocalDate date) {
    int before = 120 + r.nextInt(100);
    rows.add(plain(EXTENSION, date, "22").withEffectifs(Integer.toString(before), Integer.toString(before - 15))
        .withStatut("", "extension annoncée, effectifs en baisse"));
  }

  /** A site moved within its département: closure and opening linked with economic continuity. */
  private void transferInsideDepartment(LocalDate date) {
    String from = geography.anyCommune(r);
    String code = naf.industrial(r);
    DemoSite closed = factory.site(FERMETURE, date, from, code, "21", false);
    DemoSite opened = factory.site(OUVERTURE, date, geography.communeNear(r, from), code, "21", false, closed.name());
    links.add(new SuccessionLink(closed.siret(), opened.siret(), date, true));
    rows.add(factory.row(FERMETURE, date, closed).withEffectifs("60", "0"));
    rows.add(factory.row(OUVERTURE, date, opened).withEffectifs("0", "65").withStatut("", "déménagement"));
  }

  /** Reported in {@code first}, withdrawn ({@code ANNULE}) by {@code then}. */
  private void withdrawn(LocalDate date, String first, String then) {
    SurveyRow row = plain(OUVERTURE, date, "21").withEffectifs("0", "45");
    rows.add(row.withReleve(first));
    rows.add(row.withReleve(then).withStatut("ANNULE", "projet abandonné"));
  }
}
