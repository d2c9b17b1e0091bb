package fr.barometre.events;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.when;

import fr.barometre.config.Sectors;
import fr.barometre.reference.NafNomenclature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The sector of every event (sectors-jobs-territories.md §1), as a transform over events that carry
 * the relève's {@code filiere}, the scope rule's {@code activity} and its {@code naf_nomenclature}.
 * Adds {@code sector} (a code of the configured list), {@code sector_source} ({@link
 * SectorSource}) and {@code sector_unrecognised} (the relève named a sector the list does not
 * know). Grain unchanged: one row per event.
 */
public final class EventSectors {
  private EventSectors() {}

  /**
   * A sector name as the rule compares it: lower case, accents removed, every run of characters
   * other than letters and digits made one {@code _}, trimmed of {@code _}. {@code "Industries
   * vertes et économie circulaire"} gives {@code industries_vertes_et_economie_circulaire}, {@code
   * "INDUSTRIES-VERTES"} gives {@code industries_vertes}.
   */
  public static Column normalisedSector(Column text) {
    Column underscored = regexp_replace(EventIdentity.folded(text), "[^a-z0-9]+", "_");
    return regexp_replace(underscored, "^_+|_+$", "");
  }

  /** Adds {@code sector}, {@code sector_source} and {@code sector_unrecognised}. */
  public static Dataset<Row> withSector(Dataset<Row> events, Sectors sectors) {
    Column declared = col("_filiere_sector");
    Column activity = col("activity");
    Column byNaf =
        when(
                col("naf_nomenclature").equalTo(NafNomenclature.NAF2025),
                byPrefix(activity, sectors.naf2025Prefixes()))
            .otherwise(byPrefix(activity, sectors.rev2Prefixes()));
    return events
        .withColumn("_filiere_sector", declared(col("filiere"), sectors))
        .withColumn(
            "sector",
            coalesce(declared, when(activity.isNotNull(), coalesce(byNaf, lit(sectors.other()))), lit(sectors.unclassified())))
        .withColumn(
            "sector_source",
            when(declared.isNotNull(), lit(SectorSource.RELEVE.code()))
                .when(activity.isNotNull(), lit(SectorSource.NAF.code()))
                .otherwise(lit(SectorSource.NONE.code())))
        .withColumn("sector_unrecognised", col("filiere").isNotNull().and(declared.isNull()))
        .drop("_filiere_sector");
  }

  /**
   * The sector a relève's {@code filiere} names, matched on its normalised form against every
   * code and label of the list, so normalised; null when empty or unrecognised. One CASE, in list
   * order: the literals' normalisation is folded into constants by the optimizer.
   */
  static Column declared(Column filiere, Sectors sectors) {
    Column key = normalisedSector(filiere);
    Column sector = null;
    for (Map.Entry<String, String> s : sectors.labels().entrySet()) {
      Column matches =
          key.equalTo(normalisedSector(lit(s.getKey()))).or(key.equalTo(normalisedSector(lit(s.getValue()))));
      sector = sector == null ? when(matches, lit(s.getKey())) : sector.when(matches, lit(s.getKey()));
    }
    return sector == null ? lit(null).cast("string") : sector;
  }

  /**
   * The sector of the longest prefix of {@code code} in {@code prefixes}; null when none matches
   * (or the code is null). One literal-map lookup per prefix length, longest first.
   */
  static Column byPrefix(Column code, Map<String, String> prefixes) {
    Map<Integer, Map<String, String>> byLength = new TreeMap<>(Comparator.reverseOrder());
    prefixes.forEach((p, s) -> byLength.computeIfAbsent(p.length(), n -> new LinkedHashMap<>()).put(p, s));
    List<Column> lookups = new ArrayList<>();
    byLength.forEach((length, table) -> lookups.add(try_element_at(literalMap(table), substring(code, 1, length))));
    return lookups.isEmpty() ? lit(null).cast("string") : coalesce(lookups.toArray(Column[]::new));
  }

  private static Column literalMap(Map<String, String> table) {
    List<Column> entries = new ArrayList<>();
    table.forEach((k, v) -> {
      entries.add(lit(k));
      entries.add(lit(v));
    });
    return map(entries.toArray(Column[]::new));
  }
}
