package fr.barometre.events;

import static fr.barometre.events.EventFixtures.events;
import static fr.barometre.events.EventFixtures.inputs;
import static fr.barometre.events.EventFixtures.site;
import static fr.barometre.events.EventFixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The sector (sectors-jobs-territories.md §1), the jobs (§2) and the EPCI (§3) of each event, on
 * inline rows; the expected values are read off the spec's rules and tables.
 */
class SectorsAndJobsTest {
  /** A survey row of relève 2024-S2 effective on 2024-09-01. */
  private static Row row(String siret, String type, String... kv) {
    return survey("2024-S2", with(kv, "siret=" + siret, "type=" + type, "date=2024-09-01"));
  }

  /** A survey row of relève 2027-S1 effective on 2027-02-01 (judged on NAF 2025). */
  private static Row row2027(String siret, String type, String... kv) {
    return survey("2027-S1", with(kv, "siret=" + siret, "type=" + type, "date=2027-02-01"));
  }

  private static String[] with(String[] kv, String... more) {
    return Stream.concat(Arrays.stream(more), Arrays.stream(kv)).toArray(String[]::new);
  }

  /** The events of {@code vintage}; null site lists mean no such snapshot. */
  private static Map<String, Row> of(String vintage, List<Row> rows, List<Row> current, List<Row> previous) {
    return events(vintage, inputs(rows, current, previous, null));
  }

  private static String sector(Map<String, Row> ev, String key) {
    assertThat(ev).containsKey(key);
    Row r = ev.get(key);
    return r.getAs("sector") + " " + r.getAs("sector_source") + (r.<Boolean>getAs("sector_unrecognised") ? " unrecognised" : "");
  }

  private static String jobs(Map<String, Row> ev, String key) {
    assertThat(ev).containsKey(key);
    Row r = ev.get(key);
    return r.getAs("jobs_change") + (r.<Boolean>getAs("jobs_estimated") ? " estimated" : "");
  }

  @Test
  void aRecognisedFiliereWinsWhateverItsSpelling() {
    var ev =
        of(
            "2024-S2",
                List.of(
                    row("1", "OUVERTURE", "apres=50",
                        "naf=10.51A", "filiere=Industries vertes et économie circulaire"),
                    row("2", "OUVERTURE", "apres=50",
                        "naf=10.51A", "filiere=INDUSTRIES-VERTES"),
                    row("3", "OUVERTURE", "apres=50",
                        "naf=10.51A", "filiere= industries_vertes "),
                    row("4", "OUVERTURE", "apres=50",
                        "naf=10.51A", "filiere=Électronique et équipements électriques"),
                    row("5", "OUVERTURE", "apres=50",
                        "commune=38185", "filiere=SANTE")),
                null,
                null);
    assertThat(sector(ev, "1 OUVERTURE 2024")).isEqualTo("industries_vertes releve");
    assertThat(sector(ev, "2 OUVERTURE 2024")).isEqualTo("industries_vertes releve");
    assertThat(sector(ev, "3 OUVERTURE 2024")).isEqualTo("industries_vertes releve");
    assertThat(sector(ev, "4 OUVERTURE 2024")).isEqualTo("electronique releve");
    // No activity code at all, but the relève names the sector.
    assertThat(sector(ev, "5 OUVERTURE 2024")).isEqualTo("sante releve");
  }

  @Test
  void anUnrecognisedFiliereFallsBackToTheNafRuleWithAFlag() {
    var ev =
        of(
            "2024-S2",
                List.of(
                    row("1", "OUVERTURE", "apres=50",
                        "naf=30.30Z", "filiere=aéronautique"),
                    row("2", "OUVERTURE", "apres=50",
                        "commune=38185", "filiere=batteries")),
                null,
                null);
    assertThat(sector(ev, "1 OUVERTURE 2024")).isEqualTo("transport naf unrecognised");
    assertThat(sector(ev, "2 OUVERTURE 2024")).isEqualTo("non_classe none unrecognised");
    // Not a reject: the event counts as any other.
    assertThat(ev.get("1 OUVERTURE 2024").<Boolean>getAs("counted")).isTrue();
  }

