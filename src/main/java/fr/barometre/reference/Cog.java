package fr.barometre.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Code officiel géographique (COG 2026) as the pipeline uses it: the commune resolution that
 * locates an event (commune, département, région, EPCI), and the territories it is counted under. Both come from the resources of
 * {@code reference/cog/}, read once per JVM; the Datasets are built once per SparkSession.
 */
public final class Cog {
  /** Territory code of an event that cannot be located (methodology §7). */
  public static final String UNLOCATED_CODE = "ZZ";

  public static final String UNLOCATED_NAME = "Non localisé";

  /** Name of {@code ZZ} at the EPCI level: not located, or in a commune outside every EPCI. */
  public static final String OUTSIDE_EPCI_NAME = "Hors EPCI ou non localisé";

  public static final String LEVEL_COUNTRY = "country";
  public static final String COUNTRY_CODE = "FR";
  public static final String COUNTRY_NAME = "France";
  public static final String LEVEL_REGION = "region";
  public static final String LEVEL_DEPARTMENT = "department";
  public static final String LEVEL_EPCI = "epci";

  /** The levels of shared/spec/interfaces.md, which the default exports keep to. */
  public static final List<String> PINNED_LEVELS =
      List.of(LEVEL_COUNTRY, LEVEL_REGION, LEVEL_DEPARTMENT);

  /** Every level the pipeline defines itself; a user zoning may not take one of these names. */
  public static final List<String> BUILT_IN_LEVELS =
      List.of(LEVEL_COUNTRY, LEVEL_REGION, LEVEL_DEPARTMENT, LEVEL_EPCI);

  /** Schema of {@link #communeResolution(SparkSession)}. */
  public static final StructType RESOLUTION_SCHEMA =
      new StructType()
          .add("code", DataTypes.StringType, false)
          .add("commune_code", DataTypes.StringType, false)
          .add("department_code", DataTypes.StringType, false)
          .add("region_code", DataTypes.StringType, false)
          .add("epci_code", DataTypes.StringType, true);

  /** Schema of {@link #territories(SparkSession)}. */
  public static final StructType TERRITORY_SCHEMA =
      new StructType()
          .add("territory_level", DataTypes.StringType, false)
          .add("territory_code", DataTypes.StringType, false)
          .add("territory_name", DataTypes.StringType, false)
          .add("in_grid", DataTypes.BooleanType, false);

  private static volatile CogTables tables;
  private static final SessionCache RESOLUTIONS =
      new SessionCache(Cog::resolutionRows, RESOLUTION_SCHEMA);
  private static final SessionCache TERRITORIES =
      new SessionCache(Cog::territoryRows, TERRITORY_SCHEMA);

  private Cog() {}

  /** The COG as plain maps, read from the classpath on first use. */
  public static CogTables load() {
    CogTables loaded = tables;
    if (loaded == null) {
      synchronized (Cog.class) {
        if (tables == null) {
          tables = CogTables.read();
        }
        loaded = tables;
      }
    }
    return loaded;
  }

  /**
   * One row per commune code an input may carry (current commune, arrondissement municipal,
   * commune déléguée or associée, former code): {@code code, commune_code, department_code,
   * region_code, epci_code} ({@code epci_code} null outside every EPCI). Join an event's 5-character commune code on {@code code}; a code with no row is
   * not located. About 39,000 rows, cached once per session (see {@link SessionCache}); join it
   * with a broadcast hint, so it is not shuffled.
   */
  public static Dataset<Row> communeResolution(SparkSession spark) {
    return RESOLUTIONS.get(spark);
  }

  /**
   * The territories an event is counted under, at région, département and EPCI level: {@code
   * territory_level ('region'|'department'|'epci'), territory_code, territory_name, in_grid};
   * {@code in_grid} is true for the 18 régions, 101 départements and 1,255 EPCI, false for the
   * collectivités d'outre-mer and {@code ZZ}.
   */
  public static Dataset<Row> territories(SparkSession spark) {
    return TERRITORIES.get(spark);
  }

  private static List<Row> resolutionRows() {
    List<Row> rows = new ArrayList<>();
    for (CommuneResolution r : load().resolution().values()) {
      rows.add(
          RowFactory.create(
              r.code(), r.communeCode(), r.departmentCode(), r.regionCode(), r.epciCode()));
    }
    return rows;
  }

  private static List<Row> territoryRows() {
    List<Row> rows = new ArrayList<>();
    for (Map<String, Territory> level :
        List.of(load().regions(), load().departments(), load().epcis())) {
      for (Territory t : level.values()) {
        rows.add(RowFactory.create(t.level(), t.code(), t.name(), t.inGrid()));
      }
    }
    return rows;
  }
}
