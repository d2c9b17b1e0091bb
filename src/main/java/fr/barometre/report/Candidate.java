package fr.barometre.report;

import java.time.LocalDate;

/**
 * A SIRENE-detected event the survey does not confirm, to check with the regional offices:
 * identifier, type, date, commune (code and COG name) and activity. No SIRENE name or address,
 * which partially diffusible units must not show.
 */
public record Candidate(
    String siret, String eventType, LocalDate effectDate, String communeCode, String communeName, String naf) {}
