package fr.barometre.demo;

import java.time.LocalDate;

/**
 * One establishment of the demo SIRENE stock and its state at the two snapshot dates; a null state
 * means the establishment is absent from that snapshot (not yet created).
 */
record DemoSite(
    String siret,
    String name,
    String commune,
    String naf,
    boolean crafts,
    LocalDate created,
    State previous,
    State current) {

  /** Administrative state ({@code A}/{@code F}), staff band (INSEE code, "" unknown), since when. */
  record State(boolean active, String band, LocalDate since) {
    static State open(String band, LocalDate since) {
      return new State(true, band, since);
    }

    static State closed(String band, LocalDate since) {
      return new State(false, band, since);
    }
  }

  /** The same site with another current state (its previous state unchanged). */
  DemoSite withCurrent(State s) {
    return new DemoSite(siret, name, commune, naf, crafts, created, previous, s);
  }
}
