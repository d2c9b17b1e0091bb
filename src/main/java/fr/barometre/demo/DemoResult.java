package fr.barometre.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a demo run produced: the latest vintage's national figures per year, régions and national
 * sectors of the latest year, how many figures the latest vintage revised, the lake, and the
 * report if built.
 */
public record DemoResult(
    String vintage, List<DemoFigures> national, List<DemoFigures> regions, List<DemoFigures> sectors,
    long revisedFigures, String lake, Optional<Path> report) {}
