package fr.barometre.reference;

import fr.barometre.config.Zoning;
import fr.barometre.errors.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A zoning supplied by the user (sectors-jobs-territories.md §3), read from its CSV file {@code
 * commune_code,zone_code,zone_name} (UTF-8, header row): which zone each commune is in, and the
 * zones as territories of its level. Gives the Datasets {@link #communes} ({@code commune_code,
 * zone_code}, one row per commune) and {@link #territories} ({@link Cog#TERRITORY_SCHEMA}: every
 * zone on the grid, and {@code ZZ} for events outside every zone, off the grid).
 *
 * <p>The file is an input of the run: a missing or malformed one is an {@link
 * UnreadableInputException} (exit 3) naming the file and the line. Malformed: not UTF-8, no header
 * {@code commune_code,zone_code,zone_name}, a line without exactly three fields or with an empty
 * one, a commune code that is not an INSEE code (a 4-digit code gets its leading zero back, as in
 * the relèves), the reserved zone code {@code ZZ}, a commune listed twice, one zone code with two
 * names, or no zone at all. Commune codes are matched against the event's current commune (after
 * the COG normalisation); a code that is no current commune of the COG cannot match and is
 * logged.
 */
public final class UserZoning {
  private static final Logger LOG = LoggerFactory.getLogger(UserZoning.class);

  /** The header a zoning file must have. */
  public static final List<String> HEADER = List.of("commune_code", "zone_code", "zone_name");

  /** Schema of {@link #communes}. */
  public static final StructType COMMUNES_SCHEMA =
      new StructType()
          .add("commune_code", DataTypes.StringType, false)
          .add("zone_code", DataTypes.StringType, false);

  /** Name of {@code ZZ} at a zoning's level: not located, or in a commune outside every zone. */
  public static final String OUTSIDE_NAME = "Hors zonage ou non localisé";

  private static final Pattern COMMUNE = Pattern.compile("[0-9]{5}|2[AB][0-9]{3}");
  private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

  private final String level;
  private final SessionCache communes;
  private final SessionCache territories;

  private UserZoning(String level, List<Row> communeRows, List<Row> territoryRows) {
    this.level = level;
    this.communes = new SessionCache(() -> communeRows, COMMUNES_SCHEMA);
    this.territories = new SessionCache(() -> territoryRows, Cog.TERRITORY_SCHEMA);
  }

  /** The level this zoning's rows are under in {@code net_openings}. */
  public String level() {
    return level;
  }

  /** {@code commune_code, zone_code}: one row per commune of the file. */
  public Dataset<Row> communes(SparkSession spark) {
    return communes.get(spark);
  }

  /** The zones as territories of {@link #level()} (on the grid), and {@code ZZ} (off it). */
  public Dataset<Row> territories(SparkSession spark) {
    return territories.get(spark);
  }

  /** Reads every declared zoning, in order. */
  public static List<UserZoning> readAll(List<Zoning> declared, Configuration hadoop) {
    return declared.stream().map(z -> read(z, hadoop)).toList();
  }

  /** Reads one declared zoning's file (local path or any Hadoop file system URI). */
  public static UserZoning read(Zoning declared, Configuration hadoop) {
    String file = declared.file();
    String text = decoded(file, bytes(declared, hadoop));
    List<CsvResource.CsvRecord> records = CsvResource.records(text.replaceFirst("^\uFEFF", ""));
    Problem problem = new Problem(declared);
    if (records.isEmpty()) {
      throw problem.at(1, "is empty");
    }
    CsvResource.CsvRecord header = records.get(0);
    if (!List.of(header.fields()).stream().map(String::strip).toList().equals(HEADER)) {
      throw problem.at(1, "has the header '" + String.join(",", header.fields()) + "', not '"
          + String.join(",", HEADER) + "'");
    }
    Map<String, String> zoneOf = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    Map<String, String> names = new TreeMap<>();
    for (CsvResource.CsvRecord r : records.subList(1, records.size())) {
      if (r.unclosed()) {
        throw problem.at(r.line(), "has a quoted field that is never closed");
      }
      String[] f = r.fields();
      if (f.length == 1 && f[0].isBlank()) {
        continue; // a blank line
      }
      if (f.length != HEADER.size()) {
        throw problem.at(r.line(), "has " + f.length + " fields, not 3");
      }
      String commune = f[0].strip();
      String zone = f[1].strip();
      String name = f[2].strip();
      if (commune.isEmpty() || zone.isEmpty() || name.isEmpty()) {
        throw problem.at(r.line(), "has an empty field");
      }
      if (FOUR_DIGITS.matcher(commune).matches()) {
        commune = "0" + commune; // lost in a spreadsheet, as in the relèves
      }
      if (!COMMUNE.matcher(commune).matches()) {
        throw problem.at(r.line(), "has the commune code '" + f[0] + "', which is not an INSEE code");
      }
      if (zone.equals(Cog.UNLOCATED_CODE)) {
        throw problem.at(r.line(), "uses the zone code ZZ, reserved for events outside every zone");
      }
      if (zoneOf.containsKey(commune)) {
        throw problem.at(r.line(), "lists commune " + commune + " again (first on line " + lineOf.get(commune) + ")");
      }
      String known = names.putIfAbsent(zone, name);
      if (known != null && !known.equals(name)) {
        throw problem.at(r.line(), "names zone " + zone + " '" + name + "', elsewhere '" + known + "'");
      }
      zoneOf.put(commune, zone);
      lineOf.put(commune, r.line());
    }
    if (zoneOf.isEmpty()) {
      throw problem.at(records.get(records.size() - 1).line(), "has no zone");
    }
    long unknown = zoneOf.keySet().stream().filter(c -> !Cog.load().communeNames().containsKey(c)).count();
    if (unknown > 0) {
      LOG.warn("zoning {} ({}): {} commune codes are no current commune of the COG and match no event",
          declared.level(), file, unknown);
    }
    List<Row> communeRows = new ArrayList<>();
    zoneOf.forEach((c, z) -> communeRows.add(RowFactory.create(c, z)));
    List<Row> territoryRows = new ArrayList<>();
    names.forEach((z, n) -> territoryRows.add(RowFactory.create(declared.level(), z, n, true)));
    territoryRows.add(RowFactory.create(declared.level(), Cog.UNLOCATED_CODE, OUTSIDE_NAME, false));
    LOG.info("zoning {}: {} communes in {} zones, from {}", declared.level(), zoneOf.size(), names.size(), file);
    return new UserZoning(declared.level(), communeRows, territoryRows);
  }

  private static byte[] bytes(Zoning declared, Configuration hadoop) {
    Path path = new Path(declared.file());
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path) || fs.getFileStatus(path).isDirectory()) {
        throw new UnreadableInputException(
            "zoning file not found: " + declared.file() + " (" + declared.key() + ", level " + declared.level() + ")");
      }
      try (InputStream in = fs.open(path)) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UnreadableInputException("cannot read zoning file " + declared.file() + ": " + e.getMessage(), e);
    }
  }

  /** The text of a UTF-8 file; a byte sequence that is not UTF-8 names its line. */
  private static String decoded(String file, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new UnreadableInputException("zoning file " + file + ", line " + line + ": is not UTF-8");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** Builds the exit-3 error of one line of one zoning file. */
  private record Problem(Zoning declared) {
    UnreadableInputException at(int line, String what) {
      return new UnreadableInputException(
          "zoning file " + declared.file() + ", line " + line + ": " + what + " (" + declared.key()
              + ", level " + declared.level() + ")");
    }
  }
}
