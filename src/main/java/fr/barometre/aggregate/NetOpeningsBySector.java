package fr.barometre.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import fr.barometre.config.Sectors;
import fr.barometre.reference.Cog;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The figures of one vintage by sector (sectors-jobs-territories.md §4): per level ({@code
 * country}, {@code region}) × territory × period × sector, the counted openings, extensions,
 * closures, reductions, {@code net}, {@code greenfield_net} and the jobs created, lost and net.
 * The country has a row for every sector of the list and every period with a counted event
 * nationally (zeros included; the unclassified sector only where not all zero); a région (the 18,
 * a collectivité d'outre-mer, {@code ZZ}) only where not all zero. Summing a territory's rows over
 * sectors gives its {@code net_openings} row.
 */
public final class NetOpeningsBySector {
  /** Columns of the table and its export, in order. */
  public static final String[] COLUMNS = {
    "vintage", "territory_level", "territory_code", "territory_name", "period", "sector",
    "sector_label", "openings", "extensions", "closures", "reductions", "net", "greenfield_net",
    "jobs_created", "jobs_lost", "net_jobs"
  };

  /** The key of a row. */
  public static final String[] KEY = {"territory_level", "territory_code", "period", "sector"};

  private static final StructType SECTOR_SCHEMA =
      new StructType()
          .add("sector", DataTypes.StringType, false)
          .add("sector_label", DataTypes.StringType, false)
          .add("in_grid", DataTypes.BooleanType, false);

  private NetOpeningsBySector() {}

  /**
   * Figures of {@code events} (the events table of one vintage, with {@code sector}) by sector,
   * with the names of {@code territories} (the COG's; only régions are used).
   */
  public static Dataset<Row> of(
      Dataset<Row> events, Dataset<Row> territories, Sectors sectors, String vintage) {
    SparkSession spark = events.sparkSession();
    Dataset<Row> placed =
        FigureSums.placed(events.where(col("counted")), List.of(TerritoryLevel.COUNTRY, TerritoryLevel.REGION));
    Dataset<Row> sums = FigureSums.sums(placed, KEY);
    Dataset<Row> list = sectorList(spark, sectors);
    Dataset<Row> gridKeys =
        spark.sql("SELECT '" + Cog.LEVEL_COUNTRY + "' AS territory_level, '" + Cog.COUNTRY_CODE + "' AS territory_code")
            .crossJoin(FigureSums.countedPeriods(placed))
            .crossJoin(list.where(col("in_grid")).select("sector"));
    Dataset<Row> keys = gridKeys.union(sums.select(KEY[0], KEY[1], KEY[2], KEY[3])).distinct();
    return keys.join(sums, KEY, "left")
        .join(FigureSums.names(territories), new String[] {KEY[0], KEY[1]}, "left")
        .join(list.select("sector", "sector_label"), new String[] {"sector"}, "left")
        .transform(FigureSums::completed)
        .withColumn("territory_name", coalesce(col("territory_name"), col("territory_code")))
        .withColumn("sector_label", coalesce(col("sector_label"), col("sector")))
        .withColumn("vintage", lit(vintage))
        .selectExpr(COLUMNS);
  }

  /** The configured sectors: every one on the country's grid but the unclassified one. */
  private static Dataset<Row> sectorList(SparkSession spark, Sectors sectors) {
    List<Row> rows = new ArrayList<>();
    sectors.labels().forEach((code, label) -> rows.add(RowFactory.create(code, label, !code.equals(sectors.unclassified()))));
    return spark.createDataFrame(rows, SECTOR_SCHEMA);
  }
}
