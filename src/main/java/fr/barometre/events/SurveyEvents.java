package fr.barometre.events;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Survey rows resolved into events (methodology §8): within one relève the last row of an
 * identity in file order wins (files in name order) and the others are duplicates; across
 * relèves the latest relève up to the vintage wins.
 */
public final class SurveyEvents {
  private SurveyEvents() {}

  private static WindowSpec withinReleve() {
    return Window.partitionBy("releve", "event_id")
        .orderBy(col("file").desc(), col("line").desc());
  }

  /** Adds {@code duplicate}: true for every row but the last of its identity in its relève. */
  public static Dataset<Row> markDuplicates(Dataset<Row> identified) {
    WindowSpec w = withinReleve();
    return identified
        .withColumn("_rank", row_number().over(w))
        .withColumn("duplicate", col("_rank").gt(1))
        .withColumn(
            "_kept_at",
            first(concat(col("file"), lit(" line "), col("line").cast("string"))).over(w))
        .drop("_rank");
  }

  /** The duplicates as rejects: {@code file, line, reason, detail}. Vintage-independent. */
  public static Dataset<Row> duplicateRejects(Dataset<Row> marked) {
    return marked
        .where(col("duplicate"))
        .select(
            col("file"),
            col("line"),
            lit("duplicate").as("reason"),
            concat(lit("same event as "), col("_kept_at"), lit(", which wins")).as("detail"));
  }

  /**
   * One row per event identity of {@code vintage}: among the non-duplicate rows of relèves up to
   * and including it, the row of the latest relève.
   */
  public static Dataset<Row> latestUpTo(Dataset<Row> marked, String vintage) {
    WindowSpec latest = Window.partitionBy("event_id").orderBy(col("releve").desc());
    return marked
        .where(col("duplicate").unary_$bang().and(col("releve").leq(vintage)))
        .withColumn("_rank", row_number().over(latest))
        .where(col("_rank").equalTo(1))
        .drop("_rank", "duplicate", "_kept_at");
  }
}
