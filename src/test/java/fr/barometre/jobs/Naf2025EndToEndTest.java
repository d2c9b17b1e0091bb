package fr.barometre.jobs;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.cli.Barometre;
import fr.barometre.testing.SparkTestSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end across the switch to NAF 2025 (issue 11): vintage 2027-S1 run through the launcher
 * on relèves with 2026 and 2027 events and two 54-column stocks (2026-01-01, 2027-01-01) whose NAF
 * 2025 codes differ from rév. 2 for some sites — electricity production 35.11Z recoded 35.12Y
 * (renewable), a split class (28.13Z pumps and compressors), waste collection 38.11Z/38.11Y, a
 * site leaving the excluded list (bakery 10.71C recoded 10.71G, industrial) and one entering it
 * (meat products 10.13A recoded 10.13H, with retail). 2026 events are judged on rév. 2, 2027
 * events on NAF 2025.
 */
class Naf2025EndToEndTest {
  private static final String VINTAGE = "2027-S1";
  private static Path lake;
  private static final List<String> SIRETS = new ArrayList<>();

  /** The n-th test SIRET: 13 digits and the Luhn check digit. */
  static String siret(int n) {
    String base = String.format("8%012d", n);
    for (int check = 0; check <= 9; check++) {
      String s = base + check;
      int sum = 0;
      for (int i = 0; i < 14; i++) {
        int d = s.charAt(13 - i) - '0';
        sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
      }
      if (sum % 10 == 0) {
        return s;
      }
    }
    throw new IllegalStateException();
  }

  // Sites: index -> {rév. 2 code, NAF 2025 code, creation date}
  private static final String[][] SITES = {
    {"35.11Z", "35.12Y", "2000-01-01"}, // 0 electricity, renewable in NAF 2025: 2027 opening counted
    {"38.11Z", "38.11Y", "2000-01-01"}, // 1 waste collection: 2027 opening out of scope
    {"38.11Z", "38.11Y", "2000-01-01"}, // 2 waste collection: 2026 opening out of scope
    {"28.13Z", "28.13G", "2000-01-01"}, // 3 split class: SIRENE says pumps, 2027 opening counted
    {"10.71C", "10.71H", "2000-01-01"}, // 4 bakery-retail: 2026 opening out of scope (rév. 2)
    {"10.71C", "10.71G", "2000-01-01"}, // 5 leaves the excluded list: 2027 opening counted
    {"10.13A", "10.13H", "2000-01-01"}, // 6 2026 opening counted (10.13A is industrial)
    {"10.13A", "10.13H", "2000-01-01"}, // 7 enters the excluded list: 2027 opening out of scope
    {"38.11Z", "25.53Y", "2026-06-01"}, // 8 candidate in 2027's stock: machining in NAF 2025
    {"25.62A", "38.11Y", "2026-06-01"}, // 9 not a candidate: waste collection in NAF 2025
  };

  @BeforeAll
  static void run() throws IOException {
    SparkTestSession.get();
    Path in = SparkTestSession.tempDir("naf2025-inputs");
    for (int i = 0; i < 12; i++) {
      SIRETS.add(siret(1000 + i));
    }
    String header =
        Files.readAllLines(SparkTestSession.worked().resolve("inputs/sirene_2025-01-01.csv"), StandardCharsets.UTF_8)
            .get(0)
            .replace("\uFEFF", "");
    writeStock(in.resolve("sirene_2026.csv"), header, "2026-01-01", false);
    writeStock(in.resolve("sirene_2027.csv"), header, "2027-01-01", true);
    Path releves = Files.createDirectories(in.resolve("releves"));
    String cols = "releve,siret,raison_sociale,type_evenement,date_effet,code_commune,effectif_apres,naf";
    Files.write(
        releves.resolve("releve_2026-S2.csv"),
        List.of(
            cols,
            opening("2026-S2", 2, "2026-09-01", "38.11Z"),
            opening("2026-S2", 4, "2026-09-01", ""),
            opening("2026-S2", 6, "2026-09-01", ""),
            // no SIRENE, a NAF 2025 code in a 2026 relève: 35.12Y goes back to 35.11Z
            opening("2026-S2", 10, "2026-11-01", "35.12Y")),
        StandardCharsets.UTF_8);
    Files.write(
        releves.resolve("releve_2027-S1.csv"),
        List.of(
            cols,
            opening("2027-S1", 0, "2027-02-01", "35.11Z"),
            opening("2027-S1", 1, "2027-02-01", ""),
            opening("2027-S1", 3, "2027-02-01", "28.13Z"),
            opening("2027-S1", 5, "2027-03-01", ""),
            opening("2027-S1", 7, "2027-03-01", ""),
            // no SIRENE, a rév. 2 code of a split class: no NAF 2025 code, counted and flagged
            opening("2027-S1", 11, "2027-04-01", "28.13Z")),
        StandardCharsets.UTF_8);
    lake = SparkTestSession.tempDir("naf2025-lake");
    int rc =
        Barometre.execute(
            "run", "--vintage", VINTAGE, "--lake", lake.toString(),
            "--sirene", in.resolve("sirene_2027.csv").toString(), "--sirene-date", "2027-01-01",
            "--sirene-previous", in.resolve("sirene_2026.csv").toString(),
            "--sirene-previous-date", "2026-01-01",
            "--releves", releves.toString());
    assertThat(rc).isZero();
  }

