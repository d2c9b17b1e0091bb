package fr.barometre.aggregate;

import static fr.barometre.lake.Columns.TERRITORY_CODE;
import static fr.barometre.lake.Columns.TERRITORY_LEVEL;
import static fr.barometre.lake.Columns.TERRITORY_NAME;
import static fr.barometre.lake.Columns.VINTAGE;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import fr.barometre.lake.Table;
import fr.barometre.reference.UserZoning;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The gold figures of one vintage: per territory level ({@code country}, {@code region}, {@code
 * department}, {@code epci}, then each user zoning) × territory × period ({@code YYYY}, {@code
 * YYYY-S1}, {@code YYYY-S2}), the counted openings, extensions, closures and reductions, {@code
 * net} and {@code greenfield_net}, then the jobs and France 2030 figures of
 * sectors-jobs-territories.md §2. Every région, département, EPCI and zone has a row for every
 * period with a counted event nationally (zeros included); collectivités d'outre-mer and {@code
 * ZZ} only where not all zero.
 */
public final class NetOpenings {
  /** The exported columns, as shared/spec/interfaces.md fixes them (the catalog's). */
  private static final String[] COLUMNS = Table.NET_OPENINGS.exportColumns().toArray(String[]::new);

  /** Columns after the pinned ones (sectors-jobs-territories.md §4). */
  public static final String[] JOB_COLUMNS =
      Table.NET_OPENINGS.export().orElseThrow().appended().toArray(String[]::new);

  /** Columns of the table: {@link #COLUMNS} then {@link #JOB_COLUMNS}. */
  public static final String[] TABLE_COLUMNS =
      Stream.concat(Stream.of(COLUMNS), Stream.of(JOB_COLUMNS)).toArray(String[]::new);

  static final String[] FIGURES = {
    "openings", "extensions", "closures", "reductions", "net", "greenfield_net"
  };

  private static final String[] KEY = Table.NET_OPENINGS.keyColumns();

  private NetOpenings() {}

  /**
   * Figures of {@code events} (the events table of one vintage) on the grid of {@code
   * territories} ({@code territory_level, territory_code, territory_name, in_grid}: the COG's
   * régions, départements and EPCI) and of the {@code zonings}' zones.
   */
  public static Dataset<Row> of(
      Dataset<Row> events, Dataset<Row> territories, List<UserZoning> zonings, String vintage) {
    SparkSession spark = events.sparkSession();
    Dataset<Row> counted = events.where(col("counted"));
    List<TerritoryLevel> levels = new ArrayList<>(TerritoryLevel.builtIn());
    Dataset<Row> grid = territories;
    for (UserZoning z : zonings) {
      counted = Zones.of(counted, z);
      levels.add(Zones.level(z));
      grid = grid.union(z.territories(spark));
    }
    Dataset<Row> placed = FigureSums.placed(counted, levels);
    Dataset<Row> sums = FigureSums.sums(placed, KEY);
    Dataset<Row> gridKeys =
        grid.where(col("in_grid"))
            .select(TERRITORY_LEVEL, TERRITORY_CODE)
            .crossJoin(FigureSums.countedPeriods(placed));
    Dataset<Row> keys = gridKeys.union(sums.select(KEY[0], KEY[1], KEY[2])).distinct();
    return keys.join(sums, KEY, "left")
        .join(FigureSums.names(grid), new String[] {KEY[0], KEY[1]}, "left")
        .transform(FigureSums::completed)
        .withColumn(TERRITORY_NAME, coalesce(col(TERRITORY_NAME), col(TERRITORY_CODE)))
        .withColumn(VINTAGE, lit(vintage))
        .selectExpr(TABLE_COLUMNS);
  }
}
