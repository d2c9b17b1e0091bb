package fr.barometre.jobs;

import fr.barometre.events.Vintage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What {@code barometre run} was asked to do (shared/spec/interfaces.md). */
public record RunOptions(
    Vintage vintage,
    List<String> releves,
    Optional<String> sirene,
    Optional<LocalDate> sireneDate,
    Optional<String> sirenePrevious,
    Optional<LocalDate> sirenePreviousDate,
    Optional<String> successions) {}
