package fr.barometre.events;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import fr.barometre.config.Methodology;
import org.apache.spark.sql.Column;

/**
 * Industrial scope by activity (methodology §3) as column functions: a NAF rév. 2 code is in scope
 * when its division is one of {@code naf.included-divisions} and its class is not one of
 * {@code naf.excluded-classes}. Codes are compared after normalisation to the {@code NN.NNL} form.
 */
public final class NafScope {
  private NafScope() {}

  /** {@code 27.20Z}, {@code 2720Z} and {@code " 27.20z "} all give {@code 27.20Z}; null stays null. */
  public static Column normalised(Column naf) {
    Column trimmed = trim(naf);
    Column compact = upper(regexp_replace(trimmed, "[^0-9A-Za-z]", ""));
    Column rewritten =
        when(
                compact.rlike("^[0-9]{4}[A-Z]$"),
                org.apache.spark.sql.functions.concat(
                    substring(compact, 1, 2), lit("."), substring(compact, 3, 3)))
            .otherwise(when(compact.equalTo(""), lit(null).cast("string")).otherwise(trimmed));
    // Fast path: SIRENE codes are already NN.NNL, which the rewrite leaves as is. Without it each
    // of 43 million rows ran several regexp_replace (a filter's generated code does not share
    // subexpressions): measured 7 s per million rows against 1 s for the scan (docs/benchmarks.md).
    return when(trimmed.rlike("^[0-9]{2}\\.[0-9]{2}[A-Z]$"), trimmed).otherwise(rewritten);
  }

  /** True when the normalised code is industrial and not excluded; null when the code is null. */
  public static Column inScope(Column naf, Methodology m) {
    return normalisedInScope(normalised(naf), m);
  }

  /** {@link #inScope} for a code already {@link #normalised}: the rewrite is not repeated. */
  public static Column normalisedInScope(Column code, Methodology m) {
    return substring(code, 1, 2)
        .isin(m.includedDivisions().toArray())
        .and(code.isin(m.excludedClasses().toArray()).unary_$bang());
  }
}
