package fr.barometre.demo;

import fr.barometre.ingest.sirene.StockGenerator;

/**
 * SIRETs of the demo: all fictitious. Every SIREN this class gives starts with {@value #PREFIX},
 * a prefix this generator reserves for itself (INSEE does not reserve it: any match with a real
 * company is a coincidence, and no demo row describes a real establishment's identifiers). SIREN
 * and SIRET both carry a valid Luhn key; a SIREN holds one to three establishments (NIC 0001..).
 */
final class FictitiousSirets {
  static final String PREFIX = "990";
  private int unit;
  private int nic;
  private int establishments;

  /** The next SIRET: a new establishment, of a new SIREN once the current one has its share. */
  String next(int sharePerUnit) {
    if (nic >= establishments) {
      unit++;
      nic = 0;
      establishments = Math.max(1, sharePerUnit);
    }
    nic++;
    String siren = StockGenerator.withLuhnKey(PREFIX + String.format("%05d", unit));
    return StockGenerator.withLuhnKey(siren + String.format("%04d", nic));
  }

  /** A SIRET of a new SIREN with a single establishment. */
  String next() {
    return next(1);
  }

  /** {@code siret} with its last digit changed: fails the Luhn check (a typing slip in a relève). */
  static String misKeyed(String siret) {
    char last = siret.charAt(13);
    return siret.substring(0, 13) + (char) ('0' + (last - '0' + 1) % 10);
  }
}
