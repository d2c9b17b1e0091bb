package fr.barometre.lake;

import fr.barometre.errors.UnreadableInputException;
import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Delta lake: one folder (or hdfs:// / s3a:// URI) holding a Delta table per name. Every
 * write goes through Hadoop's file system API (Spark and Delta), never java.io.
 */
public final class Lake {
  private static final String USER_METADATA = "spark.databricks.delta.commitInfo.userMetadata";
  private static final Object STAMP_LOCK = new Object();
  private static int stampUsers;

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

  /**
   * The names of the Delta tables directly under the root, sorted (only names usable bare in SQL:
   * anything else is not one of ours).
   *
   * @throws UnreadableInputException when there is no lake at the root
   */
  public List<String> tables() {
    Path dir = new Path(root);
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(dir)) {
        throw new UnreadableInputException("no lake at " + root);
      }
      List<String> names = new ArrayList<>();
      for (FileStatus s : fs.listStatus(dir)) {
        String name = s.getPath().getName();
        if (s.isDirectory() && name.matches("[A-Za-z_][A-Za-z0-9_]*") && exists(name)) {
          names.add(name);
        }
      }
      names.sort(String::compareTo);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list lake " + root, e);
    }
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

  /**
   * Appends {@code data} to {@code table}, stamped with {@code commitInfo}; new columns join the
   * table's schema. A table this creates is partitioned by {@code columns}; an existing table keeps
   * the partitioning it was created with (Delta refuses an append that names another), so a lake
   * written by an earlier version stays as it is.
   */
  public void appendPartitioned(
      Dataset<Row> data, String table, List<String> columns, Map<String, String> commitInfo) {
    var writer =
        data.write()
            .format("delta")
            .mode(SaveMode.Append)
            .option("mergeSchema", "true")
            .option("userMetadata", toJson(commitInfo));
    if (!exists(table)) {
      writer = writer.partitionBy(columns.toArray(String[]::new));
    }
    writer.save(path(table));
  }

  /**
   * Runs {@code operation} (a Delta MERGE or DELETE, which take no writer options) with its commit
   * stamped with {@code commitInfo}. The stamp is a session setting: concurrent operations of one
   * run share it, and it is removed when the last of them ends.
   */
  public void stamped(Map<String, String> commitInfo, Runnable operation) {
    synchronized (STAMP_LOCK) {
      stampUsers++;
      spark.conf().set(USER_METADATA, toJson(commitInfo));
    }
    try {
      operation.run();
    } finally {
      synchronized (STAMP_LOCK) {
        if (--stampUsers == 0) {
          spark.conf().unset(USER_METADATA);
        }
      }
    }
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
