package fr.barometre.events;

import static fr.barometre.events.EventFixtures.events;
import static fr.barometre.events.EventFixtures.inputs;
import static fr.barometre.events.EventFixtures.site;
import static fr.barometre.events.EventFixtures.sites;
import static fr.barometre.events.EventFixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.config.Methodology;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The activity rule across the switch to NAF 2025 (issue 11): each branch of the choice of code,
 * in each nomenclature, on inline rows; and the candidates of a snapshot read in NAF 2025.
 */
class Naf2025RulesTest {
  private static final String V = "2027-S1";

  private static Row event(Map<String, Row> ev, String siret, int year) {
    String key = siret + " OUVERTURE " + year;
    assertThat(ev).containsKey(key);
    return ev.get(key);
  }

  /** activity, naf_nomenclature, reason (empty when counted), flags of an opening. */
  private static String judged(Map<String, Row> ev, String siret, int year) {
    Row r = event(ev, siret, year);
    return r.getAs("activity") + " " + r.getAs("naf_nomenclature") + " "
        + (r.getAs("reason") == null ? "" : r.<String>getAs("reason")) + " " + r.getAs("flags");
  }

  private static Row opening(String siret, String date, String... more) {
    String[] kv = new String[more.length + 4];
    kv[0] = "siret=" + siret;
    kv[1] = "type=OUVERTURE";
    kv[2] = "date=" + date;
    kv[3] = "apres=50";
    System.arraycopy(more, 0, kv, 4, more.length);
    return survey(V, kv);
  }

  @Test
  void from2027SireneNaf2025CodeComesFirstCurrentThenPrevious() {
    var ev =
        events(
            V,
            inputs(
                List.of(
                    opening("1", "2027-02-01", "naf=25.62A"),
                    opening("2", "2027-02-01"),
                    opening("3", "2027-02-01"),
                    opening("4", "2027-02-01")),
                List.of(
                    // waste collection: 38.11Y is excluded, whatever the survey says
                    site("1", "naf=38.11Z", "naf25=38.11Y"),
                    // leaves the excluded list: an industrial bakery recoded 10.71G by INSEE
                    site("2", "naf=10.71C", "naf25=10.71G"),
                    // enters it: part of 10.13A (retail foie gras) becomes 10.13H
                    site("3", "naf=10.13A", "naf25=10.13H")),
                List.of(site("4", "naf=35.11Z", "naf25=35.12Y")),
                null));
    assertThat(judged(ev, "1", 2027)).isEqualTo("38.11Y NAF2025 out_of_scope_naf ");
    assertThat(judged(ev, "2", 2027)).isEqualTo("10.71G NAF2025  ");
    assertThat(judged(ev, "3", 2027)).isEqualTo("10.13H NAF2025 out_of_scope_naf ");
    assertThat(judged(ev, "4", 2027)).isEqualTo("35.12Y NAF2025  ");
  }

  @Test
  void from2027WithoutSireneNaf2025TheSurveyCodeThenItsUniqueConversion() {
    var ev =
        events(
            V,
            inputs(
                List.of(
                    // a NAF 2025 survey code as is (the 53-column stock has no NAF 2025 code)
                    opening("1", "2027-02-01", "naf=38.11Y"),
                    opening("2", "2027-02-01", "naf=3512Y"),
                    // rév. 2 survey codes converted where unique: 38.11Z -> 38.11Y, 35.12Z -> 35.13Y
                    opening("3", "2027-02-01", "naf=38.11Z"),
                    opening("4", "2027-02-01", "naf=35.12Z"),
                    // 35.11Z splits (35.11Y, 35.12Y, 35.16Y): no code, counted and flagged
                    opening("5", "2027-02-01", "naf=35.11Z"),
                    opening("6", "2027-02-01")),
                List.of(site("1", "naf=25.62A")),
                null,
                null));
    assertThat(judged(ev, "1", 2027)).isEqualTo("38.11Y NAF2025 out_of_scope_naf ");
    assertThat(judged(ev, "2", 2027)).isEqualTo("35.12Y NAF2025  ");
    assertThat(judged(ev, "3", 2027)).isEqualTo("38.11Y NAF2025 out_of_scope_naf ");
    assertThat(judged(ev, "4", 2027)).isEqualTo("35.13Y NAF2025  ");
    assertThat(judged(ev, "5", 2027)).isEqualTo("null NAF2025  naf_unknown");
    assertThat(judged(ev, "6", 2027)).isEqualTo("null NAF2025  naf_unknown");
  }

