package fr.barometre.sql;

import fr.barometre.config.BarometreConfig;
import fr.barometre.errors.UsageException;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;

/**
 * {@code barometre sql}: one Spark SQL statement over the lake, with every table and
 * {@code latest_*} view of {@link LakeViews} known by name. A query Spark cannot parse or resolve
 * (unknown table, column) is a usage error with Spark's one-line message.
 */
public final class SqlJob {
  private SqlJob() {}

  /** The statement's result (lazy: the caller prints it). */
  public static Dataset<Row> run(SparkSession spark, BarometreConfig config, String query) {
    LakeViews.register(spark, config.lake());
    return query(spark, query);
  }

  /** Runs {@code query} on a session whose views are registered already (notebook cells, tests). */
  public static Dataset<Row> query(SparkSession spark, String query) {
    if (query == null || query.isBlank()) {
      throw new UsageException("sql: the query is empty");
    }
    try {
      return spark.sql(query);
    } catch (Exception e) {
      // Scala throws AnalysisException (checked) undeclared; a parse error is one too.
      if (e instanceof AnalysisException) {
        String what = e instanceof ParseException ? "cannot parse the query: " : "";
        throw new UsageException("sql: " + what + firstLine(e.getMessage()), e);
      }
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
