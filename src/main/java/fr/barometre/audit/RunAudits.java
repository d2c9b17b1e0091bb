package fr.barometre.audit;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.barometre.ingest.releve.ReleveCounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The checks a run makes on its own outputs before it writes any of them
 * (shared/spec/publication.md §2): per relève file, rows read = accepted + rejected; every {@code
 * net_openings} row has {@code net = openings + extensions − closures − reductions}; for every
 * period the country row equals the sum of its régions and of its départements; every counted
 * event is under one known territory per level; no two rows of an output share its key; the rows of
 * {@code net_openings_by_sector} sum over sectors to their territory's row ({@link #sectorSums}). Each check
 * is a small aggregation over the materialised outputs; the result is the list of failed checks,
 * empty when the run may be written.
 */
public final class RunAudits {
  /** A failed check: its name (stable, for scripts and the runs table) and what was found. */
  public record Failure(String check, String detail) {
    @Override
    public String toString() {
      return check + " (" + detail + ")";
    }
  }

  static final String BALANCED = "rows_balanced";
  static final String NET_IDENTITY = "net_identity";
  static final String COUNTRY_SUMS = "country_equals_sum_of_territories";
  static final String LOCATED = "counted_events_located";
  static final String UNIQUE_KEYS = "unique_keys";
  static final String SECTOR_SUMS = "sectors_sum_to_territory";

  /** The figures net_openings_by_sector shares with net_openings (sectors-jobs-territories.md §4). */
  private static final String[] SECTOR_FIGURES = {
    "openings", "extensions", "closures", "reductions", "net", "greenfield_net",
    "jobs_created", "jobs_lost", "net_jobs"
  };

  private static final String[] COMPONENTS = {"openings", "extensions", "closures", "reductions"};

  private RunAudits() {}

  /**
   * Runs every check. {@code keys} gives, for each output to check, the output and its key
   * columns; {@code territories} is the COG's territory list ({@code territory_level,
   * territory_code}).
   */
  public static List<Failure> of(
      ReleveCounts counts,
      Dataset<Row> events,
      Dataset<Row> netOpenings,
      Dataset<Row> territories,
      Map<String, Keyed> keys) {
    List<Failure> failures = new ArrayList<>();
    balanced(counts, failures);
    netIdentity(netOpenings, failures);
    countrySums(netOpenings, failures);
    located(events, territories, failures);
    keys.forEach((table, keyed) -> uniqueKeys(table, keyed, failures));
    return failures;
  }

  /** An output and the columns that identify one of its rows. */
  public record Keyed(Dataset<Row> rows, List<String> key) {}

  static void balanced(ReleveCounts counts, List<Failure> failures) {
    counts.files().stream()
        .filter(f -> !f.balanced())
        .forEach(
            f ->
                failures.add(
                    new Failure(
                        BALANCED,
                        f.file() + ": read " + f.rowsRead() + " ≠ accepted " + f.rowsAccepted()
                            + " + rejected " + f.rowsRejected())));
  }

  static void netIdentity(Dataset<Row> netOpenings, List<Failure> failures) {
    long wrong =
        netOpenings
            .where(
                col("net").notEqual(
                    col("openings").plus(col("extensions")).minus(col("closures")).minus(col("reductions"))))
            .count();
    if (wrong > 0) {
      failures.add(new Failure(NET_IDENTITY, wrong + " net_openings rows where net ≠ openings + extensions − closures − reductions"));
    }
  }

