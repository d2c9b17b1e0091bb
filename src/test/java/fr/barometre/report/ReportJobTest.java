package fr.barometre.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import fr.barometre.config.BarometreConfig;
import fr.barometre.testing.SparkTestSession;
import fr.barometre.testing.WorkedLake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report of the worked example's vintage 2024-S2: its figures are those of the expected
 * exports of shared/examples/worked, and no SIRENE name or address of a partially diffusible unit
 * reaches it although that unit has a counted event.
 */
class ReportJobTest {
  private static Path out;
  private static String html;

  @BeforeAll
  static void report() throws IOException {
    Path lake = WorkedLake.get();
    out = SparkTestSession.tempDir("report-out");
    BarometreConfig config =
        BarometreConfig.load(Optional.empty(), ConfigFactory.parseMap(Map.of("barometre.lake", lake.toString())));
    Path file = ReportJob.run(SparkTestSession.get(), config, "2024-S2", out);
    assertThat(file.getParent()).isEqualTo(out);
    html = Files.readString(file, StandardCharsets.UTF_8);
  }

  /** A figure row as the report prints it: label, the four counts, then net and greenfield signed. */
  private static String row(String label, String[] csv, int firstFigure) {
    StringBuilder sb = new StringBuilder("<tr><td>" + Html.esc(label) + "</td>");
    for (int i = firstFigure; i < firstFigure + 6; i++) {
      long v = Long.parseLong(csv[i]);
      sb.append("<td class=\"n\">").append(i >= firstFigure + 4 ? Labels.signed(v) : Labels.plain(v)).append("</td>");
    }
    return sb.append("</tr>").toString();
  }

  private static List<String[]> expected(String table) {
    return WorkedLake.expected("2024-S2", table).stream().skip(1).map(l -> l.split(",", -1)).toList();
  }

  @Test
  void headlineIsTheNationalNetOf2024() {
    String[] france2024 =
        expected("net_openings").stream()
            .filter(r -> r[1].equals("country") && r[4].equals("2024"))
            .findFirst()
            .orElseThrow();
    // openings, extensions, closures, reductions, net, greenfield_net = columns 5..10
    assertThat(html).contains("<div class=\"big\">+" + france2024[9] + "</div>");
    assertThat(html)
        .contains(france2024[5] + " ouvertures et " + france2024[6] + " extensions, " + france2024[7]
            + " fermetures et " + france2024[8] + " réductions.");
    assertThat(html).contains("Solde des ouvertures et fermetures seules : +" + france2024[10] + ".");
  }

  /** Rows of an expected file of shared/examples/worked's sectors-jobs-territories (quoted labels hold commas). */
  private static List<String[]> sectorsExpected(String file) {
    Path p = SparkTestSession.worked().resolve("expected/2024-S2/sectors-jobs-territories/" + file);
    return readLines(p).stream().skip(1)
        .map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
        .map(r -> java.util.Arrays.stream(r).map(c -> c.replaceAll("^\"|\"$", "")).toArray(String[]::new))
        .toList();
  }

  @Test
  void headlineGivesTheJobsAndFrance2030LaureatesOf2024() {
    // vintage, level, code, period, openings … greenfield_net (4-9), jobs_created, jobs_lost,
    // net_jobs, events_without_jobs, france2030 (10-14)
    String[] fr = sectorsExpected("net_openings.csv").stream()
        .filter(r -> r[1].equals("country") && r[3].equals("2024")).findFirst().orElseThrow();
    long withoutJobs = Long.parseLong(fr[13]);
    assertThat(html).contains(Html.esc("Emplois : " + Labels.plain(Long.parseLong(fr[10])) + " créés et "
        + Labels.plain(Long.parseLong(fr[11])) + " supprimés par ces événements, soit un solde de "
        + Labels.signed(Long.parseLong(fr[12])) + " emplois"
        + (withoutJobs == 0 ? "." : " (" + withoutJobs + (withoutJobs == 1 ? " événement" : " événements")
            + " sans effectif connu).")));
    assertThat(html).contains("Lauréats France 2030 parmi les événements comptés : " + fr[14] + ".");
  }

