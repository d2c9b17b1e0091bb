package fr.barometre.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import fr.barometre.reference.Cog;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * A territory level of the figures and the column that gives an event's territory at it: {@code
 * country} (always {@code FR}), {@code region}, {@code department} and {@code epci} (the events
 * table's codes, {@code ZZ} when not located), or a user zoning (see {@link Zones}).
 *
 * @param name the {@code territory_level} value
 * @param code the event's {@code territory_code} at this level
 */
public record TerritoryLevel(String name, Column code) {
  public static final TerritoryLevel COUNTRY = new TerritoryLevel(Cog.LEVEL_COUNTRY, lit(Cog.COUNTRY_CODE));
  public static final TerritoryLevel REGION = new TerritoryLevel(Cog.LEVEL_REGION, col("region_code"));
  public static final TerritoryLevel DEPARTMENT =
      new TerritoryLevel(Cog.LEVEL_DEPARTMENT, col("department_code"));
  public static final TerritoryLevel EPCI = new TerritoryLevel(Cog.LEVEL_EPCI, col("epci_code"));

  /** The levels the pipeline defines itself, in table order. */
  public static List<TerritoryLevel> builtIn() {
    return List.of(COUNTRY, REGION, DEPARTMENT, EPCI);
  }
}
