package fr.barometre.audit;

import static fr.barometre.lake.Columns.PERIOD;
import static fr.barometre.lake.Columns.TERRITORY_CODE;
import static fr.barometre.lake.Columns.TERRITORY_LEVEL;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import fr.barometre.ingest.releve.ReleveCounts;
import fr.barometre.lake.Table;
import fr.barometre.reference.Cog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The checks a run makes on its own outputs before it writes any of them
 * (shared/spec/publication.md §2): per relève file, rows read = accepted + rejected; every {@code
 * net_openings} row has {@code net = openings + extensions − closures − reductions}; for every
 * period the country row equals the sum of its régions and of its départements; every counted
 * event is under one known territory per level; no two rows of an output share its key; the rows of
 * {@code net_openings_by_sector} sum over sectors to their territory's row ({@link #sectorSums}). The
 * checks are a few small aggregations over the materialised outputs; the result is the list of
 * failed checks, empty when the run may be written.
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
  private static final String WRONG_NET = "_wrong_net";
  private static final String TABLE = "_table";
  private static final String KEY = "_key";

  private RunAudits() {}

  /**
   * Runs every check. {@code keys} gives, for each output to check, the output and its key
   * columns; {@code territories} is the COG's territory list ({@code territory_level,
   * territory_code}). Three queries in all, whatever the number of outputs: the checks on {@code
   * net_openings} share one aggregation, the location checks one join, the key checks one
   * aggregation over every output (each query is a Spark job or two, and a run's time is mostly
   * the fixed cost of its small jobs: docs/benchmarks.md).
   */
  public static List<Failure> of(
      ReleveCounts counts,
      Dataset<Row> events,
      Dataset<Row> netOpenings,
      Dataset<Row> territories,
      Map<String, Keyed> keys) {
    List<Failure> failures = new ArrayList<>();
    balanced(counts, failures);
    netIdentityAndCountrySums(netOpenings, failures);
    located(events, territories, failures);
    uniqueKeys(keys, failures);
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

  /**
   * Every row has net = openings + extensions − closures − reductions; and country = Σ régions =
   * Σ départements, per period and component, likewise Σ EPCI and Σ zones of every zoning present
   * (each counted event is under exactly one territory of each level). One aggregation by period
   * and level, compared here.
   */
  static void netIdentityAndCountrySums(Dataset<Row> netOpenings, List<Failure> failures) {
    Column wrongNet =
        col("net").notEqual(col("openings").plus(col("extensions")).minus(col("closures")).minus(col("reductions")));
    List<Column> aggs = new ArrayList<>();
    for (String c : COMPONENTS) {
      aggs.add(coalesce(sum(col(c)), lit(0L)).as(c));
    }
    List<Row> sums =
        netOpenings
            .groupBy(PERIOD, TERRITORY_LEVEL)
            .agg(sum(when(wrongNet, 1L).otherwise(0L)).as(WRONG_NET), aggs.toArray(Column[]::new))
            .collectAsList();
    // Every group has a row, and each row adds 0 or 1: the sum is never null.
    long wrong = sums.stream().mapToLong(r -> r.getLong(r.fieldIndex(WRONG_NET))).sum();
    if (wrong > 0) {
      failures.add(new Failure(NET_IDENTITY, wrong + " net_openings rows where net ≠ openings + extensions − closures − reductions"));
    }
    // period -> level -> component sums
    Map<String, Map<String, long[]>> byPeriod = new TreeMap<>();
    for (Row r : sums) {
      long[] components = new long[COMPONENTS.length];
      for (int i = 0; i < COMPONENTS.length; i++) {
        components[i] = r.getLong(r.fieldIndex(COMPONENTS[i]));
      }
      byPeriod.computeIfAbsent(r.getString(0), p -> new HashMap<>()).put(r.getString(1), components);
    }
    List<String> levels = new ArrayList<>(List.of(Cog.LEVEL_REGION, Cog.LEVEL_DEPARTMENT));
    sums.stream()
        .map(r -> r.getString(1))
        .filter(l -> !l.equals(Cog.LEVEL_COUNTRY) && !levels.contains(l))
        .distinct()
        .sorted()
        .forEach(levels::add);
    long[] none = new long[COMPONENTS.length];
    byPeriod.forEach((period, atLevel) -> {
      long[] country = atLevel.getOrDefault(Cog.LEVEL_COUNTRY, none);
      for (int i = 0; i < COMPONENTS.length; i++) {
        for (String level : levels) {
          long sum = atLevel.getOrDefault(level, none)[i];
          if (sum != country[i]) {
            failures.add(
                new Failure(
                    COUNTRY_SUMS,
                    "period " + period + ", " + COMPONENTS[i] + ": country " + country[i] + " ≠ sum of " + level + "s " + sum));
          }
        }
      }
    });
  }

  /**
   * Counted events whose région or département is missing or not a territory of the COG: one
   * pass over the counted events, joined with each level's known codes.
   */
  static void located(Dataset<Row> events, Dataset<Row> territories, List<Failure> failures) {
    List<String> levels = List.of(Cog.LEVEL_REGION, Cog.LEVEL_DEPARTMENT);
    Dataset<Row> counted = events.where(col("counted"));
    List<Column> unknown = new ArrayList<>();
    for (String level : levels) {
      String known = "_known_" + level;
      Dataset<Row> codes =
          territories.where(col(TERRITORY_LEVEL).equalTo(level)).select(col(TERRITORY_CODE).as(known)).distinct();
      counted = counted.join(broadcast(codes), col(level + "_code").equalTo(col(known)), "left");
      Column code = col(level + "_code");
      unknown.add(
          sum(when(col(known).isNull().and(code.isNull().or(code.notEqual(lit(Cog.UNLOCATED_CODE)))), 1L).otherwise(0L))
              .as(level));
    }
    Row found = counted.agg(unknown.get(0), unknown.subList(1, unknown.size()).toArray(Column[]::new)).first();
    for (String level : levels) {
      long n = found.isNullAt(found.fieldIndex(level)) ? 0 : found.getLong(found.fieldIndex(level));
      if (n > 0) {
        failures.add(new Failure(LOCATED, n + " counted events without a known " + level));
      }
    }
  }

  /**
   * No two rows of an output share its key: one aggregation over the keys of every output (each
   * key written as JSON of its columns as text, so outputs with keys of different columns and
   * types share one column, and two keys are equal exactly when their columns are).
   */
  static void uniqueKeys(Map<String, Keyed> keys, List<Failure> failures) {
    if (keys.isEmpty()) {
      return;
    }
    Dataset<Row> all = null;
    for (Map.Entry<String, Keyed> e : keys.entrySet()) {
      // Each key column as text first: JSON would write a timestamp to the millisecond only.
      Column[] key = e.getValue().key().stream().map(k -> col(k).cast("string").as(k)).toArray(Column[]::new);
      Dataset<Row> k = e.getValue().rows().select(lit(e.getKey()).as(TABLE), to_json(struct(key)).as(KEY));
      all = all == null ? k : all.unionAll(k);
    }
    Map<String, Long> duplicated = new HashMap<>();
    all.groupBy(TABLE, KEY).agg(count(lit(1)).as("_n")).where(col("_n").gt(1))
        .groupBy(TABLE).agg(count(lit(1)).as("_keys"))
        .collectAsList()
        .forEach(r -> duplicated.put(r.getString(0), r.getLong(1)));
    keys.forEach((table, keyed) -> {
      long n = duplicated.getOrDefault(table, 0L);
      if (n > 0) {
        failures.add(
            new Failure(
                UNIQUE_KEYS,
                table + ": " + n + " keys (" + String.join(", ", keyed.key()) + ") held by more than one row"));
      }
    });
  }

  /**
   * For every territory and period of {@code bySector} (net_openings_by_sector), the sum of its
   * rows over the sectors equals its {@code net_openings} row, figure by figure (a territory
   * without sector rows sums to zero). Returns the failures, empty when the check passes.
   */
  public static List<Failure> sectorSums(Dataset<Row> netOpenings, Dataset<Row> bySector) {
    String[] key = Table.NET_OPENINGS.keyColumns();
    List<Column> sums = new ArrayList<>();
    for (String f : SECTOR_FIGURES) {
      sums.add(sum(col(f)).as("_s_" + f));
    }
    Dataset<Row> summed =
        bySector.groupBy(key[0], key[1], key[2]).agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
    Dataset<Row> levels = bySector.select(TERRITORY_LEVEL).distinct();
    Dataset<Row> territories = netOpenings.join(levels, new String[] {TERRITORY_LEVEL}, "left_semi");
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
