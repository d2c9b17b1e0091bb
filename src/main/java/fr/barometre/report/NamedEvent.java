package fr.barometre.report;

import java.time.LocalDate;

/**
 * A counted event as the report lists it: the name the relève gives (never a SIRENE name), the
 * commune's COG name, the type and effect date.
 */
public record NamedEvent(
    LocalDate effectDate,
    String eventType,
    String name,
    String communeCode,
    String communeName,
    String departmentCode,
    String regionCode,
    String flags) {}