  @Test
  void theNafRuleTakesTheLongestPrefixOfTheCodeTheScopeRuleUsed() {
    var ev =
        of(
            "2024-S2",
                List.of(
                    row("1", "OUVERTURE", "apres=50", "naf=27.20Z"),
                    row("2", "OUVERTURE", "apres=50", "naf=27.11Z"),
                    row("3", "OUVERTURE", "apres=50", "naf=26.60Z"),
                    row("4", "OUVERTURE", "apres=50", "naf=25.40Z"),
                    row("5", "OUVERTURE", "apres=50", "naf=25.62A"),
                    row("6", "OUVERTURE", "apres=50", "naf=32.50A"),
                    row("7", "OUVERTURE", "apres=50", "naf=38.21Z"),
                    // The survey says 10.51A, SIRENE 46.90Z: the scope rule used SIRENE's code
                    // (out of scope, but the event still has a sector: any other code -> autres).
                    row("8", "OUVERTURE", "apres=50", "naf=10.51A")),
                List.of(site("8", "naf=46.90Z")),
                null);
    assertThat(sector(ev, "1 OUVERTURE 2024")).isEqualTo("industries_vertes naf");
    assertThat(sector(ev, "2 OUVERTURE 2024")).isEqualTo("electronique naf");
    assertThat(sector(ev, "3 OUVERTURE 2024")).isEqualTo("sante naf");
    assertThat(sector(ev, "4 OUVERTURE 2024")).isEqualTo("defense naf");
    assertThat(sector(ev, "5 OUVERTURE 2024")).isEqualTo("metallurgie naf");
    assertThat(sector(ev, "6 OUVERTURE 2024")).isEqualTo("sante naf");
    assertThat(sector(ev, "7 OUVERTURE 2024")).isEqualTo("industries_vertes naf");
    assertThat(sector(ev, "8 OUVERTURE 2024")).isEqualTo("autres naf");
    assertThat(ev.get("8 OUVERTURE 2024").<String>getAs("reason")).isEqualTo("out_of_scope_naf");
  }

  @Test
  void naf2025CodesAreReadWithTheirOwnTable() {
    var ev =
        of(
            "2027-S1",
                List.of(
                    // NAF 2025 25.30Y is rév. 2's 25.40Z (weapons); NAF 2025 25.40Y is forging.
                    row2027("1", "OUVERTURE", "apres=50", "naf=25.30Y"),
                    row2027("2", "OUVERTURE", "apres=50", "naf=25.40Y"),
                    row2027("3", "OUVERTURE", "apres=50", "naf=27.20Y")),
                null,
                null);
    assertThat(ev.get("1 OUVERTURE 2027").<String>getAs("naf_nomenclature")).isEqualTo("NAF2025");
    assertThat(sector(ev, "1 OUVERTURE 2027")).isEqualTo("defense naf");
    assertThat(sector(ev, "2 OUVERTURE 2027")).isEqualTo("metallurgie naf");
    assertThat(sector(ev, "3 OUVERTURE 2027")).isEqualTo("industries_vertes naf");
  }

  @Test
  void openingsAndClosuresTakeTheThresholdHeadcountSigned() {
    var ev =
        of(
            "2024-S2",
                List.of(
                    row("1", "OUVERTURE", "apres=40", "avant=0"),
                    row("2", "OUVERTURE"),
                    row("3", "FERMETURE", "avant=60"),
                    row("4", "FERMETURE"),
                    row("5", "OUVERTURE", "commune=38185")),
                List.of(site("2", "band=21"), site("4", "band=11")),
                List.of(site("4", "band=12")));
    assertThat(jobs(ev, "1 OUVERTURE 2024")).isEqualTo("40");
    // Band 21 (50 to 99 employees): its lower bound, estimated.
    assertThat(jobs(ev, "2 OUVERTURE 2024")).isEqualTo("50 estimated");
    assertThat(jobs(ev, "3 FERMETURE 2024")).isEqualTo("-60");
    // A closure's band is the previous snapshot's (12: 20 to 49), as for the threshold rule.
    assertThat(jobs(ev, "4 FERMETURE 2024")).isEqualTo("-20 estimated");
    assertThat(jobs(ev, "5 OUVERTURE 2024")).isEqualTo("null");
  }

