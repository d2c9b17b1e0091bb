package fr.barometre.sql;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import fr.barometre.errors.UnreadableInputException;
import fr.barometre.lake.Lake;
import fr.barometre.lake.Publication;
import fr.barometre.lake.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Names the lake's tables for SQL: one temporary view per Delta table under the lake root
 * ({@code events}, {@code net_openings}, …; a run output shows each vintage's published run only,
 * {@link Publication}), and for each table with a {@code vintage} column
 * (or, for SIRENE, a {@code snapshot_date}) a {@code latest_<table>} view of its greatest one.
 * Also sets the SQL variable {@code lake} to the root, so that {@code ${lake}} in a query
 * expands to it (e.g. {@code delta.`${lake}/events` VERSION AS OF 0} for time travel).
 */
public final class LakeViews {
  /** The SQL variable holding the lake root: {@code ${lake}} in a query. */
  public static final String LAKE_VARIABLE = "lake";
  private static final List<String> LATEST_BY = List.of("vintage", "snapshot_date");

  private LakeViews() {}

  /** Registers the views of the lake at {@code root}; returns their names, tables first. */
  public static List<String> register(SparkSession spark, String root) {
    Lake lake = new Lake(spark, root);
    List<String> tables = lake.tables();
    if (tables.isEmpty()) {
      throw new UnreadableInputException("no Delta table in lake " + lake.root() + " (run a vintage first)");
    }
    spark.conf().set(LAKE_VARIABLE, lake.root());
    List<String> views = new ArrayList<>(tables);
    Publication publication = new Publication(lake);
    for (String t : tables) {
      // Run outputs as published: a run being written, or one that died, is never visible.
      Dataset<Row> table = Table.named(t).map(publication::published).orElseGet(() -> lake.read(t));
      table.createOrReplaceTempView(t);
      latestColumn(table).ifPresent(c -> {
        latest(table, c).createOrReplaceTempView("latest_" + t);
        views.add("latest_" + t);
      });
    }
    return views;
  }

  /** The rows of {@code table} whose {@code column} holds its greatest value. */
  public static Dataset<Row> latest(Dataset<Row> table, String column) {
    Dataset<Row> greatest = table.agg(max(col(column)).as("_latest"));
    return table.join(greatest, col(column).equalTo(col("_latest")), "left_semi");
  }

  private static Optional<String> latestColumn(Dataset<Row> table) {
    List<String> columns = Arrays.asList(table.columns());
    return LATEST_BY.stream().filter(columns::contains).findFirst();
  }
}
