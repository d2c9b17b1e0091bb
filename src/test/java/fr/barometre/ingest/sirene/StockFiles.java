package fr.barometre.ingest.sirene;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test helpers: the worked example's SIRENE files and their other published shapes. */
final class StockFiles {
  private StockFiles() {}

  static Path workedStock2024() {
    return fr.barometre.testing.SparkTestSession.worked().resolve("inputs/sirene_2024-01-01.csv");
  }

  static Path workedSuccessions() {
    return fr.barometre.testing.SparkTestSession.worked().resolve("inputs/successions.csv");
  }

  static List<String> lines(Path csv) {
    try {
      return Files.readAllLines(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path target, List<String> lines) {
    try {
      Files.write(target, lines, StandardCharsets.UTF_8);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path gzip(Path csv, Path target) {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
      Files.copy(csv, out);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A zip as INSEE ships it: one CSV entry (after an optional other entry). */
  static Path zip(Path csv, Path target, String entryName) {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      out.putNextEntry(new ZipEntry(entryName));
      Files.copy(csv, out);
      out.closeEntry();
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
