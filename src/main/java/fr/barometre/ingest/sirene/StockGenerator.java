package fr.barometre.ingest.sirene;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
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
 * proportions are rough orders of magnitude of the national stock (about 60% closed
 * establishments, a few percent partially diffusible units with {@code [ND]} fields, headcount
 * bands mostly unknown or {@code NN}, several establishments per SIREN), not statistics. SIRENs and
 * SIRETs carry a valid Luhn key; some street names are quoted because they hold a comma.
 *
 * <p>Usage: {@code StockGenerator OUT.csv ROWS [SEED]}.
 */
public final class StockGenerator {
  static final String HEADER =
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

  private static final String[] BANDS = {
    "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53"
  };
  private static final String[] NAF = {
    "47.11F", "56.10A", "68.20B", "70.22Z", "86.21Z", "43.21A", "10.71C", "25.62A", "28.29B",
    "20.14Z", "22.22Z", "33.12Z", "62.01Z", "94.99Z", "01.11Z", "00.00Z"
  };
  private static final String[] OLD_NOMENCLATURES = {"NAFRev1", "NAF1993", "NAP"};
  private static final String[] COMMUNES = {
    "75056", "75111", "69381", "13201", "31555", "33063", "44109", "59350", "67482", "2A004",
    "97411", "01001", "54353", "62473", "27032"
  };
  private static final String[] STREETS = {"DE L'INDUSTRIE", "DU PORT", "JEAN JAURES", "\"DE LA GARE, BAT B\""};
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
    // A bijection of 0..10^8-1 (48271 is prime to 10): SIRENs spread out, a tenth with a leading zero.
    String siren = withLuhnKey(String.format("%08d", Math.floorMod(unit * 48_271L + 12_345_679L, 100_000_000L)));
    String siret = withLuhnKey(siren + String.format("%04d", nicNumber));
    String nic = siret.substring(9);
    boolean masked = r.nextInt(100) < 5;
    boolean active = r.nextInt(100) < 40;
    LocalDate created = FIRST.plusDays(r.nextLong(STOCK_DAY.toEpochDay() - FIRST.toEpochDay()));
    LocalDate start = created.plusDays(r.nextLong(STOCK_DAY.toEpochDay() - created.toEpochDay() + 1));
    LocalDate processed = start.plusDays(r.nextLong(STOCK_DAY.toEpochDay() - start.toEpochDay() + 1));
    int band = r.nextInt(100);
    String tranche = band < 70 ? "" : band < 90 ? "NN" : band < 92 ? "00" : BANDS[r.nextInt(BANDS.length)];
    String naf = NAF[r.nextInt(NAF.length)];
    boolean current = active || r.nextInt(100) < 70;
    String nomenclature = current ? "NAFRev2" : OLD_NOMENCLATURES[r.nextInt(OLD_NOMENCLATURES.length)];
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
    f[8] = processed + "T" + String.format("%02d:%02d:%02d.000", r.nextInt(24), r.nextInt(60), r.nextInt(60));
    f[9] = nicNumber == 1 ? "true" : "false";
    f[10] = Integer.toString(1 + r.nextInt(4));
    f[12] = masked ? nd : Integer.toString(1 + r.nextInt(200));
    f[16] = masked ? nd : "RUE";
    f[17] = masked ? nd : STREETS[r.nextInt(STREETS.length)];
    f[18] = masked ? nd : commune.startsWith("2A") ? "20000" : commune.substring(0, 2) + "000";
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

  /** Appends the Luhn check digit that makes {@code digits} + key valid (SIREN and SIRET keys). */
  static String withLuhnKey(String digits) {
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
