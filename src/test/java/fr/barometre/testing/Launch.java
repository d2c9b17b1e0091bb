package fr.barometre.testing;

import fr.barometre.cli.Barometre;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the launcher in-process and captures what a person would see on stderr. */
public final class Launch {
  private Launch() {}

  /** Runs a command line; returns {@code "status|stderr"} (stderr trimmed). */
  public static String launch(String... argv) {
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      int rc = Barometre.execute(argv);
      return rc + "|" + buf.toString(StandardCharsets.UTF_8).trim();
    } finally {
      System.setErr(err);
    }
  }
}
