package fr.barometre.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Golden files under {@code src/test/resources/golden/}: an end-to-end output compared line by line
 * with a reviewed file. {@code BAROMETRE_REGENERATE_GOLDEN=1 mvn test} rewrites them; review the
 * diff before committing.
 */
public final class Golden {
  private Golden() {}

  public static void assertMatches(String name, List<String> actual) {
    Path file = Paths.get("src", "test", "resources", "golden").resolve(name);
    try {
      if ("1".equals(System.getenv("BAROMETRE_REGENERATE_GOLDEN"))) {
        Files.createDirectories(file.getParent());
        Files.write(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file %s (BAROMETRE_REGENERATE_GOLDEN=1 creates it)", file).exists();
      assertThat(actual).isEqualTo(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
