package fr.barometre.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.barometre.testing.ReadOnlyStatements;
import fr.barometre.testing.SparkTestSession;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.QueryPlanningTracker;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import scala.Option;

/**
 * {@link ReadOnlyCheck} on the plans Spark's analyzer makes of each statement over a two-commit
 * Delta table: what writes is refused with the read-only message, what reads or stays in the
 * session passes. Analysis runs nothing, so the table keeps its two commits throughout.
 */
class ReadOnlyCheckTest {
  private static SparkSession spark;
  private static Path table;
  private static Path scratch;

  @BeforeAll
  static void table() {
    spark = SparkTestSession.get();
    table = SparkTestSession.tempDir("read-only").resolve("events");
    scratch = SparkTestSession.tempDir("read-only-scratch");
    for (String vintage : List.of("2024-S1", "2024-S2")) {
      spark.range(3).selectExpr("id", "'" + vintage + "' AS vintage")
          .write().format("delta").mode("append").save(table.toString());
    }
    spark.read().format("delta").load(table.toString()).createOrReplaceTempView("t");
    // Over JDBC the statements run in order, so DROP VIEW mine meets the view CREATE made; here
    // nothing runs, so it must exist beforehand to be analysed as a temporary view's drop.
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW mine AS SELECT 1 AS a");
  }

  private static LogicalPlan analysed(String sql) throws ParseException {
    LogicalPlan parsed = spark.sessionState().sqlParser().parsePlan(sql);
    return spark.sessionState().analyzer().executeAndCheck(parsed, new QueryPlanningTracker(Option.empty()));
  }

  @TestFactory
  List<DynamicTest> writesAreRefused() {
    return ReadOnlyStatements.refused(table.toString(), scratch.toString()).stream()
        .map(sql -> DynamicTest.dynamicTest(sql, () ->
            assertThatThrownBy(() -> ReadOnlyCheck.check(analysed(sql)))
                .isInstanceOf(ReadOnlyCheck.WriteRefusedException.class)
                .hasMessageStartingWith("this SQL endpoint is read-only: ")))
        .toList();
  }

  @TestFactory
  List<DynamicTest> readsAndSessionStatementsPass() {
    return ReadOnlyStatements.allowed(table.toString()).stream()
        .map(sql -> DynamicTest.dynamicTest(sql, () ->
            assertThatCode(() -> ReadOnlyCheck.check(analysed(sql))).doesNotThrowAnyException()))
        .toList();
  }

  @Test
  void theMessageNamesTheRefusedOperation() {
    assertThatThrownBy(() -> ReadOnlyCheck.check(analysed("DELETE FROM delta.`" + table + "`")))
        .hasMessageContaining("DeleteCommand is refused");
    assertThatThrownBy(() -> ReadOnlyCheck.check(analysed("VACUUM delta.`" + table + "`")))
        .hasMessageContaining("VacuumTableCommand is refused");
  }

  // Analysis runs nothing: after every statement above, the table still has its two commits.
  @AfterAll
  static void theTableWasNotTouched() {
    assertThat(spark.sql("DESCRIBE HISTORY delta.`" + table + "`").count()).isEqualTo(2);
    assertThat(spark.read().format("delta").load(table.toString()).count()).isEqualTo(6);
  }
}
