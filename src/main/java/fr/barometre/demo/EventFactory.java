package fr.barometre.demo;

import static fr.barometre.events.EventType.EXTENSION;
import static fr.barometre.events.EventType.OUVERTURE;

import fr.barometre.config.Methodology;
import fr.barometre.events.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes a surveyed event: the SIRENE site behind it (its state in both snapshots, consistent with
 * the event: an opening is created on its date, a closure's closed period starts on its date) and
 * the relève row (relève name left empty: the scenario schedules it). {@link #counted} events
 * satisfy every counting rule with the configured thresholds; the scenario bends them into the
 * uncounted cases it needs.
 */
final class EventFactory {
  static final LocalDate PREVIOUS_SNAPSHOT = LocalDate.of(2024, 1, 1);
  static final LocalDate CURRENT_SNAPSHOT = LocalDate.of(2025, 1, 1);

  final List<DemoSite> sites = new ArrayList<>();
  /** The activity of each opening too new for SIRENE, by its name (its row gives it only sometimes). */
  final Map<String, String> newSiteActivities = new HashMap<>();
  final FictitiousSirets sirets = new FictitiousSirets();
  private final SplittableRandom r;
  private final DemoGeography geography;
  private final DemoNaf naf;
  private final Methodology m;

  EventFactory(SplittableRandom r, DemoGeography geography, DemoNaf naf, Methodology m) {
    this.r = r;
    this.geography = geography;
    this.naf = naf;
    this.m = m;
  }

  Methodology methodology() {
    return m;
  }

  /** A counted event of {@code type} on {@code date} at {@code commune}, with a varied row. */
  SurveyRow counted(EventType type, LocalDate date, String commune) {
    int variant = r.nextInt(10);
    if (type == OUVERTURE && variant == 9) {
      return newSiteWithoutSiret(date, commune); // not in SIRENE yet
    }
    int size = m.minEmployees() + r.nextInt(8) * r.nextInt(1, 40); // at least the threshold, skewed
    int jobs = m.minJobs() + r.nextInt(100);
    String band = variant >= 7 ? "21" : bandOf(Math.max(size, size + (type == EXTENSION ? jobs : 0)));
    DemoSite site = site(type, date, commune, naf.industrial(r), band, false);
    SurveyRow row = row(type, date, site);
    return switch (type) {
      case OUVERTURE -> variant >= 7 ? row : row.withEffectifs("0", Integer.toString(size));
      case FERMETURE -> variant >= 8 ? row : row.withEffectifs(Integer.toString(size), "0");
      case EXTENSION -> extension(row, variant, size, jobs);
      case REDUCTION -> reduction(row, variant, size, jobs);
    };
  }

  private SurveyRow extension(SurveyRow row, int variant, int size, int jobs) {
    if (variant <= 4) {
      return row.withEffectifs(Integer.toString(size), Integer.toString(size + jobs));
    } else if (variant <= 6) {
      return production(row, m.minProductionChangePct() + r.nextInt(100));
    } else if (variant == 7) { // few jobs, but an investment that makes the extension significant
      int few = 1 + r.nextInt(m.minJobs() - 1);
      return investment(row.withEffectifs(Integer.toString(size), Integer.toString(size + few)),
          m.minInvestmentMeur() + r.nextInt(40));
    }
    return row; // not measured: the local service's judgement stands
  }

  private SurveyRow reduction(SurveyRow row, int variant, int size, int jobs) {
    if (variant <= 5) {
      return row.withEffectifs(Integer.toString(size + jobs), Integer.toString(size));
    } else if (variant <= 7) {
      return production(row, -(m.minProductionChangePct() + r.nextInt(50)));
    }
    return row;
  }

  /** An opening of a site too new for SIRENE: commune and name identify it, NAF only sometimes. */
  private SurveyRow newSiteWithoutSiret(LocalDate date, String commune) {
    String code = naf.industrial(r);
    String name = CompanyNames.forActivity(r, code) + " " + geography.name(commune);
    newSiteActivities.put(name, code);
    return SurveyRow.of("", "", name, OUVERTURE.code(), date.toString(), commune, "0",
            Integer.toString(m.minEmployees() + r.nextInt(60)), r.nextBoolean() ? code : "")
        .withStatut("", "nouveau site, SIRET en cours d'attribution");
  }

  /** A new SIRENE site consistent with an event of {@code type} on {@code date}. */
  DemoSite site(EventType type, LocalDate date, String commune, String code, String band, boolean crafts) {
    return site(type, date, commune, code, band, crafts, CompanyNames.forActivity(r, code));
  }

  DemoSite site(EventType type, LocalDate date, String commune, String code, String band, boolean crafts, String name) {
    LocalDate old = date.minusDays(365L * (3 + r.nextInt(40)) + r.nextInt(365));
    DemoSite site =
        switch (type) {
          case OUVERTURE -> new DemoSite(sirets.next(), name, commune, code, crafts, date,
              date.isAfter(PREVIOUS_SNAPSHOT) ? null : DemoSite.State.open(band, date),
              date.isAfter(CURRENT_SNAPSHOT) ? null : DemoSite.State.open(band, date));
          case FERMETURE -> new DemoSite(sirets.next(), name, commune, code, crafts, old,
              date.isAfter(PREVIOUS_SNAPSHOT) ? DemoSite.State.open(band, old) : DemoSite.State.closed(band, date),
              date.isAfter(CURRENT_SNAPSHOT) ? DemoSite.State.open(band, old) : DemoSite.State.closed(band, date));
          case EXTENSION, REDUCTION -> new DemoSite(sirets.next(), name, commune, code, crafts, old,
              DemoSite.State.open(band, old), DemoSite.State.open(band, old));
        };
    sites.add(site);
    return site;
  }

  /** The row of an event on {@code site}; the commune is typed in a third of the rows. */
  SurveyRow row(EventType type, LocalDate date, DemoSite site) {
    String commune = "";
    if (r.nextInt(3) == 0) {
      // A spreadsheet drops the leading zero of a commune code half the time.
      commune = site.commune().startsWith("0") && r.nextBoolean() ? site.commune().substring(1) : site.commune();
    }
    String invest = type == OUVERTURE && r.nextInt(4) == 0 ? Integer.toString(2 + r.nextInt(30)) : "";
    String f2030 = r.nextInt(6) == 0 ? (r.nextBoolean() ? "oui" : "non") : "";
    return SurveyRow.of("", site.siret(), site.name(), type.code(), date.toString(), commune, "", "",
            r.nextInt(4) == 0 ? site.naf() : "")
        .withInvestment(invest)
        .withFrance2030(f2030);
  }

  static SurveyRow production(SurveyRow row, double pct) {
    return row.withProduction((pct > 0 ? "+" : "") + decimal(pct));
  }

  static SurveyRow investment(SurveyRow row, double meur) {
    return row.withInvestment(decimal(meur));
  }

  private static String decimal(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  // INSEE's staff bands and their lower bounds (methodology §3).
  private static final int[] BAND_LOWER = {0, 1, 3, 6, 10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000};
  private static final List<String> BANDS =
      List.of("00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53");

  /** INSEE's staff band whose range holds {@code n} employees. */
  static String bandOf(int n) {
    int i = BAND_LOWER.length - 1;
    while (BAND_LOWER[i] > n) {
      i--;
    }
    return BANDS.get(i);
  }

  /** The lower bound of a staff band ({@code 21} → 50). */
  static int lowerBound(String band) {
    return BAND_LOWER[BANDS.indexOf(band)];
  }

  /** A random day of {@code year}'s half 1 or 2. */
  LocalDate dayIn(int year, int half) {
    LocalDate first = LocalDate.of(year, half == 1 ? 1 : 7, 1);
    return first.plusDays(r.nextInt((int) (first.plusMonths(6).toEpochDay() - first.toEpochDay())));
  }
}
