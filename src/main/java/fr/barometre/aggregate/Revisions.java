package fr.barometre.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import fr.barometre.reference.Cog;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Revisions of one vintage's figures (methodology §8): for each territory and period present in
 * either vintage, every figure of vintage V, its value in the previous vintage ({@code
 * <figure>_previous}, zero where that vintage had no row) and the difference ({@code
 * <figure>_revision}). At the levels of shared/spec/interfaces.md only (country, région,
 * département): the EPCI and zonings are read in {@code net_openings} itself.
 */
public final class Revisions {
  private static final String[] KEYS = {"territory_level", "territory_code", "period"};

  private Revisions() {}

  /**
   * Compares {@code current} (net_openings rows of {@code vintage}) with {@code previous} (rows of
   * {@code previousVintage}; may be empty).
   */
  public static Dataset<Row> of(
      Dataset<Row> current, Dataset<Row> previous, String vintage, String previousVintage) {
    Dataset<Row> prev =
        pinned(previous).select(
            col("territory_level"), col("territory_code"), col("period"),
            col("territory_name").as("_prev_name"),
            col("openings").as("openings_previous"), col("extensions").as("extensions_previous"),
            col("closures").as("closures_previous"), col("reductions").as("reductions_previous"),
            col("net").as("net_previous"), col("greenfield_net").as("greenfield_net_previous"));
    Dataset<Row> joined = pinned(current).drop("vintage").join(prev, KEYS, "full_outer");
    List<Column> out = new ArrayList<>();
    out.add(lit(vintage).as("vintage"));
    out.add(lit(previousVintage).cast("string").as("previous_vintage"));
    for (String k : KEYS) {
      out.add(col(k));
    }
    out.add(coalesce(col("territory_name"), col("_prev_name")).as("territory_name"));
    for (String f : NetOpenings.FIGURES) {
      Column now = coalesce(col(f), lit(0L));
      Column before = coalesce(col(f + "_previous"), lit(0L));
      out.add(now.as(f));
      out.add(before.as(f + "_previous"));
      out.add(now.minus(before).as(f + "_revision"));
    }
    return joined.select(out.toArray(Column[]::new));
  }

  private static Dataset<Row> pinned(Dataset<Row> netOpenings) {
    return netOpenings.where(col("territory_level").isin(Cog.PINNED_LEVELS.toArray()));
  }
}
