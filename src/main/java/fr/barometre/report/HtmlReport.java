package fr.barometre.report;

import static fr.barometre.report.Html.esc;
import static fr.barometre.report.Labels.plain;
import static fr.barometre.report.Labels.signed;
import static fr.barometre.report.Labels.word;

import fr.barometre.reference.Cog;
import fr.barometre.reference.CommuneResolution;
import fr.barometre.reference.Territory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The report as one self-contained HTML page in French (inline CSS, images embedded as base64 PNG):
 * headline (sites, jobs, France 2030 laureates), periods with the half-year chart, sectors,
 * régions, maps, the EPCI at both ends of the ranking, revisions, named counted events and
 * quality. Names shown
 * are the relèves' {@code raison_sociale}; commune names come from the COG.
 */
public final class HtmlReport {
  private static final List<String> FIGURE_HEADER =
      List.of("Ouvertures", "Extensions", "Fermetures", "Réductions", "Solde net", "Ouvertures − fermetures");
  private static final List<String> SECTOR_HEADER = List.of("Ouvertures", "Extensions", "Fermetures",
      "Réductions", "Solde net", "Emplois créés", "Emplois supprimés", "Solde des emplois");
  /** How many EPCI each end of the ranking shows. */
  private static final int EPCI_SHOWN = 20;
  private static final String CSS =
      "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#222;max-width:1200px;margin:2em auto;padding:0 1em;line-height:1.45}"
          + "h1{font-size:1.8em;margin-bottom:.2em}h2{border-bottom:2px solid #2166ac;padding-bottom:.2em;margin-top:2em}"
          + ".sub{color:#555}.headline{background:#f2f6fa;border-left:6px solid #2166ac;padding:1em 1.5em;margin:1.5em 0}"
          + ".big{font-size:3em;font-weight:bold;color:#2166ac}.big.neg{color:#b2182b}"
          + "table{border-collapse:collapse;margin:1em 0;font-size:.85em}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}td.n{white-space:nowrap}"
          + "th{background:#eef2f6}th.group{text-align:center}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}"
          + "tbody tr:nth-child(even){background:#fafafa}figure{margin:1em 0}figure img{max-width:100%;border:1px solid #ddd}"
          + "figcaption{color:#555;font-size:.9em}.empty{color:#777;font-style:italic}footer{margin-top:3em;color:#666;font-size:.85em}";

  private HtmlReport() {}

  /**
   * The page; {@code halfYearChart} is the PNG of {@link HalfYearChart} (null: no half-year to
   * show), {@code maps} are PNG bytes by figure caption, embedded in order.
   */
  public static String render(ReportData d, byte[] halfYearChart, Map<String, byte[]> maps) {
    Figures h = d.headline();
    StringBuilder sb = new StringBuilder(64 * 1024);
    sb.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc("Baromètre industriel — millésime " + d.vintage()))
        .append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    sb.append("<h1>Baromètre industriel</h1>\n<p class=\"sub\">")
        .append(esc("Ouvertures et fermetures de sites industriels — millésime " + d.vintage()
            + " (chiffres provisoires), période : " + Labels.period(d.period())))
        .append("</p>\n");

    sb.append("<div class=\"headline\"><div class=\"big").append(h.net() < 0 ? " neg" : "").append("\">")
        .append(esc(signed(h.net()))).append("</div><p>")
        .append(esc("ouvertures nettes de sites industriels " + Labels.inPeriod(d.period()) + " : "
            + h.openings() + " ouvertures et " + h.extensions() + " extensions, " + h.closures()
            + " fermetures et " + h.reductions() + " réductions."))
        .append("</p><p>")
        .append(esc("Solde des ouvertures et fermetures seules : " + signed(h.greenfieldNet()) + "."))
        .append("</p><p>")
        .append(esc(jobsSentence(h)))
        .append("</p><p>")
        .append(esc("Lauréats France 2030 parmi les événements comptés : " + plain(h.france2030()) + "."))
        .append("</p></div>\n");

