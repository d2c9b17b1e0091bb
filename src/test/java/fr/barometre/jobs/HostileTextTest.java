package fr.barometre.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.cli.Barometre;
import fr.barometre.testing.SparkTestSession;
import fr.barometre.testing.WorkedExports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hostile relève through the whole chain (shared/spec/publication.md, point 5): names and
 * comments that a spreadsheet would run as formulas, and a file whose name starts with {@code -},
 * are run into a lake, exported (neutralised with a leading {@code '}, or as stored with {@code
 * --raw}) and reported (HTML-escaped, shown as plain text).
 */
class HostileTextTest {
  private static final String HOSTILE_FILE = "releve_2024-S2_hostile.csv";
  private static final String REJECTED_FILE = "-rejets_2024-S2.csv";
  private static Path lake;
  private static Path out;

  @BeforeAll
  static void runTheHostileRelève() throws IOException {
    SparkTestSession.get(); // the launcher reuses the shared session
    Path releves = SparkTestSession.tempDir("hostile-releves");
    Files.writeString(
        releves.resolve(HOSTILE_FILE),
        String.join(
            "\n",
            "releve,id_evenement,siret,raison_sociale,type_evenement,date_effet,code_commune,"
                + "effectif_avant,effectif_apres,naf,statut,variation_production_pct,investissement_meur,"
                + "france2030,commentaire",
            "2024-S2,,,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",OUVERTURE,2024-08-03,69383,,60,26.11Z,,,,,"
                + "+cmd|' /C calc'!A0",
            "2024-S2,,,@SUM(1+1),OUVERTURE,2024-09-02,38185,,40,27.20Z,,,,,-2+3",
            "2024-S2,,,<script>alert(1)</script> & Cie,OUVERTURE,2024-10-01,69123,,50,25.62A,,,,,=1+1",
            "2024-S2,,,-Forges de Provence,REDUCTION,2024-11-04,13055,100,60,24.10Z,,-45,,,@moins 40 emplois",
            ""),
        StandardCharsets.UTF_8);
    Files.writeString(
        releves.resolve(REJECTED_FILE),
        "releve,siret,raison_sociale,type_evenement,date_effet,code_commune\n"
            + "2024-S2,,Usine,DEMENAGEMENT,2024-08-01,69383\n",
        StandardCharsets.UTF_8);
    lake = SparkTestSession.tempDir("hostile-lake");
    out = SparkTestSession.tempDir("hostile-out");
    int rc =
        Barometre.execute(
            "run", "--vintage", "2024-S2", "--lake", lake.toString(), "--releves", releves.toString());
    assertThat(rc).as("run of the hostile relève").isZero();
  }

  private static String export(String table, String... flags) {
    Path file = out.resolve(table + String.join("", flags) + ".csv");
    String[] args = {
      "export", "--lake", lake.toString(), "--table", table, "--vintage", "2024-S2", "--out", file.toString()
    };
    String[] argv = Stream.concat(Arrays.stream(args), Arrays.stream(flags)).toArray(String[]::new);
    assertThat(Barometre.execute(argv)).as("export %s %s", table, List.of(flags)).isZero();
    return String.join("\n", WorkedExports.lines(file));
  }

  @Test
  void exportsNeutraliseFormulaLikeText() {
    String events = export("events", "--all-columns");
    // raison_sociale (followed by activity) and commentaire (followed by releve, file, line).
    assertThat(events)
        .contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")
        .contains(",'+cmd|' /C calc'!A0,2024-S2," + HOSTILE_FILE + ",2")
        .contains(",'@SUM(1+1),")
        .contains(",'-2+3,2024-S2," + HOSTILE_FILE + ",3")
        .contains(",<script>alert(1)</script> & Cie,")
        .contains(",'=1+1,2024-S2," + HOSTILE_FILE + ",4")
        .contains(",'-Forges de Provence,")
        .contains(",'@moins 40 emplois,2024-S2," + HOSTILE_FILE + ",5")
        // variation_production_pct is a number: its minus sign is no formula.
        .contains(",-45,")
        .doesNotContain(",@SUM(1+1),")
        .doesNotContain(",-2+3,");
    assertThat(export("rejects")).contains("'" + REJECTED_FILE + ",2,unknown_type");
  }

  @Test
  void numbersOfNumericColumnsStayAsTheyAre() {
    // The reduction in Bouches-du-Rhône is the département's only counted event: net -1.
    // Its jobs follow the pinned columns: net jobs negative too, and written as a number.
    assertThat(export("net_openings").lines())
        .anySatisfy(l -> assertThat(l).startsWith("2024-S2,department,13,Bouches-du-Rhône,2024-S2,0,0,0,1,-1,0,"))
        .noneMatch(l -> l.contains("'-"));
  }

  @Test
  void rawExportsKeepTheTextAsStored() {
    assertThat(export("events", "--all-columns", "--raw"))
        .contains(",\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")
        .contains(",+cmd|' /C calc'!A0,2024-S2," + HOSTILE_FILE + ",2")
        .contains(",@SUM(1+1),")
        .contains(",-2+3,2024-S2," + HOSTILE_FILE + ",3")
        .doesNotContain("'@SUM")
        .doesNotContain("'-2+3");
    assertThat(export("rejects", "--raw")).contains("\n" + REJECTED_FILE + ",2,unknown_type");
  }

  @Test
  void theReportShowsHostileNamesEscapedAndInert() throws IOException {
    Path dir = out.resolve("report");
    assertThat(
            Barometre.execute(
                "report", "--lake", lake.toString(), "--vintage", "2024-S2", "--out", dir.toString()))
        .isZero();
    String html = Files.readString(dir.resolve("barometre-2024-S2.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<td>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</td>")
        .contains("<td>@SUM(1+1)</td>")
        .contains("<td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Cie</td>")
        .contains("<td>-Forges de Provence</td>")
        .doesNotContain("<script>")
        .doesNotContain("HYPERLINK(\"");
  }
}
