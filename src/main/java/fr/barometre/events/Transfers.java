package fr.barometre.events;

import static fr.barometre.lake.Columns.DEPARTMENT_CODE;
import static fr.barometre.lake.Columns.EVENT_TYPE;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import fr.barometre.reference.Cog;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Transfers (methodology §6): a closure of P and an opening of S, both otherwise counted, in the
 * same département, where SIRENE's succession links say P was succeeded by S with economic
 * continuity. Neither is counted (reason {@code transfer}); a move between départements stays a
 * closure in one and an opening in the other.
 */
public final class Transfers {
  private Transfers() {}

  /**
   * Sets {@code reason = 'transfer'} on both events of each transfer. {@code events} carry a
   * preliminary {@code reason} (null = would be counted), {@code siret}, {@code event_type},
   * {@code department_code}, {@code event_id}; {@code links} carry {@code predecessor_siret,
   * successor_siret, continuite_economique}.
   */
  public static Dataset<Row> withTransfers(Dataset<Row> events, Dataset<Row> links) {
    Dataset<Row> counted =
        events.where(col("reason").isNull().and(col(DEPARTMENT_CODE).notEqual(Cog.UNLOCATED_CODE)));
    Dataset<Row> closures =
        counted.where(col(EVENT_TYPE).equalTo(EventType.FERMETURE.code()))
            .select(col("siret").as("p_siret"), col(DEPARTMENT_CODE).as("p_dep"), col("event_id").as("p_id"));
    Dataset<Row> openings =
        counted.where(col(EVENT_TYPE).equalTo(EventType.OUVERTURE.code()))
            .select(col("siret").as("s_siret"), col(DEPARTMENT_CODE).as("s_dep"), col("event_id").as("s_id"));
    Dataset<Row> pairs =
        links
            .where(col("continuite_economique"))
            .join(closures, col("predecessor_siret").equalTo(col("p_siret")))
            .join(openings, col("successor_siret").equalTo(col("s_siret")))
            .where(col("p_dep").equalTo(col("s_dep")));
    Dataset<Row> moved =
        pairs.select(col("p_id").as("_transfer_id"))
            .union(pairs.select(col("s_id")))
            .distinct();
    return events
        .join(moved, col("event_id").equalTo(col("_transfer_id")), "left")
        .withColumn(
            "reason",
            coalesce(col("reason"), when(col("_transfer_id").isNotNull(), lit(Reason.TRANSFER.code()))))
        .drop("_transfer_id");
  }
}
