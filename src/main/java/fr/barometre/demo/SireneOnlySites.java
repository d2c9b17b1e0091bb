package fr.barometre.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Establishments no relève mentions: the bulk of the stock ({@code background} rows, the same in
 * both snapshots, so they raise no candidate: most are not industrial, small or of unknown size,
 * nearly half closed long ago) and the SIRENE candidates of methodology §5 that the survey missed —
 * creations and closures in 2024 of sites of 20 employees or more, and sites whose staff band jumped
 * or fell by more than the significance bound.
 */
final class SireneOnlySites {
  private static final String[] SMALL_BANDS = {"00", "01", "02", "03", "11"};
  private static final String[] LARGE_BANDS = {"12", "12", "12", "21", "21", "22", "31", "32", "41"};
  private static final LocalDate OLDEST = LocalDate.of(1975, 1, 1);
  static final int OPENING_CANDIDATES = 18;
  static final int CLOSURE_CANDIDATES = 12;
  static final int CHANGE_CANDIDATES = 6;

  private SireneOnlySites() {}

  static List<DemoSite> background(int rows, SplittableRandom r, DemoGeography geo, DemoNaf naf, FictitiousSirets sirets) {
    List<DemoSite> sites = new ArrayList<>(rows);
    LocalDate last = EventFactory.PREVIOUS_SNAPSHOT.minusDays(1);
    for (int i = 0; i < rows; i++) {
      String siret = sirets.next(1 + (r.nextInt(10) < 7 ? 0 : r.nextInt(1, 3)));
      String code = naf.any(r);
      LocalDate created = day(r, OLDEST, last);
      int b = r.nextInt(100);
      String band = b < 60 ? "" : b < 72 ? "NN" : b < 92 ? SMALL_BANDS[r.nextInt(SMALL_BANDS.length)]
          : LARGE_BANDS[r.nextInt(LARGE_BANDS.length)];
      DemoSite.State s = r.nextInt(100) < 55
          ? DemoSite.State.open(band, created)
          : DemoSite.State.closed(band, day(r, created, last));
      boolean crafts = naf.industrial(code) && r.nextInt(100) < 5;
      sites.add(new DemoSite(siret, CompanyNames.forActivity(r, code), geo.anyCommune(r), code, crafts, created, s, s));
    }
    return sites;
  }

  static List<DemoSite> candidates(SplittableRandom r, DemoGeography geo, DemoNaf naf, FictitiousSirets sirets) {
    List<DemoSite> sites = new ArrayList<>();
    LocalDate from = EventFactory.PREVIOUS_SNAPSHOT.plusDays(1);
    LocalDate to = EventFactory.CURRENT_SNAPSHOT.minusDays(1);
    for (int i = 0; i < OPENING_CANDIDATES; i++) {
      LocalDate created = day(r, from, to);
      DemoSite.State s = DemoSite.State.open(LARGE_BANDS[r.nextInt(LARGE_BANDS.length)], created);
      sites.add(site(r, geo, naf, sirets, created, null, s));
    }
    for (int i = 0; i < CLOSURE_CANDIDATES; i++) {
      LocalDate created = day(r, OLDEST, from.minusYears(2));
      String band = LARGE_BANDS[r.nextInt(LARGE_BANDS.length)];
      sites.add(site(r, geo, naf, sirets, created, DemoSite.State.open(band, created),
          DemoSite.State.closed(band, day(r, from, to))));
    }
    for (int i = 0; i < CHANGE_CANDIDATES; i++) {
      LocalDate created = day(r, OLDEST, from.minusYears(2));
      boolean up = i % 2 == 0; // band 11 (10-19) <-> 22 (100-199): a certain change of 81 jobs or more
      DemoSite.State before = DemoSite.State.open(up ? "11" : "22", created);
      DemoSite.State after = DemoSite.State.open(up ? "22" : "11", created);
      sites.add(site(r, geo, naf, sirets, created, before, after));
    }
    return sites;
  }

  private static DemoSite site(SplittableRandom r, DemoGeography geo, DemoNaf naf, FictitiousSirets sirets,
      LocalDate created, DemoSite.State previous, DemoSite.State current) {
    String code = naf.industrial(r);
    return new DemoSite(sirets.next(), CompanyNames.forActivity(r, code), geo.anyCommune(r), code, false, created,
        previous, current);
  }

  static LocalDate day(SplittableRandom r, LocalDate from, LocalDate to) {
    return from.plusDays(r.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
  }
}
