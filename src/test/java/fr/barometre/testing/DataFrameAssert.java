package fr.barometre.testing;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * spark-testing-base's DataFrame equality ({@code DataFrameSuiteBaseLike}) on the JVM's one shared
 * session ({@link SparkTestSession}): what transform tests compare a produced Dataset with an
 * expected one by, instead of {@code exceptAll} counts or rows turned into strings.
 *
 * <p>{@link JavaDataFrameSuiteBase} is meant to be extended, with {@code runBefore()} building a
 * SparkContext of its own and {@code runAfterClass()} stopping it — a second context in a JVM that
 * already has one, then a stopped context for every later test class. None of that lifecycle is
 * used here: one instance whose context and session accessors answer the shared session, so the
 * comparisons (which only read {@code spark()}, to show unequal rows) run on it, and nothing is
 * ever started or stopped. A failure is an {@link AssertionError} naming the differing rows.
 */
public final class DataFrameAssert {
  private static final OnSharedSession BASE = new OnSharedSession();
  private static final int MAX_ROWS_SHOWN = 10;

  private DataFrameAssert() {}

  /**
   * The same rows, each as many times, in any order; columns matched by name, schemas not compared
   * (Delta reads every column back as nullable, an inline expected Dataset need not be).
   */
  public static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual) {
    explained(() -> BASE.assertDataFrameDataEquals(expected, actual), expected, actual);
  }

  /** The same schema (names, types, nullability, in order), then the same rows in any order. */
  public static void assertSameSchemaAndRows(Dataset<Row> expected, Dataset<Row> actual) {
    explained(() -> BASE.assertDataFrameNoOrderEquals(expected, actual), expected, actual);
  }

  // The library's message is a bare count ("Length not Equal expected:<8> but was:<9>") or joined
  // rows without column names; a failure also names the columns and the rows on one side only.
  private static void explained(Runnable check, Dataset<Row> expected, Dataset<Row> actual) {
    try {
      check.run();
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\n" + difference(expected, actual), e);
    }
  }

  private static String difference(Dataset<Row> expected, Dataset<Row> actual) {
    String columns = "expected columns " + Arrays.toString(expected.columns());
    if (!Arrays.equals(expected.columns(), actual.columns())) {
      return columns + ", actual columns " + Arrays.toString(actual.columns());
    }
    try {
      return columns
          + "\nonly expected: " + expected.exceptAll(actual).takeAsList(MAX_ROWS_SHOWN)
          + "\nonly actual:   " + actual.exceptAll(expected).takeAsList(MAX_ROWS_SHOWN);
    } catch (RuntimeException typesApart) { // e.g. INT against STRING: the library's message says it
      return columns;
    }
  }

  /** An expected Dataset of inline rows, its schema in DDL ({@code "file STRING, line INT"}). */
  public static Dataset<Row> rows(String ddlSchema, Row... rows) {
    return SparkTestSession.get().createDataFrame(List.of(rows), StructType.fromDDL(ddlSchema));
  }

  /** The base class with its context and session taken from {@link SparkTestSession}. */
  private static final class OnSharedSession extends JavaDataFrameSuiteBase {
    @Override
    public SparkSession spark() {
      return SparkTestSession.get();
    }

    @Override
    public SQLContext sqlContext() {
      return spark().sqlContext();
    }

    @Override
    public SparkContext sc() {
      return spark().sparkContext();
    }

    @Override
    public JavaSparkContext jsc() {
      return JavaSparkContext.fromSparkContext(sc());
    }
  }
}
