package fr.barometre.reference;

/**
 * What one commune code stands for in the COG: the current commune, its département, its région
 * and its EPCI ({@code epciCode} null for a commune outside every EPCI). {@code kind} says how the code was matched: {@code commune} (a current commune),
 * {@code arrondissement} (arrondissement municipal), {@code deleguee} or {@code associee}
 * (commune déléguée or associée of a commune nouvelle), {@code ancien} (former code of a commune
 * merged since).
 */
public record CommuneResolution(
    String code,
    String kind,
    String communeCode,
    String departmentCode,
    String regionCode,
    String epciCode) {}
