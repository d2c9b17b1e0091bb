package fr.barometre.ingest.sirene;

import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import scala.Function1;

/**
 * Types the string columns read by {@link RawStockReader} into the lake's columns of a {@link
 * SireneLayout}: one row per input row, same names. Empty values and INSEE's {@code [ND]} (a field
 * masked because the unit objected to diffusion, {@code statutDiffusionEtablissement = P}) become
 * null: masked, not data. Codes stay strings, so {@code 005420120} keeps its zeros.
 */
public final class SireneTyping {
  /** What INSEE writes in the masked fields of a partially diffusible unit. */
  static final String MASKED = "[ND]";

  private SireneTyping() {}

  /** The transform, for {@code raw.transform(SireneTyping.typed(layout))}. */
  public static Function1<Dataset<Row>, Dataset<Row>> typed(SireneLayout layout) {
    return raw ->
        raw.select(
            layout.fields().stream()
                .map(f -> typedColumn(f).as(f.target()))
                .toArray(Column[]::new));
  }

  private static Column typedColumn(SireneField field) {
    // One CASE rather than nullif(nullif(trim(x), ''), '[ND]'): nullif is if(a = b, null, a), so
    // the nested form spelled trim(x) four times, and a filter's generated code, which shares no
    // subexpression, carried every copy wherever the rules use the column: the scope filter of 10
    // million rows took 10.8 s with it and 2.3 s with this form (docs/benchmarks.md).
    String trimmed = "trim(`" + field.target() + "`)";
    String value =
        "CASE WHEN " + trimmed + " IN ('', '" + MASKED + "') THEN NULL ELSE " + trimmed + " END";
    if (field.type().equals(DataTypes.StringType)) {
      return expr(value);
    }
    // try_cast: one malformed date among 43 million rows becomes null, even under ANSI mode.
    return expr("try_cast(" + value + " AS " + field.type().sql() + ")");
  }
}
