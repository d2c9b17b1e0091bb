package fr.barometre.lake;

import io.delta.tables.DeltaTable;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Delta lake: one folder (or hdfs:// / s3a:// URI) holding a Delta table per name. Every
 * write goes through Hadoop's file system API (Spark and Delta), never java.io.
 */
public final class Lake {
  private final SparkSession spark;
  private final String root;

  public Lake(SparkSession spark, String root) {
    this.spark = spark;
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  public SparkSession spark() {
    return spark;
  }

  public String root() {
    return root;
  }

  public String path(String table) {
    return root + "/" + table;
  }

  public boolean exists(String table) {
    return DeltaTable.isDeltaTable(spark, path(table));
  }

  public Dataset<Row> read(String table) {
    return spark.read().format("delta").load(path(table));
  }

  /**
   * Replaces exactly the rows of {@code table} where {@code column = value} with {@code data}
   * (Delta {@code replaceWhere}): rerunnable, and other slices stay untouched. The table is
   * partitioned by {@code column} and the commit is stamped with {@code commitInfo}. Columns that
   * {@code data} adds to the table are added to its schema (null in the other slices): a lake
   * written by an earlier version of the pipeline takes the new columns on its next run.
   */
  public void replaceSlice(
      Dataset<Row> data, String table, String column, String value, Map<String, String> commitInfo) {
    String predicate = column + " = '" + value.replace("'", "''") + "'";
    var writer =
        data.write()
            .format("delta")
            .mode(SaveMode.Overwrite)
            .partitionBy(column)
            .option("mergeSchema", "true")
            .option("userMetadata", toJson(commitInfo));
    if (exists(table)) {
      writer = writer.option("replaceWhere", predicate);
    }
    writer.save(path(table));
  }

  /** Appends {@code data} to {@code table}, creating it if needed, stamped with {@code commitInfo}. */
  public void append(Dataset<Row> data, String table, Map<String, String> commitInfo) {
    data.write()
        .format("delta")
        .mode(SaveMode.Append)
        .option("mergeSchema", "true")
        .option("userMetadata", toJson(commitInfo))
        .save(path(table));
  }

  static String toJson(Map<String, String> info) {
    return info.entrySet().stream()
        .map(e -> "\"" + escape(e.getKey()) + "\":\"" + escape(e.getValue()) + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
