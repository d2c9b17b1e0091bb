package fr.barometre.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.cli.Barometre;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A lake holding the worked example's vintages 2024-S1 and 2024-S2, built once per build and
 * shared by the end-to-end, report, SQL and notebook tests of every test JVM of the build (the
 * unit fork or forks and the integration fork): running both vintages costs 80-90 s, which each
 * JVM used to pay again. The integration tests (cluster, HDFS) run the untouched inputs and
 * compare with the same expected files.
 *
 * <p>The shared lake is <b>read-only</b>: a test that changes a lake (a rerun, a crash drill,
 * maintenance) works on {@link #copy(String)}. It lives under
 * {@code target/test-work/worked-lake-FINGERPRINT/} and the inputs it was run from beside it
 * ({@code worked-lake-FINGERPRINT-inputs/}), the fingerprint being a SHA-256 of what
 * determines its content (the compiled main classes, {@code src/main/resources}, the worked
 * inputs, {@code conf/test.conf}, {@code pom.xml}, this class and {@link SparkTestSession}, the
 * {@code barometre.*} system properties): a change to any of them gives a new folder, so a stale
 * lake is never reused, while an unchanged build reuses the last one (until {@code mvn clean}).
 * The first JVM to need it builds it under an exclusive file lock (another JVM waits on the lock,
 * then reuses it) into a {@code .building-} folder that is renamed into place, completion marker
 * inside, in one atomic move: a build killed half-way leaves only a {@code .building-} folder,
 * which the next build deletes, never a half lake under the final name.
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

  private static final List<String> VINTAGES = List.of("2024-S1", "2024-S2");
  /** Written last into a finished build: a folder without it is not a lake to read. */
  private static final String COMPLETE = "COMPLETE";
  private static final String PREFIX = "worked-lake-";

  /** This JVM's view of the shared folder (inputs/ and lake/), once found or built. */
  private static Path shared;

  private WorkedLake() {}

  /**
   * The shared lake's root (read-only: see {@link #copy(String)}), built on first use in the
   * build. Also starts the shared test SparkSession, which callers' launcher calls then reuse.
   */
  public static synchronized Path get() {
    SparkTestSession.get();
    return shared().resolve("lake");
  }

  /**
   * A copy of the worked lake (both vintages published) under a new folder, for a test that
   * changes it (reruns, crash drills, maintenance) without disturbing the tests sharing the original.
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

  /**
   * The (secret-unit) worked example's inputs: relèves/, the two SIRENE stocks, successions; the
   * ones the shared lake was run from. Read-only too: copy what a test needs to change.
   */
  public static synchronized Path inputs() {
    return inputsOf(shared());
  }

  /**
   * The inputs sit beside the lake, not in it: they are written at their final place before the
   * runs, because a landing recognises a snapshot file again by its path (a succession file moved
   * with the lake would be landed again by every later run on a copy, and two runs landing it at
   * once collide).
   */
  private static Path inputsOf(Path shared) {
    return shared.resolveSibling(shared.getFileName() + "-inputs");
  }

  /** Runs one vintage of the (secret-unit) worked example into {@code dir}; the exit status. */
  public static synchronized int run(Path dir, String vintage) {
    return run(inputs(), dir, vintage);
  }

  private static int run(Path inputs, Path dir, String vintage) {
    return Barometre.execute(
        "run", "--vintage", vintage, "--lake", dir.toString(),
        "--sirene", inputs.resolve("sirene_2025-01-01.csv").toString(),
        "--sirene-date", "2025-01-01",
        "--sirene-previous", inputs.resolve("sirene_2024-01-01.csv").toString(),
        "--sirene-previous-date", "2024-01-01",
        "--successions", inputs.resolve("successions.csv").toString(),
        "--releves", inputs.resolve("releves").toString());
  }

  // Callers hold the class's monitor: within a JVM one thread gets here at a time, which a
  // FileLock requires (a second lock by the same JVM throws rather than waits).
  private static Path shared() {
    if (shared == null) {
      try {
        shared = findOrBuild(Paths.get("target", "test-work").toAbsolutePath(), fingerprint());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  private static Path findOrBuild(Path base, String fingerprint) throws IOException {
    Path done = base.resolve(PREFIX + fingerprint);
    if (Files.exists(done.resolve(COMPLETE))) {
      return done;
    }
    Files.createDirectories(base);
    try (FileChannel channel = FileChannel.open(base.resolve(PREFIX + "build.lock"),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      if (Files.exists(done.resolve(COMPLETE))) {
        return done; // another JVM built it while this one waited for the lock
      }
      // Holding the lock, no build is under way: anything of this fingerprint is a dead build's.
      try (Stream<Path> leftovers = Files.list(base)) {
        for (Path p : leftovers.filter(p -> p.getFileName().toString().startsWith(PREFIX + fingerprint)).toList()) {
          deleteTree(p);
        }
      }
      Path inputs = inputsWithSecretUnit(inputsOf(done));
      Path building = Files.createTempDirectory(base, PREFIX + fingerprint + ".building-");
      Path lake = building.resolve("lake");
      SparkTestSession.get(); // the launcher then reuses the shared session
      for (String vintage : VINTAGES) {
        assertThat(run(inputs, lake, vintage)).as("run %s", vintage).isZero();
      }
      Files.writeString(building.resolve(COMPLETE), fingerprint + "\n", StandardCharsets.UTF_8);
      Files.move(building, done, StandardCopyOption.ATOMIC_MOVE);
    }
    return done;
  }

  /**
   * SHA-256 of the relative path and content of every file that shapes the lake; content rather
   * than modification times, so that a rebuild producing the same classes reuses the lake. The
   * files total a few MB: hashing them costs well under a second.
   */
  static String fingerprint() throws IOException {
    MessageDigest sha = sha256();
    List<Path> roots = List.of(
        Paths.get("target", "classes"),
        Paths.get("src", "main", "resources"),
        SparkTestSession.worked().resolve("inputs"),
        Paths.get("conf", "test.conf"),
        Paths.get("pom.xml"),
        Paths.get("target", "test-classes", "fr", "barometre", "testing", "WorkedLake.class"),
        Paths.get("target", "test-classes", "fr", "barometre", "testing", "SparkTestSession.class"));
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new IllegalStateException("cannot fingerprint the worked lake: no " + root.toAbsolutePath());
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        sha.update((f.toString().replace('\\', '/') + "\0").getBytes(StandardCharsets.UTF_8));
        sha.update(Files.readAllBytes(f));
      }
    }
    // A -Dbarometre.KEY=VALUE given to Maven reaches the forks and may change the figures.
    new TreeMap<>(System.getProperties()).forEach((k, v) -> {
      if (k.toString().startsWith("barometre.")) {
        sha.update((k + "=" + v + "\0").getBytes(StandardCharsets.UTF_8));
      }
    });
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(root)) {
      all = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      Files.delete(p);
    }
  }

  /** The worked example's expected export of {@code table} for {@code vintage}, as lines. */
  public static List<String> expected(String vintage, String table) {
    return WorkedExports.expected(vintage, table);
  }

  static Path inputsWithSecretUnit(Path to) {
    Path copy = copyTree(SparkTestSession.worked().resolve("inputs"), to);
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