  @Test
  void sectorTableHasEverySectorOf2024WithEarlierYearsNetThenComponentsAndJobs() {
    // vintage, level, code, period, sector, label, openings … greenfield_net (6-11), jobs (12-14)
    List<String[]> country = sectorsExpected("net_openings_by_sector.csv").stream()
        .filter(r -> r[1].equals("country")).toList();
    List<String> earlier = country.stream().map(r -> r[3]).filter(p -> p.matches("\\d{4}") && p.compareTo("2024") < 0)
        .distinct().sorted().toList();
    List<String[]> of2024 = country.stream().filter(r -> r[3].equals("2024")).toList();
    assertThat(of2024).isNotEmpty();
    for (String[] r : of2024) {
      StringBuilder row = new StringBuilder("<tr><td>" + Html.esc(r[5]) + "</td>");
      for (String year : earlier) {
        // A sector without a row that year (the unclassified one, only where not all zero) is 0.
        long then = country.stream().filter(x -> x[3].equals(year) && x[4].equals(r[4]))
            .mapToLong(x -> Long.parseLong(x[10])).sum();
        row.append(n(Labels.signed(then)));
      }
      for (int i = 6; i <= 9; i++) {
        row.append(n(Labels.plain(Long.parseLong(r[i]))));
      }
      row.append(n(Labels.signed(Long.parseLong(r[10])))).append(n(Labels.plain(Long.parseLong(r[12]))))
          .append(n(Labels.plain(Long.parseLong(r[13])))).append(n(Labels.signed(Long.parseLong(r[14])))).append("</tr>");
      assertThat(html).as("sector %s", r[4]).contains(row);
    }
    // Every sector, then the total row.
    assertThat(rowsOfSection("Par filière")).isEqualTo(of2024.size() + 1 + 1); // + the group header row
  }

  @Test
  void epciTablesRankThePositiveAndNegativeNetsOf2024() {
    Map<String, fr.barometre.reference.Territory> epcis = fr.barometre.reference.Cog.load().epcis();
    List<String[]> rows = sectorsExpected("net_openings.csv").stream()
        .filter(r -> r[1].equals("epci") && r[3].equals("2024") && !r[2].equals("ZZ")).toList();
    java.util.function.ToLongFunction<String[]> net = r -> Long.parseLong(r[8]);
    java.util.function.ToLongFunction<String[]> jobs = r -> Long.parseLong(r[12]);
    List<String> top = rows.stream().filter(r -> net.applyAsLong(r) > 0)
        .sorted(java.util.Comparator.comparingLong((String[] r) -> -net.applyAsLong(r))
            .thenComparingLong(r -> -jobs.applyAsLong(r)).thenComparing(r -> epcis.get(r[2]).name()))
        .limit(20).map(r -> Html.esc(epcis.get(r[2]).name())).toList();
    List<String> bottom = rows.stream().filter(r -> net.applyAsLong(r) < 0)
        .sorted(java.util.Comparator.comparingLong(net).thenComparingLong(jobs).thenComparing(r -> epcis.get(r[2]).name()))
        .limit(20).map(r -> Html.esc(epcis.get(r[2]).name())).toList();
    assertThat(top).isNotEmpty();
    assertThat(bottom).isNotEmpty();
    assertThat(namesInSection("Soldes les plus élevés")).containsExactlyElementsOf(top);
    assertThat(namesInSection("Soldes les plus faibles")).containsExactlyElementsOf(bottom);
  }

