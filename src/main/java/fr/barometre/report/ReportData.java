package fr.barometre.report;

import static fr.barometre.lake.Columns.DEPARTMENT_CODE;
import static fr.barometre.lake.Columns.EFFECT_DATE;
import static fr.barometre.lake.Columns.EVENT_TYPE;
import static fr.barometre.lake.Columns.REGION_CODE;
import static fr.barometre.lake.Columns.SIRET;
import static org.apache.spark.sql.functions.col;

import fr.barometre.reference.Cog;
import fr.barometre.reference.CogTables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Everything one report shows, collected to the driver from one vintage's slices of the lake
 * (some tens of thousands of rows at most): figures for the vintage's periods, territories and
 * sectors, revisions, the named counted events and the quality counts.
 *
 * @param previousVintage the vintage the revisions compare with; null for the lake's first one
 * @param sectors the country's figures by sector ({@link Figures#ofSector}), every period of the
 *     vintage, in the configured sector order; empty for a lake without {@code net_openings_by_sector}
 * @param epcis the EPCI of the report's period (not {@code ZZ})
 */
public record ReportData(
    String vintage,
    String period,
    String previousVintage,
    List<Figures> country,
    List<Figures> regions,
    List<Figures> departments,
    List<Figures> sectors,
    List<Figures> epcis,
    List<Revision> revisions,
    List<NamedEvent> events,
    Map<String, Long> rejectsByReason,
    Map<String, Long> notCountedByReason,
    Map<String, long[]> flags,
    List<Candidate> candidates) {

  private static final List<String> LEVELS = List.of(Cog.LEVEL_COUNTRY, Cog.LEVEL_REGION, Cog.LEVEL_DEPARTMENT);

  /** The vintage's slices of the lake tables a report reads ({@code bySector} null: no such table). */
  public record Slices(
      Dataset<Row> netOpenings,
      Dataset<Row> bySector,
      Dataset<Row> revisions,
      Dataset<Row> events,
      Dataset<Row> rejects,
      Dataset<Row> candidates) {}

  /** Collects the report of {@code period} from the vintage's slices, sectors in {@code sectorOrder}. */
  public static ReportData collect(String vintage, String period, Slices s, List<String> sectorOrder) {
    List<Figures> figures = s.netOpenings().collectAsList().stream().map(Figures::of).toList();
    List<Figures> sectors =
        s.bySector() == null
            ? List.of()
            : ReportQueries.countrySectors(s.bySector()).collectAsList().stream()
                .map(Figures::ofSector)
                .sorted(Comparator.comparing(Figures::period)
                    .thenComparingInt((Figures f) -> sectorOrder.indexOf(f.code())))
                .toList();
    List<Revision> revisions =
        ReportQueries.changedFigures(s.revisions()).collectAsList().stream()
            .map(Revision::of)
            .sorted(
                Comparator.comparing((Revision r) -> LEVELS.indexOf(r.level()))
                    .thenComparing(Revision::period)
                    .thenComparing(Revision::code))
            .toList();
    Row previous = s.revisions().select("previous_vintage").limit(1).collectAsList().stream().findFirst().orElse(null);
    CogTables cog = Cog.load();
    return new ReportData(
        vintage,
        period,
        previous == null ? null : previous.getString(0),
        select(figures, Cog.LEVEL_COUNTRY, null),
        select(figures, Cog.LEVEL_REGION, period),
        select(figures, Cog.LEVEL_DEPARTMENT, period),
        sectors,
        figures.stream()
            .filter(f -> f.level().equals(Cog.LEVEL_EPCI) && f.period().equals(period)
                && !f.code().equals(Cog.UNLOCATED_CODE))
            .toList(),
        revisions,
        ReportQueries.countedEventsIn(s.events(), period).collectAsList().stream()
            .map(r -> namedEvent(r, cog))
            .toList(),
        counts(ReportQueries.rejectsByReason(s.rejects())),
        counts(ReportQueries.notCountedByReason(s.events())),
        flagCounts(ReportQueries.flagCounts(s.events())),
        s.candidates().orderBy(col(EFFECT_DATE), col(SIRET)).collectAsList().stream()
            .map(r -> candidate(r, cog))
            .toList());
  }

  /** The country's figures for the report's period; zeros when nothing was counted in it. */
  public Figures headline() {
    return country.stream()
        .filter(f -> f.period().equals(period))
        .findFirst()
        .orElse(new Figures(Cog.LEVEL_COUNTRY, Cog.COUNTRY_CODE, Cog.COUNTRY_NAME, period, 0, 0, 0, 0, 0, 0));
  }

  /** The vintage's years (periods {@code YYYY}) with a counted event, in order. */
  public List<String> years() {
    return country.stream().map(Figures::period).filter(p -> p.length() == 4).sorted().toList();
  }

  /** The country's sector figures of one period, in the configured sector order. */
  public List<Figures> sectorsIn(String p) {
    return sectors.stream().filter(f -> f.period().equals(p)).toList();
  }

  /**
   * At most {@code n} EPCI of the period: with {@code highest}, those of positive net, highest
   * first (then highest net jobs); else those of negative net, lowest first (then lowest net jobs);
   * then by name. An EPCI with a zero net is at neither end.
   */
  public List<Figures> epciExtremes(int n, boolean highest) {
    int side = highest ? -1 : 1; // sort key: side × net ascending
    return epcis.stream()
        .filter(f -> Long.signum(f.net()) == -side)
        .sorted(Comparator.comparingLong((Figures f) -> side * f.net())
            .thenComparingLong(f -> side * f.netJobs())
            .thenComparing(Figures::name))
        .limit(n)
        .toList();
  }

  private static List<Figures> select(List<Figures> all, String level, String period) {
    return all.stream()
        .filter(f -> f.level().equals(level) && (period == null || f.period().equals(period)))
        .sorted(Comparator.comparing(Figures::period).thenComparing(Figures::code))
        .toList();
  }

  private static NamedEvent namedEvent(Row r, CogTables cog) {
    String commune = r.getAs("commune_code");
    return new NamedEvent(
        localDate(r.getAs(EFFECT_DATE)),
        r.getAs(EVENT_TYPE),
        r.getAs("raison_sociale"),
        commune,
        commune == null ? null : cog.communeNames().get(commune),
        r.getAs(DEPARTMENT_CODE),
        r.getAs(REGION_CODE),
        r.getAs("flags"));
  }

  private static Candidate candidate(Row r, CogTables cog) {
    String commune = r.getAs("commune_code"); // already resolved to the current commune
    return new Candidate(
        r.getAs(SIRET),
        r.getAs(EVENT_TYPE),
        localDate(r.getAs(EFFECT_DATE)),
        commune,
        commune == null ? null : cog.communeNames().get(commune),
        r.getAs("naf"));
  }

  private static LocalDate localDate(Object v) {
    if (v instanceof Date d) {
      return d.toLocalDate();
    }
    return v instanceof LocalDate l ? l : null;
  }

  private static Map<String, Long> counts(Dataset<Row> keyAndCount) {
    Map<String, Long> out = new LinkedHashMap<>();
    keyAndCount.collectAsList().forEach(r -> out.put(r.getString(0), ((Number) r.get(1)).longValue()));
    return out;
  }

  private static Map<String, long[]> flagCounts(Dataset<Row> flags) {
    Map<String, long[]> out = new LinkedHashMap<>();
    flags.collectAsList()
        .forEach(r -> out.put(r.getString(0), new long[] {Figures.number(r, "events"), Figures.number(r, "counted")}));
    return out;
  }
}
