package fr.barometre.aggregate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import fr.barometre.reference.Cog;
import fr.barometre.reference.UserZoning;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Events placed in the zones of a user zoning (sectors-jobs-territories.md §3): the event's
 * commune (current, after the COG normalisation) gives its zone; an event in a commune outside
 * every zone, or not located, is under {@code ZZ}.
 */
final class Zones {
  private Zones() {}

  /** The column {@link #of} adds for {@code zoning}. */
  static String column(UserZoning zoning) {
    return "_zone_" + zoning.level();
  }

  /** Adds {@link #column}: the zone of each event's {@code commune_code}, else {@code ZZ}. */
  static Dataset<Row> of(Dataset<Row> events, UserZoning zoning) {
    String zone = column(zoning);
    Dataset<Row> communes =
        zoning.communes(events.sparkSession())
            .select(col("commune_code").as("_zoned_commune"), col("zone_code").as(zone));
    return events
        .join(broadcast(communes), col("commune_code").equalTo(col("_zoned_commune")), "left")
        .drop("_zoned_commune")
        .withColumn(zone, coalesce(col(zone), lit(Cog.UNLOCATED_CODE)));
  }

  /** The level of {@code zoning}, read from the column {@link #of} added. */
  static TerritoryLevel level(UserZoning zoning) {
    return new TerritoryLevel(zoning.level(), col(column(zoning)));
  }
}