  // The second cell (the name) of each body row of the first table after a heading.
  private static List<String> namesInSection(String title) {
    int start = html.indexOf(">" + title);
    assertThat(start).as("section %s", title).isPositive();
    String table = html.substring(start, html.indexOf("</table>", start));
    Matcher m = Pattern.compile("<tr><td>\\d+</td><td>([^<]*)</td>").matcher(table);
    List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static String n(String figure) {
    return "<td class=\"n\">" + figure + "</td>";
  }

  @Test
  void halfYearsAndRegionsCarryTheExpectedFigures() {
    for (String[] r : expected("net_openings")) {
      if (r[1].equals("country")) {
        assertThat(html).contains(row(Labels.period(r[4]), r, 5));
      } else if (r[1].equals("region") && r[4].equals("2024")) {
        assertThat(html).contains(row(r[3] + " (" + r[2] + ")", r, 5));
      }
    }
  }

  @Test
  void everyCounted2024EventIsListedWithItsReleveName() {
    long counted2024 =
        expected("events").stream().filter(r -> r[4].equals("true") && r[3].startsWith("2024")).count();
    assertThat(rowsOfSection("Événements comptés")).isEqualTo(counted2024);
    // The partially diffusible unit's event, named as its relève names it.
    assertThat(html).contains("<td>28/12/2024</td><td>Extension</td><td>Chimie du Rhône 162</td>");
  }

  @Test
  void noSireneNameOrAddressOfAPartiallyDiffusibleUnitAppears() {
    assertThat(html).doesNotContain(WorkedLake.SECRET_MARK);
    assertThat(html.toUpperCase()).doesNotContain(WorkedLake.SECRET_MARK);
  }

  @Test
  void revisionsListEveryChangedNationalAndRegionalFigureAgainst2024S1() {
    List<String> golden = readLines(Path.of("src/test/resources/golden/worked/revisions_2024-S2.csv"));
    long changed =
        golden.stream().skip(1).map(l -> l.split(",", -1))
            .filter(r -> !r[2].equals("department"))
            .filter(r -> !r[8].equals("0") || !r[11].equals("0") || !r[14].equals("0") || !r[17].equals("0"))
            .count();
    assertThat(html).contains("Révisions depuis le millésime 2024-S1");
    assertThat(rowsOfSection("Révisions")).isEqualTo(changed).isPositive();
    // France, 1st half 2024: net 5 in 2024-S1, 4 now (see WorkedExampleTest).
    assertThat(html).contains("<td>France</td><td>France (FR)</td><td>1er semestre 2024</td>"
        + "<td class=\"n\">+5</td><td class=\"n\">+4</td><td class=\"n\">\u22121</td>");
  }

  @Test
  void qualitySectionCountsRejectsByReasonAndListsCandidates() {
    Map<String, Integer> byReason = new TreeMap<>();
    expected("rejects").forEach(r -> byReason.merge(r[2], 1, Integer::sum));
    byReason.forEach((reason, n) ->
        assertThat(html).contains("<td>" + Html.esc(Labels.word(reason)) + " (" + reason + ")</td><td class=\"n\">" + n + "</td>"));
    assertThat(rowsOfSection("Candidats à vérifier")).isEqualTo(expected("candidates").size());
  }

  @Test
  void chartAndMapsAreEmbeddedAndWrittenBeside() {
    assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(4);
    assertThat(out.resolve(ReportJob.CHART_FILE)).isNotEmptyFile();
    assertThat(out.resolve("carte-departements-2024.png")).isNotEmptyFile();
    assertThat(out.resolve("carte-regions-2024.png")).isNotEmptyFile();
    assertThat(html).doesNotContain("<img src=\"carte"); // nothing refers to a file outside the page
  }

  // Rows of the first table after the heading that starts with `title` (header row excluded).
  private static long rowsOfSection(String title) {
    int start = html.indexOf(">" + title);
    assertThat(start).as("section %s", title).isPositive();
    int end = html.indexOf("</table>", start);
    Matcher m = Pattern.compile("<tr>").matcher(html.substring(start, end));
    long rows = 0;
    while (m.find()) {
      rows++;
    }
    return rows - 1;
  }

  private static List<String> readLines(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
