package fr.barometre.config;

/**
 * One zoning a user adds to the territory levels (sectors-jobs-territories.md §3), as declared in
 * {@code barometre.territories.zonings}: the level's name and the CSV file that maps communes to
 * its zones ({@code commune_code,zone_code,zone_name}). The file is read by the run, not here.
 *
 * @param index position in the configured list, to name the entry in messages
 */
public record Zoning(int index, String level, String file) {
  /** The configuration key of this entry, e.g. {@code barometre.territories.zonings[0]}. */
  public String key() {
    return Zonings.KEY + "[" + index + "]";
  }
}
