package fr.barometre.ingest.sirene;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a synthetic {@code StockEtablissement} in INSEE's exact 54-column layout (format 3.11 plus
 * the NAF 2025 code), deterministic for a seed, to measure and test the ingestion at volume. The
 * proportions are rough orders of magnitude, not statistics: a quarter of the establishments
 * closed, 4% with an industrial activity (NAF sections B to E, some in excluded classes), bands
 * mostly unknown, {@code NN} or {@code 00} to {@code 03} (1.3% in band {@code 12}, 20 to 49
 * employees, and fewer above), 5% partially diffusible units with {@code [ND]} fields, one to
 * three establishments per SIREN, communes drawn from the COG's current communes. SIRENs and SIRETs carry a valid
 * Luhn key; some street names are quoted because they hold a comma.
 *
 * <p>Usage: {@code StockGenerator OUT.csv ROWS [SEED]}.
 */
public final class StockGenerator {
  public static final String HEADER =
      "siren,nic,siret,statutDiffusionEtablissement,dateCreationEtablissement,"
          + "trancheEffectifsEtablissement,anneeEffectifsEtablissement,"
          + "activitePrincipaleRegistreMetiersEtablissement,dateDernierTraitementEtablissement,"
          + "etablissementSiege,nombrePeriodesEtablissement,complementAdresseEtablissement,"
          + "numeroVoieEtablissement,indiceRepetitionEtablissement,dernierNumeroVoieEtablissement,"
          + "indiceRepetitionDernierNumeroVoieEtablissement,typeVoieEtablissement,"
          + "libelleVoieEtablissement,codePostalEtablissement,libelleCommuneEtablissement,"
          + "libelleCommuneEtrangerEtablissement,distributionSpecialeEtablissement,"
          + "codeCommuneEtablissement,codeCedexEtablissement,libelleCedexEtablissement,"
          + "codePaysEtrangerEtablissement,libellePaysEtrangerEtablissement,"
          + "identifiantAdresseEtablissement,coordonneeLambertAbscisseEtablissement,"
          + "coordonneeLambertOrdonneeEtablissement,complementAdresse2Etablissement,"
          + "numeroVoie2Etablissement,indiceRepetition2Etablissement,typeVoie2Etablissement,"
          + "libelleVoie2Etablissement,codePostal2Etablissement,libelleCommune2Etablissement,"
          + "libelleCommuneEtranger2Etablissement,distributionSpeciale2Etablissement,"
          + "codeCommune2Etablissement,codeCedex2Etablissement,libelleCedex2Etablissement,"
          + "codePaysEtranger2Etablissement,libellePaysEtranger2Etablissement,dateDebut,"
          + "etatAdministratifEtablissement,enseigne1Etablissement,enseigne2Etablissement,"
          + "enseigne3Etablissement,denominationUsuelleEtablissement,"
          + "activitePrincipaleEtablissement,nomenclatureActivitePrincipaleEtablissement,"
          + "caractereEmployeurEtablissement,activitePrincipaleNAF25Etablissement";

  /**
   * Staff bands with their weight per 10,000 establishments: mostly unknown, {@code NN} or small
   * ({@code 00} to {@code 03}); a few percent at 10 and more, a tenth of them at 50 and more.
   */
  private static final String[] BANDS = {
    "", "NN", "00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52",
    "53"
  };

  private static final int[] BAND_WEIGHTS = {
    3000, 4000, 500, 1000, 600, 400, 250, 150, 50, 25, 8, 8, 4, 2, 1, 1, 1
  };

  /** Industrial activities (sections B to E), with some of the classes the scope excludes. */
  private static final String[] INDUSTRIAL_NAF = {
    "25.62A", "28.29B", "20.14Z", "22.22Z", "33.12Z", "10.71C", "10.71D", "10.13B", "38.11Z",
    "38.21Z", "35.11Z", "08.12Z", "10.51A", "24.10Z", "29.10Z", "16.10A", "23.61Z", "27.12Z"
  };

  private static final String[] OTHER_NAF = {
    "47.11F", "56.10A", "68.20B", "70.22Z", "86.21Z", "43.21A", "62.01Z", "94.99Z", "01.11Z",
    "00.00Z", "46.90Z", "49.41A", "85.59A", "96.02A", "41.20A", "69.20Z"
  };

  /** Share of establishments with an industrial activity, in percent (a few percent nationally). */
  private static final int INDUSTRIAL_PCT = 4;

  /** Share of closed establishments, in percent. */
  private static final int CLOSED_PCT = 25;

  private static final String[] OLD_NOMENCLATURES = {"NAFRev1", "NAF1993", "NAP"};

  /** Every current commune of the COG, so the sites spread over the real territory. */
  private static final String[] COMMUNES = communes();

  private static final String[] STREETS = {
    "DE L'INDUSTRIE", "DU PORT", "JEAN JAURES", "\"DE LA GARE, BAT B\""
  };
  private static final String COMMUNES_RESOURCE = "/reference/cog/communes.csv";
  private static final LocalDate FIRST = LocalDate.of(1973, 1, 1);
  private static final LocalDate STOCK_DAY = LocalDate.of(2025, 11, 30);

