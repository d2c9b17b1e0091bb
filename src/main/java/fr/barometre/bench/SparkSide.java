package fr.barometre.bench;

import static org.apache.spark.sql.functions.col;

import fr.barometre.config.BarometreConfig;
import fr.barometre.config.Methodology;
import fr.barometre.events.NafScope;
import fr.barometre.events.SireneSites;
import fr.barometre.events.StaffBands;
import fr.barometre.events.Vintage;
import fr.barometre.ingest.sirene.SireneSnapshots;
import fr.barometre.jobs.RunJob;
import fr.barometre.jobs.RunOptions;
import fr.barometre.lake.Lake;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The pipeline's side of the benchmark, through its public entry points only: the scope filter
 * (the stock read and typed as the landing does, the rule columns of {@link SireneSites}, the
 * industrial sites of {@link NafScope} with a band of at least {@code min-employees}), the landing
 * of a snapshot ({@link SireneSnapshots#land}) and a run of a vintage ({@link RunJob#run}).
 */
final class SparkSide {
  private final SparkSession spark;
  private final BarometreConfig config;

  SparkSide(SparkSession spark, BarometreConfig config) {
    this.spark = spark;
    this.config = config;
  }

  Methodology methodology() {
    return config.methodology();
  }

  /** Writes the scoped industrial sites of {@code input} to zstd Parquet; returns their number. */
  long scopeFilter(String input, String out, String staging) {
    Methodology m = config.methodology();
    Dataset<Row> sites =
        SireneSites.slim(SireneSnapshots.parse(spark, input, staging))
            .where(
                // The band test first: it is cheaper and drops 98% of the rows before the NAF's.
                StaffBands.lower(col("tranche_effectifs"))
                    .geq(m.minEmployees())
                    .and(NafScope.inScope(col("naf"), m)));
    sites.write().mode(SaveMode.Overwrite).option("compression", "zstd").parquet(out);
    return spark.read().parquet(out).count();
  }

  /** Lands {@code input} as the snapshot of {@code date} in {@code lake}; returns the rows landed. */
  long land(String input, String lake, LocalDate date) {
    Lake l = new Lake(spark, lake);
    SireneSnapshots.land(l, input, Optional.of(date), "bench");
    return SireneSnapshots.read(l, date).count();
  }

  /** Runs {@code vintage} on both snapshots of {@code stock} in {@code lake}; returns the events. */
  long run(
      String lake, Vintage vintage, List<String> releves, String stock, LocalDate d1, LocalDate d0) {
    BarometreConfig inLake =
        BarometreConfig.load(
            Optional.empty(),
            config.raw().withValue(
                "barometre.lake", com.typesafe.config.ConfigValueFactory.fromAnyRef(lake)));
    RunOptions options =
        new RunOptions(
            vintage,
            releves,
            Optional.of(stock),
            Optional.of(d1),
            Optional.of(stock),
            Optional.of(d0),
            Optional.empty());
    RunJob.run(spark, inLake, options);
    Lake l = new Lake(spark, lake);
    return l.read("events").where(col("vintage").equalTo(vintage.toString())).count();
  }
}
