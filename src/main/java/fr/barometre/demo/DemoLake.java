package fr.barometre.demo;

import fr.barometre.errors.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The demo's local folders: the project root they default under, and a lake emptied before a run. */
public final class DemoLake {
  private DemoLake() {}

  /**
   * The project root when running from the build ({@code <root>/target/classes}, as
   * {@code bin/barometre} does), else the working directory.
   */
  public static Path projectRoot() {
    try {
      Path code = Path.of(DemoLake.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (code.getFileName().toString().equals("classes") && code.getParent().getFileName().toString().equals("target")) {
        return code.getParent().getParent();
      }
    } catch (Exception e) {
      // no usable code source: fall back to the working directory
    }
    return Path.of("").toAbsolutePath();
  }

  /** Deletes {@code lake} and everything in it, refusing a project folder. */
  public static void reset(Path lake) {
    if (!Files.exists(lake)) {
      return;
    }
    // A mistyped --lake must not wipe a project or a folder that is not a directory of tables.
    if (!Files.isDirectory(lake) || Files.exists(lake.resolve("pom.xml")) || Files.exists(lake.resolve(".git"))) {
      throw new UsageException("demo: refusing to delete " + lake + " (not a lake folder)");
    }
    try (Stream<Path> all = Files.walk(lake)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the demo lake " + lake, e);
    }
  }
}
