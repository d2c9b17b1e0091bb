package fr.barometre.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.cli.Barometre;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A lake holding the worked example's vintages 2024-S1 and 2024-S2, built once per test JVM (each
 * run costs tens of seconds) and shared by the end-to-end, report, SQL and notebook tests. The
 * integration tests (cluster, HDFS) run the untouched inputs and compare with the same expected
 * files.
 *
 * <p>The inputs are a copy of the worked example with one change: the SIRENE unit of a counted
 * event ({@link #SECRET_SIRET}, an extension of 2024-S2) is made partially diffusible
 * ({@code statutDiffusionEtablissement = P}) and given an enseigne and a street that contain
 * {@link #SECRET_MARK}, so a test can prove that no SIRENE name or address of such a unit leaks
 * into what analysts see. Diffusion status plays no part in counting, so the figures stay those
 * of the worked example.
 */
public final class WorkedLake {
  /** The SIRET made partially diffusible; its relève name is "Chimie du Rhône 162". */
  public static final String SECRET_SIRET = "20668843448671";
  /** Part of the secret unit's SIRENE enseigne and street name. */
  public static final String SECRET_MARK = "XQZCONFIDENTIEL";

  private static Path lake;

  private WorkedLake() {}

  private static Path inputs;

  /** The lake's root, running both vintages on first use. */
  public static synchronized Path get() {
    if (lake == null) {
      SparkTestSession.get(); // the launcher then reuses the shared session
      Path root = SparkTestSession.tempDir("worked-lake");
      for (String vintage : List.of("2024-S1", "2024-S2")) {
        assertThat(run(root, vintage)).as("run %s", vintage).isZero();
      }
      lake = root;
    }
    return lake;
  }

  /**
   * A copy of the worked lake (both vintages published) under a new folder, for a test that
   * changes it (crash drills, maintenance) without disturbing the tests sharing the original.
   */
  public static Path copy(String label) {
    return copyTree(get(), SparkTestSession.tempDir(label).resolve("lake"));
  }

  /** Copies the folder {@code from} and everything below it to {@code to}; returns {@code to}. */
  public static Path copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  /** The (secret-unit) worked example's inputs: relèves/, the two SIRENE stocks, successions. */
  public static synchronized Path inputs() {
    if (inputs == null) {
      inputs = inputsWithSecretUnit();
    }
    return inputs;
  }

  /** Runs one vintage of the (secret-unit) worked example into {@code dir}; the exit status. */
  public static synchronized int run(Path dir, String vintage) {
    Path inputs = inputs();
    return Barometre.execute(
        "run", "--vintage", vintage, "--lake", dir.toString(),
        "--sirene", inputs.resolve("sirene_2025-01-01.csv").toString(),
        "--sirene-date", "2025-01-01",
        "--sirene-previous", inputs.resolve("sirene_2024-01-01.csv").toString(),
        "--sirene-previous-date", "2024-01-01",
        "--successions", inputs.resolve("successions.csv").toString(),
        "--releves", inputs.resolve("releves").toString());
  }

  /** The worked example's expected export of {@code table} for {@code vintage}, as lines. */
  public static List<String> expected(String vintage, String table) {
    return WorkedExports.expected(vintage, table);
  }

  static Path inputsWithSecretUnit() {
    Path copy = copyTree(SparkTestSession.worked().resolve("inputs"), SparkTestSession.tempDir("worked-inputs"));
    try {
      int changed = 0;
      for (String stock : List.of("sirene_2024-01-01.csv", "sirene_2025-01-01.csv")) {
        changed += makeSecret(copy.resolve(stock));
      }
      assertThat(changed).as("rows of %s in the SIRENE stocks", SECRET_SIRET).isPositive();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return copy;
  }

  // Rewrites the unit's row by header name: P status, a telling enseigne, dénomination and street.
  private static int makeSecret(Path stock) throws IOException {
    List<String> rows = lines(stock);
    List<String> header = List.of(rows.get(0).replace("\uFEFF", "").split(",", -1));
    int changed = 0;
    List<String> out = new ArrayList<>();
    for (String row : rows) {
      String[] f = row.split(",", -1);
      if (f.length == header.size() && f[header.indexOf("siret")].equals(SECRET_SIRET)) {
        f[header.indexOf("statutDiffusionEtablissement")] = "P";
        f[header.indexOf("enseigne1Etablissement")] = "ENSEIGNE " + SECRET_MARK;
        f[header.indexOf("denominationUsuelleEtablissement")] = "DENOMINATION " + SECRET_MARK;
        f[header.indexOf("libelleVoieEtablissement")] = "RUE " + SECRET_MARK;
        row = String.join(",", f);
        changed++;
      }
      out.add(row);
    }
    Files.write(stock, out, StandardCharsets.UTF_8);
    return changed;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
