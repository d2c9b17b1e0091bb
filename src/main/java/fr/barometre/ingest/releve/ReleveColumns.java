package fr.barometre.ingest.releve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The survey-return columns (shared/spec/survey-return-format.md): their canonical snake names, how
 * a header cell is matched to one, and the schema of the raw (bronze) rows.
 *
 * <p>Raw schema, one row per non-blank data row of a file: {@code file STRING} (file name, no
 * folder), {@code line INT} (line on which the record starts, header = 1; sheet row for XLSX), the
 * sixteen canonical columns as {@code STRING} exactly as read (null when the cell is empty or the
 * column absent), {@code extra MAP<STRING,STRING>} (unknown columns, keyed by their header text as
 * written, value null when empty) and {@code parse_error STRING} (null, or why the record could not
 * be split into cells: it becomes the reject {@code malformed_row}).
 */
public final class ReleveColumns {
  public static final String RELEVE = "releve";
  public static final String ID_EVENEMENT = "id_evenement";
  public static final String SIRET = "siret";
  public static final String RAISON_SOCIALE = "raison_sociale";
  public static final String TYPE_EVENEMENT = "type_evenement";
  public static final String DATE_EFFET = "date_effet";
  public static final String CODE_COMMUNE = "code_commune";
  public static final String EFFECTIF_AVANT = "effectif_avant";
  public static final String EFFECTIF_APRES = "effectif_apres";
  public static final String NAF = "naf";
  public static final String STATUT = "statut";
  public static final String VARIATION_PRODUCTION_PCT = "variation_production_pct";
  public static final String INVESTISSEMENT_MEUR = "investissement_meur";
  public static final String FRANCE2030 = "france2030";
  public static final String COMMENTAIRE = "commentaire";
  public static final String FILIERE = "filiere";
  public static final String FILE = "file";
  public static final String LINE = "line";
  public static final String EXTRA = "extra";
  public static final String PARSE_ERROR = "parse_error";

  /** The known columns, in the order of the format's table. */
  public static final List<String> CANONICAL =
      List.of(
          RELEVE,
          ID_EVENEMENT,
          SIRET,
          RAISON_SOCIALE,
          TYPE_EVENEMENT,
          DATE_EFFET,
          CODE_COMMUNE,
          EFFECTIF_AVANT,
          EFFECTIF_APRES,
          NAF,
          STATUT,
          VARIATION_PRODUCTION_PCT,
          INVESTISSEMENT_MEUR,
          FRANCE2030,
          COMMENTAIRE,
          // After the others (the format's table has it after naf): bronze rows keep the positions
          // of the columns they had before it was added.
          FILIERE);

  /** Other header names of a known column, by their normalised form. */
  private static final Map<String, String> ALIASES = Map.of("secteur", FILIERE);

  /**
   * Columns a file must have for its first row to count as a header. {@code releve} is not among
   * them: it may come from the file name, row by row.
   */
  public static final List<String> REQUIRED = List.of(RAISON_SOCIALE, TYPE_EVENEMENT, DATE_EFFET);

  private static final Map<String, String> BY_NORMALISED = byNormalised();

  private ReleveColumns() {}

  private static Map<String, String> byNormalised() {
    Map<String, String> names =
        new java.util.HashMap<>(
            CANONICAL.stream().collect(Collectors.toMap(ReleveColumns::normalise, Function.identity())));
    names.putAll(ALIASES);
    return Map.copyOf(names);
  }

  /**
   * A header's matching key: lower case, accents removed, French elisions ({@code d'}, {@code l'},
   * straight or curly apostrophe) removed, then every character but letters and digits removed.
   * {@code "Date d'effet"} gives {@code "dateeffet"}.
   */
  public static String normalise(String header) {
    String s = Normalizer.normalize(header.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    s = s.replaceAll("\\p{M}", "");
    s = s.replaceAll("(?<![\\p{L}\\p{N}])[dl]['\u2019]", "");
    return s.replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** The canonical column a header cell names, if any. */
  public static Optional<String> canonicalOf(String header) {
    return Optional.ofNullable(BY_NORMALISED.get(normalise(header)));
  }

  /** Schema of {@link ReleveBatch#raw()}; see the class comment. */
  public static StructType rawSchema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(FILE, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(LINE, DataTypes.IntegerType, false));
    CANONICAL.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
    fields.add(
        DataTypes.createStructField(
            EXTRA,
            DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true),
            false));
    fields.add(DataTypes.createStructField(PARSE_ERROR, DataTypes.StringType, true));
    return DataTypes.createStructType(fields);
  }
}
