package fr.barometre.lake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.testing.SparkTestSession;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LakeTest {
  private static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  private Dataset<Row> rows(String vintage, int... values) {
    StringBuilder sql = new StringBuilder();
    for (int v : values) {
      if (sql.length() > 0) {
        sql.append(" UNION ALL ");
      }
      sql.append("SELECT '").append(vintage).append("' AS vintage, ").append(v).append(" AS n");
    }
    return spark.sql(sql.toString());
  }

  @Test
  void replaceSliceReplacesOnlyThatVintageAndStampsTheCommit() {
    Lake lake = new Lake(spark, SparkTestSession.tempDir("lake").toString());
    lake.replaceSlice(rows("2024-S1", 1, 2), "t", "vintage", "2024-S1", Map.of("run_id", "r1"));
    lake.replaceSlice(rows("2024-S2", 3), "t", "vintage", "2024-S2", Map.of("run_id", "r2"));
    lake.replaceSlice(rows("2024-S1", 5), "t", "vintage", "2024-S1", Map.of("run_id", "r3"));

    List<Row> all = lake.read("t").orderBy("n").collectAsList();
    assertThat(all).extracting(r -> r.getInt(1)).containsExactly(3, 5);
    Row last =
        spark.sql("DESCRIBE HISTORY delta.`" + lake.path("t") + "` LIMIT 1").first();
    assertThat(last.<String>getAs("userMetadata")).isEqualTo("{\"run_id\":\"r3\"}");
  }

  @Test
  void aNewColumnIsAddedToATableWrittenWithoutIt() {
    Lake lake = new Lake(spark, SparkTestSession.tempDir("lake").toString());
    lake.replaceSlice(rows("2024-S1", 1), "t", "vintage", "2024-S1", Map.of("run_id", "r1"));
    lake.replaceSlice(
        rows("2024-S2", 2).selectExpr("vintage", "n", "'x' AS added"),
        "t", "vintage", "2024-S2", Map.of("run_id", "r2"));

    List<Row> all = lake.read("t").orderBy("n").collectAsList();
    assertThat(all).extracting(r -> r.<String>getAs("added")).containsExactly(null, "x");
  }
}