    section(sb, "Par période", "France entière, toutes les périodes du millésime.");
    if (halfYearChart != null) {
      figure(sb, halfYearChart, "Ouvertures nettes par semestre : ouvertures et extensions vers le haut,"
          + " fermetures et réductions vers le bas ; la courbe est le solde net.");
    }
    sb.append(figureTable("Période", d.country(), f -> Labels.period(f.period()), "Aucun événement compté."));

    sectors(sb, d);

    section(sb, "Par région — " + Labels.period(d.period()), null);
    sb.append(figureTable("Région", d.regions(), f -> f.name() + " (" + f.code() + ")", "Aucune donnée pour cette période."));

    section(sb, "Cartes — " + Labels.period(d.period()), "Solde net : ouvertures + extensions − fermetures − réductions.");
    maps.forEach((caption, png) -> figure(sb, png, caption));

    epcis(sb, d);
    revisions(sb, d);
    events(sb, d);
    quality(sb, d);
    sb.append("<footer>").append(esc("Sources : relèves semestrielles des services de l'État, répertoire SIRENE de l'Insee,"
        + " Code officiel géographique 2026. Les noms d'établissements sont ceux des relèves ; aucun nom"
        + " ni aucune adresse du répertoire SIRENE n'est reproduit.")).append("</footer>\n</body>\n</html>\n");
    return sb.toString();
  }

  /** Jobs created and lost by the period's counted events, and how many of them give none. */
  private static String jobsSentence(Figures h) {
    String sentence = "Emplois : " + plain(h.jobsCreated()) + " créés et " + plain(h.jobsLost())
        + " supprimés par ces événements, soit un solde de " + signed(h.netJobs()) + " emplois";
    return sentence + (h.eventsWithoutJobs() == 0 ? "." : " (" + plain(h.eventsWithoutJobs())
        + (h.eventsWithoutJobs() == 1 ? " événement" : " événements") + " sans effectif connu).");
  }

  /**
   * The country's sectors: the net of each year of the vintage before the report's period's year, then
   * the period's components and jobs; a total row (the country's own figures) closes it.
   */
  private static void sectors(StringBuilder sb, ReportData d) {
    section(sb, "Par filière — " + Labels.period(d.period()),
        "France entière. Filière déclarée dans la relève, sinon déduite du code d'activité (NAF) ;"
            + " les emplois sont ceux des relèves, ou estimés d'après les tranches d'effectifs SIRENE.");
    List<Figures> current = d.sectorsIn(d.period());
    List<String> earlier = d.years().stream().filter(y -> y.compareTo(d.period().substring(0, 4)) < 0).toList();
    List<Html.Group> groups = new ArrayList<>(List.of(new Html.Group("", 1)));
    List<String> header = new ArrayList<>(List.of("Filière"));
    if (!earlier.isEmpty()) {
      groups.add(new Html.Group("Solde net", earlier.size()));
      header.addAll(earlier);
    }
    groups.add(new Html.Group(Labels.period(d.period()), SECTOR_HEADER.size()));
    header.addAll(SECTOR_HEADER);
    List<List<String>> rows = new ArrayList<>();
    for (Figures f : current) {
      rows.add(sectorRow(f.name(), earlier, y -> sectorNet(d, f.code(), y), f));
    }
    if (!current.isEmpty()) {
      rows.add(sectorRow("Ensemble", earlier, y -> countryNet(d, y), d.headline()));
    }
    sb.append(Html.table(groups, header, rows, 1, "Pas de chiffres par filière pour cette période."));
  }

  private static List<String> sectorRow(String label, List<String> years,
      Function<String, Long> netOf, Figures f) {
    List<String> row = new ArrayList<>(List.of(label));
    years.forEach(y -> row.add(signed(netOf.apply(y))));
    row.addAll(List.of(plain(f.openings()), plain(f.extensions()), plain(f.closures()), plain(f.reductions()),
        signed(f.net()), plain(f.jobsCreated()), plain(f.jobsLost()), signed(f.netJobs())));
    return row;
  }

  private static long sectorNet(ReportData d, String sector, String period) {
    return d.sectorsIn(period).stream().filter(f -> f.code().equals(sector)).mapToLong(Figures::net).sum();
  }

  private static long countryNet(ReportData d, String period) {
    return d.country().stream().filter(f -> f.period().equals(period)).mapToLong(Figures::net).sum();
  }

  /** The EPCI with the highest and the lowest net of the period. */
  private static void epcis(StringBuilder sb, ReportData d) {
    section(sb, "Intercommunalités (EPCI) — " + Labels.period(d.period()),
        "Les " + EPCI_SHOWN + " EPCI au solde net le plus élevé, et les " + EPCI_SHOWN + " au solde le plus"
            + " faible (soldes non nuls seulement) ; à solde égal, selon le solde des emplois, puis par nom."
            + " Département(s) selon le Code officiel géographique.");
    Map<String, String> departments = epciDepartments();
    for (boolean highest : new boolean[] {true, false}) {
      sb.append("<h3>").append(esc(highest ? "Soldes les plus élevés" : "Soldes les plus faibles")).append("</h3>\n");
      List<List<String>> rows = new ArrayList<>();
      int rank = 0;
      for (Figures f : d.epciExtremes(EPCI_SHOWN, highest)) {
        rows.add(List.of(String.valueOf(++rank), f.name(), departments.getOrDefault(f.code(), ""),
            plain(f.openings()), plain(f.extensions()), plain(f.closures()), plain(f.reductions()),
            signed(f.net()), signed(f.netJobs())));
      }
      sb.append(Html.table(List.of("Rang", "EPCI", "Département(s)", "Ouvertures", "Extensions", "Fermetures",
          "Réductions", "Solde net", "Solde des emplois"), rows, 3, highest ? "Aucun EPCI au solde positif." : "Aucun EPCI au solde négatif."));
    }
  }

  /** Each EPCI's départements (codes, comma-separated), from its current communes in the COG. */
  private static Map<String, String> epciDepartments() {
    Map<String, SortedSet<String>> sets = new HashMap<>();
    for (CommuneResolution c : Cog.load().resolution().values()) {
      if (c.epciCode() != null) {
        sets.computeIfAbsent(c.epciCode(), k -> new TreeSet<>()).add(c.departmentCode());
      }
    }
    Map<String, String> out = new HashMap<>();
    sets.forEach((epci, codes) -> out.put(epci, String.join(", ", codes)));
    return out;
  }

  private static void section(StringBuilder sb, String title, String intro) {
    sb.append("<h2>").append(esc(title)).append("</h2>\n");
    if (intro != null) {
      sb.append("<p>").append(esc(intro)).append("</p>\n");
    }
  }

  /** An image embedded in the page (base64 PNG), so that the page is one file. */
  private static void figure(StringBuilder sb, byte[] png, String caption) {
    sb.append("<figure><img alt=\"").append(esc(caption)).append("\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption>")
        .append(esc(caption)).append("</figcaption></figure>\n");
  }

  private static String figureTable(
      String first, List<Figures> rows, Function<Figures, String> label, String empty) {
    List<String> header = new ArrayList<>(List.of(first));
    header.addAll(FIGURE_HEADER);
    List<List<String>> cells = new ArrayList<>();
    for (Figures f : rows) {
      cells.add(List.of(label.apply(f), plain(f.openings()), plain(f.extensions()), plain(f.closures()),
          plain(f.reductions()), signed(f.net()), signed(f.greenfieldNet())));
    }
    return Html.table(header, cells, 1, empty);
  }

  private static void revisions(StringBuilder sb, ReportData d) {
    if (d.previousVintage() == null) {
      section(sb, "Révisions", "Premier millésime du lac : pas de millésime précédent à comparer.");
      return;
    }
    section(sb, "Révisions depuis le millésime " + d.previousVintage(),
        "France et régions dont un chiffre a changé ; révision = valeur actuelle − valeur précédente."
            + " Les révisions par département sont dans la table revisions"
            + " (bin/barometre export --table revisions, ou le carnet du statisticien).");
    List<List<String>> rows = new ArrayList<>();
    for (Revision r : d.revisions()) {
      if (r.level().equals(Cog.LEVEL_DEPARTMENT)) {
        continue; // a hundred départements would drown the national and regional picture
      }
      rows.add(List.of(word(r.level()), r.name() + " (" + r.code() + ")", Labels.period(r.period()),
          signed(r.netPrevious()), signed(r.net()), signed(r.netRevision()), signed(r.openingsRevision()),
          signed(r.extensionsRevision()), signed(r.closuresRevision()), signed(r.reductionsRevision())));
    }
    sb.append(Html.table(List.of("Niveau", "Territoire", "Période", "Solde précédent", "Solde actuel", "Révision",
        "dont ouvertures", "dont extensions", "dont fermetures", "dont réductions"), rows, 3, "Aucune révision."));
  }

  private static void events(StringBuilder sb, ReportData d) {
    section(sb, "Événements comptés — " + Labels.period(d.period()),
        "Noms déclarés dans les relèves ; commune selon le Code officiel géographique.");
    Map<String, Territory> regions = Cog.load().regions();
    List<List<String>> rows = new ArrayList<>();
    for (NamedEvent e : d.events()) {
      Territory region = e.regionCode() == null ? null : regions.get(e.regionCode());
      String commune = e.communeName() == null ? "non localisée" : e.communeName() + " (" + e.departmentCode() + ")";
      rows.add(List.of(Labels.date(e.effectDate()), word(e.eventType()),
          e.name() == null || e.name().isBlank() ? "(sans nom)" : e.name(), commune,
          region == null ? "" : region.name(), Labels.flags(e.flags())));
    }
    sb.append(Html.table(List.of("Date d'effet", "Type", "Établissement", "Commune", "Région", "Signalements"),
        rows, 6, "Aucun événement compté sur la période."));
  }

  private static void quality(StringBuilder sb, ReportData d) {
    section(sb, "Qualité", null);
    sb.append("<h3>Lignes de relèves rejetées, par motif</h3>\n");
    sb.append(countTable("Motif", "Lignes", d.rejectsByReason(), "Aucune ligne rejetée."));
    sb.append("<h3>Événements non comptés, par motif</h3>\n");
    sb.append(countTable("Motif", "Événements", d.notCountedByReason(), "Tous les événements sont comptés."));
    sb.append("<h3>Signalements</h3>\n");
    List<List<String>> flags = new ArrayList<>();
    d.flags().forEach((flag, n) -> flags.add(List.of(word(flag), plain(n[0]), plain(n[1]))));
    sb.append(Html.table(List.of("Signalement", "Événements", "dont comptés"), flags, 1, "Aucun signalement."));
    sb.append("<h3>Candidats à vérifier</h3>\n<p>")
        .append(esc("Événements détectés dans SIRENE que les relèves ne confirment pas : à vérifier auprès des services régionaux."))
        .append("</p>\n");
    List<List<String>> candidates = new ArrayList<>();
    for (Candidate c : d.candidates()) {
      candidates.add(List.of(c.siret(), word(c.eventType()), Labels.date(c.effectDate()),
          c.communeName() == null ? "non localisée" : c.communeName() + " (" + c.communeCode() + ")",
          c.naf() == null ? "" : c.naf()));
    }
    sb.append(Html.table(List.of("SIRET", "Type", "Date", "Commune", "Activité (NAF)"), candidates, 5, "Aucun candidat."));
  }

  private static String countTable(String key, String count, Map<String, Long> counts, String empty) {
    List<List<String>> rows = new ArrayList<>();
    counts.forEach((k, n) -> rows.add(List.of(word(k) + " (" + k + ")", plain(n))));
    return Html.table(List.of(key, count), rows, 1, empty);
  }
}