  private StockGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: StockGenerator OUT.csv ROWS [SEED]");
      System.exit(2);
    }
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
    write(Paths.get(args[0]), Long.parseLong(args[1]), seed);
  }

  /** Writes {@code rows} establishments (plus the header) to {@code out}. */
  public static void write(Path out, long rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 20)) {
      w.write(HEADER);
      w.write('\n');
      long unit = 0;
      int nic = 0;
      int establishments = 0;
      for (long i = 0; i < rows; i++) {
        if (nic >= establishments) { // next legal unit, with 1 to 3 establishments
          unit++;
          nic = 0;
          establishments = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(1, 3));
        }
        nic++;
        w.write(row(random, unit, nic));
        w.write('\n');
      }
    }
  }

  private static String row(SplittableRandom r, long unit, int nicNumber) {
    // A bijection of 0..10^8-1 (48271 is prime to 10): SIRENs spread out, a tenth with a leading
    // zero.
    String siren =
        withLuhnKey(
            padded(Math.floorMod(unit * 48_271L + 12_345_679L, 100_000_000L), 8));
    String siret = withLuhnKey(siren + padded(nicNumber, 4));
    String nic = siret.substring(9);
    boolean masked = r.nextInt(100) < 5;
    boolean active = r.nextInt(100) >= CLOSED_PCT;
    LocalDate created = FIRST.plusDays(r.nextLong(STOCK_DAY.toEpochDay() - FIRST.toEpochDay()));
    LocalDate start =
        created.plusDays(r.nextLong(STOCK_DAY.toEpochDay() - created.toEpochDay() + 1));
    LocalDate processed =
        start.plusDays(r.nextLong(STOCK_DAY.toEpochDay() - start.toEpochDay() + 1));
    String tranche = band(r.nextInt(10_000));
    String naf =
        r.nextInt(100) < INDUSTRIAL_PCT
            ? INDUSTRIAL_NAF[r.nextInt(INDUSTRIAL_NAF.length)]
            : OTHER_NAF[r.nextInt(OTHER_NAF.length)];
    boolean current = active || r.nextInt(100) < 70;
    String nomenclature =
        current ? "NAFRev2" : OLD_NOMENCLATURES[r.nextInt(OLD_NOMENCLATURES.length)];
    String commune = COMMUNES[r.nextInt(COMMUNES.length)];
    String nd = "[ND]";
    String[] f = new String[54];
    java.util.Arrays.fill(f, "");
    f[0] = siren;
    f[1] = nic;
    f[2] = siret;
    f[3] = masked ? "P" : "O";
    f[4] = created.toString();
    f[5] = tranche;
    f[6] = tranche.isEmpty() || tranche.equals("NN") ? "" : "2023";
    f[7] = r.nextInt(100) < 8 ? naf.replace(".", "").substring(0, 4) + "ZZ" : "";
    f[8] =
        processed
            + "T"
            + padded(r.nextInt(24), 2)
            + ":"
            + padded(r.nextInt(60), 2)
            + ":"
            + padded(r.nextInt(60), 2)
            + ".000";
    f[9] = nicNumber == 1 ? "true" : "false";
    f[10] = Integer.toString(1 + r.nextInt(4));
    f[12] = masked ? nd : Integer.toString(1 + r.nextInt(200));
    f[16] = masked ? nd : "RUE";
    f[17] = masked ? nd : STREETS[r.nextInt(STREETS.length)];
    f[18] = masked ? nd : Character.isDigit(commune.charAt(1)) ? commune.substring(0, 2) + "000" : "20000";
    f[19] = "COMMUNE " + commune;
    f[22] = commune;
    f[27] = masked ? nd : commune + "_B" + r.nextInt(1000);
    f[28] = masked ? nd : Double.toString(100_000 + r.nextInt(1_150_000) + r.nextInt(10) / 10.0);
    f[29] = masked ? nd : Double.toString(6_050_000 + r.nextInt(1_050_000) + r.nextInt(10) / 10.0);
    f[44] = start.toString();
    f[45] = active ? "A" : "F";
    f[46] = masked ? nd : r.nextInt(100) < 15 ? "ENSEIGNE " + unit : "";
    f[49] = masked ? nd : r.nextInt(100) < 5 ? "USINE " + nicNumber : "";
    f[50] = naf;
    f[51] = nomenclature;
    f[52] = active ? (r.nextInt(100) < 25 ? "O" : "N") : "N";
    f[53] = active ? naf : "";
    return String.join(",", f);
  }

  /** {@code value} with leading zeros to {@code width} digits (String.format is too slow here). */
  private static String padded(long value, int width) {
    String digits = Long.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  private static String band(int draw) {
    int cumulated = 0;
    for (int i = 0; i < BANDS.length; i++) {
      cumulated += BAND_WEIGHTS[i];
      if (draw < cumulated) {
        return BANDS[i];
      }
    }
    return BANDS[BANDS.length - 1];
  }

  private static String[] communes() {
    try (InputStream in = StockGenerator.class.getResourceAsStream(COMMUNES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + COMMUNES_RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Appends the Luhn check digit that makes {@code digits} + key valid (SIREN and SIRET keys). */
  public static String withLuhnKey(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 0) { // doubled: these positions are odd from the right once the key is appended
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return digits + ((10 - sum % 10) % 10);
  }
}
