package fr.barometre.demo;

import fr.barometre.errors.UnreadableInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The data lines (header skipped) of a UTF-8 classpath resource of the reference data. */
final class ResourceLines {
  private ResourceLines() {}

  static List<String> of(String resource) {
    InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new UnreadableInputException("missing classpath resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().skip(1).filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UnreadableInputException("cannot read classpath resource " + resource + ": " + e.getMessage());
    }
  }
}
