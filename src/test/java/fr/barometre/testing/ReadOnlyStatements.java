package fr.barometre.testing;

import java.util.List;

/**
 * The statements the read-only SQL endpoint must refuse or allow, over a Delta table given by path
 * and a temporary view {@code t} of it: checked on analysed plans by {@code ReadOnlyCheckTest} and
 * over JDBC against a running server by {@code LakeServerTest}.
 */
public final class ReadOnlyStatements {
  private ReadOnlyStatements() {}

  /** Every statement that writes, deletes, alters, creates beyond the session, or runs code. */
  public static List<String> refused(String deltaPath, String scratchDir) {
    String d = "delta.`" + deltaPath + "`";
    return List.of(
        "INSERT INTO " + d + " SELECT * FROM " + d + " LIMIT 1",
        "INSERT OVERWRITE " + d + " SELECT * FROM " + d,
        "DELETE FROM " + d,
        "DELETE FROM " + d + " WHERE vintage = '2024-S1'",
        "UPDATE " + d + " SET vintage = 'x'",
        "MERGE INTO " + d + " a USING " + d + " b ON a.vintage = b.vintage WHEN MATCHED THEN DELETE",
        "DROP TABLE " + d,
        "DROP TABLE IF EXISTS some_table",
        "DROP VIEW IF EXISTS some_view",
        "VACUUM " + d,
        "VACUUM " + d + " RETAIN 0 HOURS",
        "OPTIMIZE " + d,
        "RESTORE TABLE " + d + " TO VERSION AS OF 0",
        "REORG TABLE " + d + " APPLY (PURGE)",
        "GENERATE symlink_format_manifest FOR TABLE " + d,
        "CONVERT TO DELTA parquet.`" + scratchDir + "`",
        "TRUNCATE TABLE " + d,
        "ALTER TABLE " + d + " SET TBLPROPERTIES ('delta.appendOnly' = 'true')",
        "ALTER TABLE " + d + " ADD COLUMNS (extra INT)",
        "CREATE TABLE copy USING delta LOCATION '" + deltaPath + "'",
        "CREATE TABLE fresh (a INT) USING delta LOCATION '" + scratchDir + "/fresh'",
        "CREATE TABLE made USING parquet AS SELECT 1 AS a",
        "CREATE DATABASE other",
        "CREATE VIEW kept AS SELECT 1 AS a",
        "CREATE GLOBAL TEMPORARY VIEW everyone AS SELECT 1 AS a",
        "INSERT OVERWRITE DIRECTORY '" + scratchDir + "/out' USING parquet SELECT 1 AS a",
        "CACHE TABLE t",
        "UNCACHE TABLE t",
        "CLEAR CACHE",
        "REFRESH TABLE t",
        "ADD JAR " + scratchDir + "/x.jar",
        "CREATE TEMPORARY FUNCTION f AS 'java.lang.String'",
        "SELECT reflect('java.lang.System', 'exit', 1)",
        "SELECT count(*) FROM t WHERE 1 IN (SELECT java_method('java.lang.Math', 'abs', -1))",
        "SELECT TRANSFORM(vintage) USING 'cat' AS (v) FROM t");
  }

  /** Statements that only read or only change the caller's session. */
  public static List<String> allowed(String deltaPath) {
    String d = "delta.`" + deltaPath + "`";
    return List.of(
        "SELECT count(*) FROM " + d,
        "SELECT count(*) FROM " + d + " VERSION AS OF 0",
        "WITH q AS (SELECT vintage FROM t) SELECT count(*) FROM q",
        "SET spark.sql.shuffle.partitions = 3",
        "SET",
        "RESET",
        "USE default",
        "SHOW TABLES",
        "SHOW DATABASES",
        "SHOW FUNCTIONS",
        "SHOW COLUMNS IN t",
        "DESCRIBE t",
        "DESCRIBE HISTORY " + d,
        "DESCRIBE DETAIL " + d,
        "DESCRIBE FUNCTION upper",
        "DESCRIBE DATABASE default",
        "EXPLAIN SELECT count(*) FROM t",
        "CREATE TEMPORARY VIEW mine AS SELECT 1 AS a",
        "CREATE OR REPLACE TEMPORARY VIEW files USING delta OPTIONS (path '" + deltaPath + "')",
        "DROP VIEW mine");
  }
}
