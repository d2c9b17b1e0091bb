package fr.barometre.events;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Locates rows by a commune code with the COG's resolution table ({@code code, commune_code,
 * department_code, region_code, epci_code}: arrondissements, communes déléguées and former codes already
 * mapped to the current commune). Unknown codes give nulls; the caller decides what "not located"
 * means.
 */
public final class CommuneLocator {
  private CommuneLocator() {}

  /**
   * Adds {@code <prefix>commune_code, <prefix>department_code, <prefix>region_code,
   * <prefix>epci_code} for the code in {@code codeColumn}.
   */
  public static Dataset<Row> locate(
      Dataset<Row> rows, String codeColumn, Dataset<Row> resolution, String prefix) {
    Dataset<Row> lookup =
        resolution.select(
            col("code").as("_cog_code"),
            col("commune_code").as(prefix + "commune_code"),
            col("department_code").as(prefix + "department_code"),
            col("region_code").as(prefix + "region_code"),
            col("epci_code").as(prefix + "epci_code"));
    return rows.join(broadcast(lookup), col(codeColumn).equalTo(col("_cog_code")), "left")
        .drop("_cog_code");
  }
}
