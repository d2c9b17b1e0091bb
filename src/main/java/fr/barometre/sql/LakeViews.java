package fr.barometre.sql;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import fr.barometre.errors.UnreadableInputException;
import fr.barometre.lake.Lake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Names the lake's tables for SQL: one temporary view per Delta table under the lake root
 * ({@code events}, {@code net_openings}, …), and for each table with a {@code vintage} column
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
    List<String> tables = tables(lake);
    if (tables.isEmpty()) {
      throw new UnreadableInputException("no Delta table in lake " + lake.root() + " (run a vintage first)");
    }
    spark.conf().set(LAKE_VARIABLE, lake.root());
    List<String> views = new ArrayList<>(tables);
    for (String t : tables) {
      Dataset<Row> table = lake.read(t);
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

  /** The names of the Delta tables directly under the lake root, sorted. */
  static List<String> tables(Lake lake) {
    Path root = new Path(lake.root());
    try {
      FileSystem fs = root.getFileSystem(lake.spark().sparkContext().hadoopConfiguration());
      if (!fs.exists(root)) {
        throw new UnreadableInputException("no lake at " + lake.root());
      }
      List<String> names = new ArrayList<>();
      for (FileStatus s : fs.listStatus(root)) {
        String name = s.getPath().getName();
        // Only names usable bare in SQL; anything else is not one of ours.
        if (s.isDirectory() && name.matches("[A-Za-z_][A-Za-z0-9_]*") && lake.exists(name)) {
          names.add(name);
        }
      }
      names.sort(String::compareTo);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list lake " + lake.root(), e);
    }
  }
}
