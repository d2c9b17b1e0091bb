package fr.barometre.events;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of a SIRENE snapshot ({@code sirene_establishments}) that the counting rules use,
 * one row per SIRET, and their join onto events under a prefix ({@code s1_} for the current
 * snapshot, {@code s0_} for the previous one) with a {@code <prefix>present} flag.
 */
public final class SireneSites {
  /** The activity code in NAF rév. 2 ({@code activitePrincipaleEtablissement}). */
  public static final String NAF = "naf";

  /** The activity code in NAF 2025 ({@code activitePrincipaleNAF25Etablissement}; null in 53-column stocks). */
  public static final String NAF25 = "naf25";

  /** The rule columns, in order. */
  public static final StructType SCHEMA =
      new StructType()
          .add("siret", DataTypes.StringType)
          .add(NAF, DataTypes.StringType)
          .add("registre_metiers", DataTypes.StringType)
          .add("tranche_effectifs", DataTypes.StringType)
          .add("code_commune", DataTypes.StringType)
          .add("etat", DataTypes.StringType)
          .add("date_creation", DataTypes.DateType)
          .add("date_debut", DataTypes.DateType)
          .add(NAF25, DataTypes.StringType);

  private SireneSites() {}

  /** The rule columns of a snapshot. */
  public static Dataset<Row> slim(Dataset<Row> snapshot) {
    return snapshot.select(
        Arrays.stream(SCHEMA.fieldNames()).map(f -> col(f).cast(SCHEMA.apply(f).dataType())).toArray(Column[]::new));
  }

  /** No snapshot: an empty frame of the same shape, so the rules need no special case. */
  public static Dataset<Row> none(SparkSession spark) {
    return spark.createDataFrame(java.util.List.<Row>of(), SCHEMA);
  }

  /**
   * The rows of {@code sites} whose SIRET is one of {@code sirets} (a {@code siret} column, a few
   * thousand to a few hundred thousand values, broadcast) or that meet {@code also}: one pass over
   * a snapshot, no shuffle of it.
   */
  public static Dataset<Row> keep(Dataset<Row> sites, Dataset<Row> sirets, Column also) {
    Dataset<Row> wanted = broadcast(sirets.select(col("siret").as("_wanted")).distinct());
    return sites
        .join(wanted, col("siret").equalTo(col("_wanted")), "left")
        .where(col("_wanted").isNotNull().or(also))
        .drop("_wanted");
  }

  /**
   * Left-joins {@code sites} onto {@code events} by SIRET, every column renamed with {@code prefix}.
   * The sites are first cut down to the events' SIRETs by a broadcast semi-join: a snapshot has 43
   * million rows and the survey a few thousand, so no snapshot row is shuffled for the outer join.
   */
  public static Dataset<Row> joined(Dataset<Row> events, Dataset<Row> sites, String prefix) {
    Dataset<Row> wanted =
        broadcast(events.select(col("siret").as("_wanted")).where(col("_wanted").isNotNull()).distinct());
    Dataset<Row> right =
        sites
            .join(wanted, sites.col("siret").equalTo(wanted.col("_wanted")), "left_semi")
            .select(prefixed(prefix))
            .withColumn(prefix + "present", lit(true));
    return events
        .join(right, events.col("siret").equalTo(right.col(prefix + "siret")), "left")
        .withColumn(prefix + "present", col(prefix + "present").isNotNull())
        .drop(prefix + "siret");
  }

  /** The rule columns renamed with {@code prefix}. */
  public static Column[] prefixed(String prefix) {
    return Arrays.stream(SCHEMA.fieldNames()).map(f -> col(f).as(prefix + f)).toArray(Column[]::new);
  }

  /** A row factory for tests and small inputs, in {@link #SCHEMA} order. */
  public static Row row(Object... values) {
    return RowFactory.create(values);
  }
}
