package fr.barometre.reference;

/**
 * A région or département of the counting grid, or a territory outside it (a collectivité
 * d'outre-mer, or {@link Cog#UNLOCATED_CODE} for events that cannot be located).
 *
 * @param level {@link Cog#LEVEL_REGION} or {@link Cog#LEVEL_DEPARTMENT}
 * @param regionCode the région a département belongs to; a région's own code for a région
 * @param inGrid true for the 18 régions and 101 départements, which every export lists even at
 *     zero
 */
public record Territory(String level, String code, String name, String regionCode, boolean inGrid) {}
