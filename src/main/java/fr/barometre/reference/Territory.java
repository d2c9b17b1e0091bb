package fr.barometre.reference;

/**
 * A région, département or EPCI of the counting grid, or a territory outside it (a collectivité
 * d'outre-mer, or {@link Cog#UNLOCATED_CODE} for events that cannot be located).
 *
 * @param level {@link Cog#LEVEL_REGION}, {@link Cog#LEVEL_DEPARTMENT} or {@link Cog#LEVEL_EPCI}
 * @param regionCode the région a département belongs to; a région's own code for a région; null
 *     for an EPCI (one may straddle régions)
 * @param inGrid true for the 18 régions, 101 départements and the EPCI, which {@code net_openings}
 *     lists even at zero
 */
public record Territory(String level, String code, String name, String regionCode, boolean inGrid) {}
