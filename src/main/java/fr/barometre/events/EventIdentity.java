package fr.barometre.events;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The identity of a survey event across rows and relèves (methodology §8): {@code id_evenement}
 * when given; else (SIRET, type, year of effect); else (normalised commune, normalised name,
 * type, year). Adds the column {@code event_id}.
 */
public final class EventIdentity {
  // Lower-case accented letters and their plain forms; ligatures are expanded separately.
  private static final String ACCENTED = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ";
  private static final String PLAIN = "aaaaaaceeeeiiiinooooouuuuyy";

  private EventIdentity() {}

  /** Lower case, accents removed, runs of non letters/digits made one space, trimmed. */
  public static Column normalisedName(Column name) {
    return trim(regexp_replace(folded(name), "[^a-z0-9]+", " "));
  }

  /**
   * Lower case with accents removed and the ligatures œ, æ expanded: the common part of the name
   * normalisations of the methodology (event names here, sector names in {@link EventSectors}).
   */
  public static Column folded(Column text) {
    Column lowered = translate(lower(text), ACCENTED, PLAIN);
    return regexp_replace(regexp_replace(lowered, "œ", "oe"), "æ", "ae");
  }

  /**
   * Adds {@code event_id} to survey rows carrying {@code id_evenement, siret, event_type,
   * effect_date, raison_sociale} and {@code commune_key} (the commune code normalised by the COG,
   * or as typed when the COG does not know it).
   */
  public static Dataset<Row> withEventId(Dataset<Row> rows) {
    Column type = col("event_type");
    Column yr = year(col("effect_date")).cast("string");
    Column byId =
        when(
            trim(col("id_evenement")).notEqual(""),
            concat_ws("|", lit("id"), trim(col("id_evenement"))));
    Column bySiret =
        when(col("siret").isNotNull(), concat_ws("|", lit("siret"), col("siret"), type, yr));
    Column byName =
        concat_ws(
            "|",
            lit("name"),
            coalesce(col("commune_key"), lit("")),
            coalesce(normalisedName(col("raison_sociale")), lit("")),
            type,
            yr);
    return rows.withColumn("event_id", coalesce(byId, bySiret, byName));
  }
}