  /**
   * Country = Σ régions = Σ départements, per period and component; likewise Σ EPCI and Σ zones
   * of every zoning present (each counted event is under exactly one territory of each level).
   */
  static void countrySums(Dataset<Row> netOpenings, List<Failure> failures) {
    List<String> levels = new ArrayList<>(List.of("region", "department"));
    netOpenings.select("territory_level").distinct().collectAsList().stream()
        .map(r -> r.getString(0))
        .filter(l -> !l.equals("country") && !levels.contains(l))
        .sorted()
        .forEach(levels::add);
    List<String> all = new ArrayList<>(List.of("country"));
    all.addAll(levels);
    List<Column> aggs = new ArrayList<>();
    for (String c : COMPONENTS) {
      for (String level : all) {
        aggs.add(sum(when(col("territory_level").equalTo(level), col(c)).otherwise(0L)).as(level + "_" + c));
      }
    }
    List<Row> periods =
        netOpenings.groupBy("period").agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)).collectAsList();
    for (Row p : periods) {
      for (String c : COMPONENTS) {
        long country = p.getLong(p.fieldIndex("country_" + c));
        for (String level : levels) {
          long sum = p.getLong(p.fieldIndex(level + "_" + c));
          if (sum != country) {
            failures.add(
                new Failure(
                    COUNTRY_SUMS,
                    "period " + p.getString(0) + ", " + c + ": country " + country + " ≠ sum of " + level + "s " + sum));
          }
        }
      }
    }
  }

  /** Counted events whose région or département is missing or not a territory of the COG. */
  static void located(Dataset<Row> events, Dataset<Row> territories, List<Failure> failures) {
    for (String level : List.of("region", "department")) {
      Dataset<Row> known =
          territories.where(col("territory_level").equalTo(level)).select(col("territory_code").as("_known"));
      long unknown =
          events
              .where(col("counted"))
              .join(known, col(level + "_code").equalTo(col("_known")), "left_anti")
              .where(col(level + "_code").isNull().or(col(level + "_code").notEqual(lit("ZZ"))))
              .count();
      if (unknown > 0) {
        failures.add(new Failure(LOCATED, unknown + " counted events without a known " + level));
      }
    }
  }

  static void uniqueKeys(String table, Keyed keyed, List<Failure> failures) {
    Column[] key = keyed.key().stream().map(k -> col(k)).toArray(Column[]::new);
    long duplicated =
        keyed.rows().groupBy(key).agg(count(lit(1)).as("_n")).where(col("_n").gt(1)).count();
    if (duplicated > 0) {
      failures.add(
          new Failure(
              UNIQUE_KEYS,
              table + ": " + duplicated + " keys (" + String.join(", ", keyed.key()) + ") held by more than one row"));
    }
  }

  /**
   * For every territory and period of {@code bySector} (net_openings_by_sector), the sum of its
   * rows over the sectors equals its {@code net_openings} row, figure by figure (a territory
   * without sector rows sums to zero). Returns the failures, empty when the check passes.
   */
  public static List<Failure> sectorSums(Dataset<Row> netOpenings, Dataset<Row> bySector) {
    String[] key = {"territory_level", "territory_code", "period"};
    List<Column> sums = new ArrayList<>();
    for (String f : SECTOR_FIGURES) {
      sums.add(sum(col(f)).as("_s_" + f));
    }
    Dataset<Row> summed =
        bySector.groupBy(key[0], key[1], key[2]).agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
    Dataset<Row> levels = bySector.select("territory_level").distinct();
    Dataset<Row> territories = netOpenings.join(levels, new String[] {"territory_level"}, "left_semi");
    Column differs = lit(false);
    for (String f : SECTOR_FIGURES) {
      differs = differs.or(coalesce(col(f), lit(0L)).notEqual(coalesce(col("_s_" + f), lit(0L))));
    }
    long wrong = territories.join(summed, key, "full_outer").where(differs).count();
    List<Failure> failures = new ArrayList<>();
    if (wrong > 0) {
      failures.add(new Failure(SECTOR_SUMS, wrong + " territories and periods where the sum over sectors ≠ the net_openings row"));
    }
    return failures;
  }

  /** Shorthand for {@link Keyed}. */
  public static Keyed keyed(Dataset<Row> rows, String... key) {
    return new Keyed(rows, Arrays.asList(key));
  }
}
