package fr.barometre.demo;

import fr.barometre.ingest.sirene.StockGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes one snapshot of the demo sites as INSEE's {@code StockEtablissement} CSV: the exact
 * 54-column header of {@link StockGenerator}, UTF-8, {@code ,}-separated, fields quoted only when
 * they hold a comma or a quote. Address fields are plausible but invented; the Lambert coordinates
 * are left empty, as INSEE leaves them for establishments it could not geocode.
 */
final class SireneStockWriter {
  private static final String[] STREETS = {
    "DE L'INDUSTRIE", "DES ARTISANS", "DU PORT", "JEAN JAURES", "DE LA GARE", "DES FORGES", "PASTEUR"
  };

  private final DemoGeography geography;

  SireneStockWriter(DemoGeography geography) {
    this.geography = geography;
  }

  /** Writes the sites whose {@code state} is present, in the order given. */
  void write(Path out, List<DemoSite> sites, Function<DemoSite, DemoSite.State> state) throws IOException {
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 20)) {
      w.write(StockGenerator.HEADER);
      w.write('\n');
      for (DemoSite site : sites) {
        DemoSite.State s = state.apply(site);
        if (s != null) {
          w.write(row(site, s));
          w.write('\n');
        }
      }
    }
  }

  private String row(DemoSite site, DemoSite.State s) {
    String[] f = new String[54];
    Arrays.fill(f, "");
    int key = Math.floorMod(site.siret().hashCode(), 1000); // stable per site: street and number
    f[0] = site.siret().substring(0, 9);
    f[1] = site.siret().substring(9);
    f[2] = site.siret();
    f[3] = "O";
    f[4] = site.created().toString();
    f[5] = s.band();
    f[6] = s.band().isEmpty() || s.band().equals("NN") ? "" : Integer.toString(Math.max(2022, site.created().getYear()));
    // The crafts register's own activity code (NAFA): the NAF class followed by a letter.
    f[7] = site.crafts() ? site.naf().replace(".", "") + "A" : "";
    f[8] = s.since() + "T08:00:00.000";
    f[9] = site.siret().substring(9, 13).equals("0001") ? "true" : "false";
    f[10] = s.since().equals(site.created()) ? "1" : "2";
    f[12] = Integer.toString(1 + key % 150);
    f[16] = "RUE";
    f[17] = STREETS[key % STREETS.length];
    f[18] = postcode(site.commune());
    f[19] = geography.name(site.commune()).toUpperCase(Locale.ROOT);
    f[22] = site.commune();
    f[44] = s.since().toString();
    f[45] = s.active() ? "A" : "F";
    f[49] = site.name().toUpperCase(Locale.ROOT);
    f[50] = site.naf();
    f[51] = "NAFRev2";
    f[52] = s.active() && !s.band().isEmpty() && !s.band().equals("NN") ? "O" : "N";
    return String.join(",", Arrays.stream(f).map(SireneStockWriter::quoted).toArray(String[]::new));
  }

  /** A postcode of the département (the commune's real postcode is not in the COG resources). */
  private String postcode(String commune) {
    String dep = geography.departmentOf(commune);
    if (dep.startsWith("2A") || dep.startsWith("2B")) {
      return dep.equals("2A") ? "20000" : "20200";
    }
    return dep.length() == 3 ? dep + "00" : dep + "000";
  }

  static String quoted(String field) {
    return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }
}