  @Test
  void changesTakeTheDeclaredDifferenceElseTheCertainBandChangeOfTheirSign() {
    var ev =
        of(
            "2024-S2",
                List.of(
                    row("1", "EXTENSION", "avant=45", "apres=60"),
                    row("2", "REDUCTION", "avant=10", "apres=40"),
                    row("3", "EXTENSION"),
                    row("4", "REDUCTION"),
                    row("5", "EXTENSION"),
                    row("6", "EXTENSION"),
                    row("7", "EXTENSION"),
                    row("8", "EXTENSION", "apres=60")),
                List.of(site("3", "band=22"), site("4", "band=12"), site("5", "band=21"), site("6", "band=12"),
                    site("7", "band=22"), site("8", "band=22")),
                List.of(site("3", "band=12"), site("4", "band=22"), site("5", "band=12"), site("6", "band=22"),
                    site("8", "band=12")));
    assertThat(jobs(ev, "1 EXTENSION 2024")).isEqualTo("15");
    // Declared against the type's direction: the difference as it is (the event is not counted).
    assertThat(jobs(ev, "2 REDUCTION 2024")).isEqualTo("30");
    // 12 (20-49) -> 22 (100-199): at least 100 − 49 = 51 more.
    assertThat(jobs(ev, "3 EXTENSION 2024")).isEqualTo("51 estimated");
    // 22 -> 12: at most 49 − 100 = −51.
    assertThat(jobs(ev, "4 REDUCTION 2024")).isEqualTo("-51 estimated");
    // 12 -> 21 (50-99): 50 − 49 = 1.
    assertThat(jobs(ev, "5 EXTENSION 2024")).isEqualTo("1 estimated");
    // The bands fall while the type says extension: no certain change of its sign.
    assertThat(jobs(ev, "6 EXTENSION 2024")).isEqualTo("null");
    // Only in the current snapshot.
    assertThat(jobs(ev, "7 EXTENSION 2024")).isEqualTo("null");
    // One headcount only: the bands decide (12 -> 22).
    assertThat(jobs(ev, "8 EXTENSION 2024")).isEqualTo("51 estimated");
  }

  @Test
  void theEpciIsTheCurrentCommunesElseZz() {
    var ev =
        of(
            "2024-S2",
                List.of(
                    row("1", "OUVERTURE", "apres=50", "commune=69383"),
                    row("2", "OUVERTURE", "apres=50", "commune=49149"),
                    row("3", "OUVERTURE", "apres=50", "commune=22016"),
                    row("4", "OUVERTURE", "apres=50", "commune=98735"),
                    row("5", "OUVERTURE", "apres=50", "commune=99999")),
                null,
                null);
    // A Lyon arrondissement -> Lyon -> Métropole de Lyon; a commune déléguée -> its commune nouvelle's EPCI.
    assertThat(ev.get("1 OUVERTURE 2024").<String>getAs("epci_code")).isEqualTo("200046977");
    assertThat(ev.get("2 OUVERTURE 2024").<String>getAs("epci_code")).isEqualTo("244900882");
    // An island commune outside every EPCI, a collectivité d'outre-mer, an unknown code.
    assertThat(ev.get("3 OUVERTURE 2024").<String>getAs("epci_code")).isEqualTo("ZZ");
    assertThat(ev.get("4 OUVERTURE 2024").<String>getAs("epci_code")).isEqualTo("ZZ");
    assertThat(ev.get("5 OUVERTURE 2024").<String>getAs("epci_code")).isEqualTo("ZZ");
  }
}
