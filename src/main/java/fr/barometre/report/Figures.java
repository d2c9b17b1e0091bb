package fr.barometre.report;

import org.apache.spark.sql.Row;

/**
 * One {@code net_openings} row as the report shows it: a territory's counts for one period of a
 * vintage.
 */
public record Figures(
    String level,
    String code,
    String name,
    String period,
    long openings,
    long extensions,
    long closures,
    long reductions,
    long net,
    long greenfieldNet) {

  /** Reads a row with the {@code net_openings} columns. */
  static Figures of(Row r) {
    return new Figures(
        r.getAs("territory_level"),
        r.getAs("territory_code"),
        r.getAs("territory_name"),
        r.getAs("period"),
        number(r, "openings"),
        number(r, "extensions"),
        number(r, "closures"),
        number(r, "reductions"),
        number(r, "net"),
        number(r, "greenfield_net"));
  }

  static long number(Row r, String column) {
    Object v = r.getAs(column);
    return v == null ? 0 : ((Number) v).longValue();
  }
}