  private static String opening(String releve, int site, String date, String naf) {
    return String.join(
        ",", releve, SIRETS.get(site), "Site " + site, "OUVERTURE", date, "38185", "50", naf);
  }

  // The sites of SITES in a 54-column stock; the 2026 one lacks the sites created during 2026.
  private static void writeStock(Path file, String header, String date, boolean current)
      throws IOException {
    List<String> columns = Arrays.asList(header.split(",", -1));
    List<String> lines = new ArrayList<>(List.of(header));
    for (int i = 0; i < SITES.length; i++) {
      if (!current && SITES[i][2].compareTo(date) > 0) {
        continue;
      }
      Map<String, String> v = new HashMap<>();
      v.put("siren", SIRETS.get(i).substring(0, 9));
      v.put("nic", SIRETS.get(i).substring(9));
      v.put("siret", SIRETS.get(i));
      v.put("statutDiffusionEtablissement", "O");
      v.put("dateCreationEtablissement", SITES[i][2]);
      v.put("trancheEffectifsEtablissement", "12");
      v.put("dateDernierTraitementEtablissement", date + "T00:00:00");
      v.put("etablissementSiege", "false");
      v.put("codeCommuneEtablissement", "38185");
      v.put("dateDebut", SITES[i][2]);
      v.put("etatAdministratifEtablissement", "A");
      v.put("activitePrincipaleEtablissement", SITES[i][0]);
      v.put("nomenclatureActivitePrincipaleEtablissement", "NAFRev2");
      v.put("activitePrincipaleNAF25Etablissement", SITES[i][1]);
      lines.add(String.join(",", columns.stream().map(c -> v.getOrDefault(c, "")).toList()));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static Dataset<Row> table(String name) {
    return SparkTestSession.get().read().format("delta").load(lake.resolve(name).toString())
        .where(col("vintage").equalTo(VINTAGE));
  }

  /** "site activity nomenclature reason flags" per event, in site order. */
  @Test
  void eachEventIsJudgedInTheNomenclatureInForceOnItsEffectDate() {
    Map<String, Integer> site = new HashMap<>();
    for (int i = 0; i < SIRETS.size(); i++) {
      site.put(SIRETS.get(i), i);
    }
    List<String> judged =
        table("events").collectAsList().stream()
            .map(r -> site.get(r.<String>getAs("siret")) + " " + r.getAs("activity") + " "
                + r.getAs("naf_nomenclature") + " " + r.getAs("reason") + " " + r.getAs("flags"))
            .sorted((a, b) -> Integer.compare(Integer.parseInt(a.split(" ")[0]), Integer.parseInt(b.split(" ")[0])))
            .toList();
    assertThat(judged).containsExactly(
        "0 35.12Y NAF2025 null ",
        "1 38.11Y NAF2025 out_of_scope_naf ",
        "2 38.11Z NAFRev2 out_of_scope_naf ",
        "3 28.13G NAF2025 null ",
        "4 10.71C NAFRev2 out_of_scope_naf ",
        "5 10.71G NAF2025 null ",
        "6 10.13A NAFRev2 null ",
        "7 10.13H NAF2025 out_of_scope_naf ",
        "10 35.11Z NAFRev2 null ",
        "11 null NAF2025 null naf_unknown");
  }

  @Test
  void theNationalFiguresCountEachYearInItsNomenclature() {
    List<String> national =
        table("net_openings")
            .where(col("territory_level").equalTo("country").and(col("period").isin("2026", "2027")))
            .orderBy("period").collectAsList().stream()
            .map(r -> r.getAs("period") + " openings=" + r.getAs("openings"))
            .toList();
    assertThat(national).containsExactly("2026 openings=2", "2027 openings=4");
  }

  @Test
  void candidatesOfThe2027StockAreJudgedOnTheirNaf2025Code() {
    List<String> candidates =
        table("candidates").collectAsList().stream()
            .map(r -> r.getAs("siret") + " " + r.getAs("event_type") + " " + r.getAs("naf"))
            .toList();
    assertThat(candidates).containsExactly(SIRETS.get(8) + " OUVERTURE 25.53Y");
  }

  @Test
  void theEventsExportKeepsItsPinnedColumns() throws IOException {
    Path out = SparkTestSession.tempDir("naf2025-out").resolve("events.csv");
    int rc =
        Barometre.execute(
            "export", "--lake", lake.toString(), "--table", "events", "--vintage", VINTAGE,
            "--out", out.toString());
    assertThat(rc).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8).lines().findFirst())
        .hasValueSatisfying(header -> assertThat(header)
            .startsWith("vintage,siret,event_type,effect_date,counted,reason,flags,region_code,department_code,"));
  }
}
