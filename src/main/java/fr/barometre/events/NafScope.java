package fr.barometre.events;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import fr.barometre.config.Methodology;
import fr.barometre.reference.NafNomenclature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * Industrial scope by activity (methodology §3) as column functions: a NAF code is in scope when
 * its division is one of {@code naf.included-divisions} and its class is not excluded — one of
 * {@code naf.excluded-classes} for a rév. 2 code, of {@code naf2025.excluded-classes} for a NAF
 * 2025 code. Codes are compared after normalisation to the {@code NN.NNL} form. Also which
 * nomenclature a SIRENE snapshot is read in, by its date.
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

  /**
   * {@link #inScope} for a code already {@link #normalised}: the rewrite is not repeated. One list
   * of excluded classes serves both nomenclatures: their final letters differ, so a rév. 2 class
   * is never a NAF 2025 code and the reverse.
   */
  public static Column normalisedInScope(Column code, Methodology m) {
    List<String> excluded = new ArrayList<>(m.excludedClasses());
    excluded.addAll(m.naf2025ExcludedClasses());
    return substring(code, 1, 2)
        .isin(m.includedDivisions().toArray())
        .and(code.isin(excluded.toArray()).unary_$bang());
  }

  /** The nomenclature in force on {@code date}: NAF 2025 from {@code naf2025.from} on. */
  public static String inForce(LocalDate date, Methodology m) {
    return date.isBefore(m.naf2025From()) ? NafNomenclature.REV2 : NafNomenclature.NAF2025;
  }

  /**
   * A snapshot's activity code read in the nomenclature in force on its date, normalised: its rév.
   * 2 code ({@code naf}) before the switch; after it, its NAF 2025 code ({@code naf25}), else (a
   * 53-column stock) its rév. 2 code converted where the correspondence is unique. The conversion
   * runs only on rows without {@code naf25}: {@code coalesce} stops at the first non-null value.
   */
  public static Column snapshotActivity(LocalDate date, Methodology m) {
    Column rev2 = normalised(col(SireneSites.NAF));
    return inForce(date, m).equals(NafNomenclature.REV2)
        ? rev2
        : coalesce(normalised(col(SireneSites.NAF25)), NafNomenclature.toNaf2025(rev2));
  }
}
