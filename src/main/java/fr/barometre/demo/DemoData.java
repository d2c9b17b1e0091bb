package fr.barometre.demo;

import fr.barometre.config.Methodology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the demo inputs, deterministically for a seed (same seed and size: byte-identical
 * files), into the layout of {@link DemoFiles}: two SIRENE stocks one year apart (2024-01-01 and
 * 2025-01-01) in INSEE's exact 54-column format, their succession links, and the relèves 2022-S2 to
 * 2024-S2 — per relève a national CSV (UTF-8, {@code ,}), Grand Est and Nouvelle-Aquitaine CSVs
 * (Windows-1252, {@code ;}, French headers) and an Auvergne-Rhône-Alpes file (XLSX from 2024,
 * French CSV before). Run through the pipeline, the counted events give exactly
 * {@link PublishedFigures} (sector figures of 2024 included, through the {@code filiere} the rows
 * type: {@link DemoSectors}); see {@link CountedEvents}, {@link UncountedEvents}, {@link FaultyRows}
 * and {@link SireneOnlySites} for what else is in them. Every SIRET is fictitious
 * ({@link FictitiousSirets}); communes and NAF classes are real.
 */
public final class DemoData {
  public static final long DEFAULT_SEED = 20_250_101L;
  /** SIRENE rows that no event concerns; about 1,500 more rows are the events' sites. */
  public static final int DEFAULT_BACKGROUND_ROWS = 19_000;
  /** Mixed into the seed for the rows' headcounts and sectors (any constant: a second stream). */
  private static final long DETAILS_SALT = 0x5EC7_0125L;

  private DemoData() {}

  /** Writes the inputs under {@code root} (created if needed) and returns where they are. */
  public static DemoFiles generate(Path root, long seed, int backgroundRows, Methodology methodology)
      throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    DemoGeography geography = new DemoGeography();
    DemoNaf naf = new DemoNaf(methodology);
    EventFactory factory = new EventFactory(r, geography, naf, methodology);
    CountedEvents counted = new CountedEvents(factory, geography, r).build();
    UncountedEvents uncounted = new UncountedEvents(factory, geography, naf, methodology, r).build();
    List<SurveyRow> rows = new ArrayList<>(counted.rows);
    rows.addAll(uncounted.rows);
    rows.addAll(FaultyRows.rows(factory.sirets));
    // Headcounts and sectors come from a random source of their own: they were added to the
    // scenario later, and drawing them from r would have moved every later draw (sites, relève
    // schedule, SIRENE background) and so every figure the demo had published.
    SplittableRandom details = new SplittableRandom(seed ^ DETAILS_SALT);
    rows = counted.withMeasuredHeadcounts(rows, details);
    rows = new DemoSectors(methodology.sectors(), naf, details).typed(rows, counted.rows, factory);
    List<SurveyRow> scheduled = ReleveSchedule.assign(rows, r);

    List<DemoSite> sites = new ArrayList<>(factory.sites);
    sites.addAll(SireneOnlySites.candidates(r, geography, naf, factory.sirets));
    sites.addAll(SireneOnlySites.background(backgroundRows, r, geography, naf, factory.sirets));
    sites.sort(Comparator.comparing(DemoSite::siret));
    List<SuccessionLink> links = new ArrayList<>(counted.links);
    links.addAll(uncounted.links);

    DemoFiles files = DemoFiles.under(root);
    Files.createDirectories(files.sirene().getParent());
    Files.createDirectories(files.releves());
    SireneStockWriter stock = new SireneStockWriter(geography);
    stock.write(files.sirene(), sites, DemoSite::current);
    stock.write(files.sirenePrevious(), sites, DemoSite::previous);
    writeLinks(files.successions(), links);
    writeReleves(files.releves(), scheduled, regions(sites, geography), geography);
    return files;
  }

  private static void writeLinks(Path out, List<SuccessionLink> links) throws IOException {
    StringBuilder sb = new StringBuilder(SuccessionLink.HEADER).append('\n');
    links.forEach(l -> sb.append(l.csv()).append('\n'));
    Files.writeString(out, sb, StandardCharsets.UTF_8);
  }

  /** The région of each site's SIRET, to send its rows to its région's file. */
  private static Map<String, String> regions(List<DemoSite> sites, DemoGeography geography) {
    Map<String, String> bySiret = new HashMap<>();
    sites.forEach(s -> bySiret.put(s.siret(), geography.regionOf(s.commune())));
    return bySiret;
  }

  private static void writeReleves(
      Path dir, List<SurveyRow> rows, Map<String, String> regionOfSiret, DemoGeography geography)
      throws IOException {
    for (String releve : ReleveSchedule.RELEVES) {
      Map<ReleveFile, List<SurveyRow>> files = new java.util.EnumMap<>(ReleveFile.class);
      for (SurveyRow row : rows) {
        if (ReleveSchedule.fileReleve(row).equals(releve)) {
          String region = regionOfSiret.getOrDefault(row.siret(), regionOfCommune(row.codeCommune(), geography));
          files.computeIfAbsent(ReleveFile.of(region), k -> new ArrayList<>()).add(row);
        }
      }
      for (Map.Entry<ReleveFile, List<SurveyRow>> e : files.entrySet()) {
        e.getKey().write(dir, releve, e.getValue());
      }
    }
  }

  /** The région of a typed commune code (leading zero possibly lost); "" when there is none. */
  private static String regionOfCommune(String typed, DemoGeography geography) {
    if (typed.isEmpty()) {
      return "";
    }
    return geography.regionOf(typed.length() == 4 ? "0" + typed : typed);
  }
}
