package fr.barometre.events;

import java.util.Locale;

/**
 * Where an event's sector comes from (sectors-jobs-territories.md §1): the relève's {@code
 * filiere}, the activity code the scope rule used, or neither. Stored lower case in {@code
 * events.sector_source}.
 */
public enum SectorSource {
  RELEVE,
  NAF,
  NONE;

  /** The value stored in {@code events.sector_source}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
