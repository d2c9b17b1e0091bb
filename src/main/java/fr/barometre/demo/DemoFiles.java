package fr.barometre.demo;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Where the demo inputs are, under one folder: the relèves folder, the current and previous
 * SIRENE stocks with their dates, and the succession links.
 */
public record DemoFiles(
    Path root, Path releves, Path sirene, LocalDate sireneDate, Path sirenePrevious,
    LocalDate sirenePreviousDate, Path successions) {

  /** The layout {@link DemoData#generate} writes under {@code root}. */
  public static DemoFiles under(Path root) {
    LocalDate current = EventFactory.CURRENT_SNAPSHOT;
    LocalDate previous = EventFactory.PREVIOUS_SNAPSHOT;
    Path sirene = root.resolve("sirene");
    return new DemoFiles(
        root,
        root.resolve("releves"),
        sirene.resolve("StockEtablissement_" + current + ".csv"),
        current,
        sirene.resolve("StockEtablissement_" + previous + ".csv"),
        previous,
        sirene.resolve("StockEtablissementLiensSuccession_" + current + ".csv"));
  }

  /** True when every input file is there (a previous generation finished). */
  public boolean complete() {
    return java.nio.file.Files.isDirectory(releves)
        && java.nio.file.Files.isRegularFile(sirene)
        && java.nio.file.Files.isRegularFile(sirenePrevious)
        && java.nio.file.Files.isRegularFile(successions);
  }
}