  @Test
  void before2027RevisionTwoAsTodayAndNaf2025SurveyCodesConvertedBackWhereUnique() {
    var ev =
        events(
            V,
            inputs(
                List.of(
                    // SIRENE's rév. 2 code, even when the stock also has a NAF 2025 one
                    opening("1", "2026-12-31", "naf=25.62A"),
                    // 35.12Y (renewable electricity) is 35.11Z in rév. 2, not 35.12Z (transmission)
                    opening("2", "2026-06-01", "naf=35.12Y"),
                    // 38.11Y goes back to 38.11Z: waste collection is out of scope in 2026 too
                    opening("3", "2026-06-01", "naf=38.11Y"),
                    // 10.71H has two antecedents (10.71C, part of 10.86Z): no code
                    opening("4", "2026-06-01", "naf=10.71H")),
                List.of(site("1", "naf=38.11Z", "naf25=25.62Y")),
                null,
                null));
    assertThat(judged(ev, "1", 2026)).isEqualTo("38.11Z NAFRev2 out_of_scope_naf ");
    assertThat(judged(ev, "2", 2026)).isEqualTo("35.11Z NAFRev2  ");
    assertThat(judged(ev, "3", 2026)).isEqualTo("38.11Z NAFRev2 out_of_scope_naf ");
    assertThat(judged(ev, "4", 2026)).isEqualTo("null NAFRev2  naf_unknown");
  }

  @Test
  void theSwitchDateIsTheConfiguredOne() {
    Methodology m = EventFixtures.METHODOLOGY;
    assertThat(m.naf2025From()).isEqualTo(LocalDate.of(2027, 1, 1));
    Methodology earlier =
        new Methodology(
            m.firstYear(), m.minEmployees(), m.minJobs(), m.minProductionChangePct(),
            m.minInvestmentMeur(), m.includedDivisions(), m.excludedClasses(),
            LocalDate.of(2026, 7, 1), m.naf2025ExcludedClasses(), m.sectors());
    var in =
        inputs(
            List.of(opening("1", "2026-06-30", "naf=38.11Z"), opening("2", "2026-07-01", "naf=38.11Z")),
            null,
            null,
            null);
    EventsPipeline p = new EventsPipeline(earlier, Vintage.parse(V));
    var rows = p.events(p.identified(in), in).orderBy("siret").collectAsList();
    assertThat(rows).extracting(r -> r.getAs("activity") + " " + r.getAs("naf_nomenclature"))
        .containsExactly("38.11Z NAFRev2", "38.11Y NAF2025");
  }

  @Test
  void candidatesReadEachSnapshotInTheNomenclatureInForceAtItsDate() {
    Methodology m = EventFixtures.METHODOLOGY;
    var current =
        sites(
            List.of(
                site("01", "band=12", "created=2026-09-01", "naf=25.62A", "naf25=25.53Y"),
                // in rév. 2 industrial, in NAF 2025 waste collection
                site("02", "band=12", "created=2026-09-01", "naf=25.62A", "naf25=38.11Y"),
                // no NAF 2025 code (53-column stock): rév. 2 converted where unique
                site("03", "band=12", "created=2026-09-01", "naf=24.10Z"),
                site("04", "band=12", "created=2026-09-01", "naf=35.11Z")));
    var previous = sites(List.of());
    List<String> in2027 =
        Candidates.detected(current, LocalDate.of(2027, 1, 1), previous, LocalDate.of(2026, 1, 1), m)
            .orderBy("siret").collectAsList().stream()
            .map(r -> r.getAs("siret") + " " + r.getAs("naf"))
            .toList();
    assertThat(in2027).containsExactly("01 25.53Y", "03 24.10Y");
    List<String> in2026 =
        Candidates.detected(current, LocalDate.of(2026, 12, 31), previous, LocalDate.of(2026, 1, 1), m)
            .orderBy("siret").collectAsList().stream()
            .map(r -> r.getAs("siret") + " " + r.getAs("naf"))
            .toList();
    assertThat(in2026).containsExactly("01 25.62A", "02 25.62A", "03 24.10Z", "04 35.11Z");
  }
}
