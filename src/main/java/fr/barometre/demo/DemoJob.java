package fr.barometre.demo;

import static org.apache.spark.sql.functions.col;

import fr.barometre.config.BarometreConfig;
import fr.barometre.events.Vintage;
import fr.barometre.jobs.RunJob;
import fr.barometre.jobs.RunOptions;
import fr.barometre.lake.Lake;
import fr.barometre.lake.Publication;
import fr.barometre.lake.Table;
import fr.barometre.report.ReportJob;
import fr.barometre.report.ReportQueries;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code barometre demo}'s job: runs the whole pipeline on the demo inputs ({@link DemoFiles}) into
 * the configured lake for vintages 2024-S1 then 2024-S2 (so that 2024-S2 has revisions), then
 * reads the latest vintage's figures back from {@code net_openings} and
 * {@code net_openings_by_sector} and asks the report for its HTML page and maps. Reports each step through {@code progress}.
 */
public final class DemoJob {
  public static final List<String> VINTAGES = List.of("2024-S1", "2024-S2");

  private DemoJob() {}

  public static DemoResult run(
      SparkSession spark, BarometreConfig config, DemoFiles files, Path reportDir, Consumer<String> progress) {
    for (String vintage : VINTAGES) {
      progress.accept("calcul du millésime " + vintage + " (ingestion, événements, agrégats)");
      RunJob.run(spark, config, options(files, vintage));
    }
    String latest = VINTAGES.get(VINTAGES.size() - 1);
    Lake lake = new Lake(spark, config.lake());
    Dataset<Row> figures = ReportQueries.vintageSlice(lake, Table.NET_OPENINGS, latest);
    List<String> years =
        IntStream.rangeClosed(PublishedFigures.FIRST_YEAR, PublishedFigures.LAST_YEAR).mapToObj(Integer::toString).toList();
    String lastYear = years.get(years.size() - 1);
    progress.accept("lecture des chiffres du millésime " + latest);
    List<DemoFigures> national = DemoFigures.national(figures, years);
    List<DemoFigures> regions = DemoFigures.regions(figures, lastYear);
    List<DemoFigures> sectors =
        DemoFigures.sectors(ReportQueries.vintageSlice(lake, Table.NET_OPENINGS_BY_SECTOR, latest), lastYear,
            config.methodology().sectors().codes());
    long revised =
        ReportQueries.vintageSlice(lake, Table.REVISIONS, latest).where(col("net_revision").notEqual(0)).count();
    progress.accept("rapport et cartes");
    Path report = ReportJob.run(spark, config, latest, reportDir);
    return new DemoResult(latest, national, regions, sectors, revised, lake.root(), Optional.of(report));
  }

  static RunOptions options(DemoFiles files, String vintage) {
    return new RunOptions(
        Vintage.parse(vintage),
        List.of(files.releves().toString()),
        Optional.of(files.sirene().toString()),
        Optional.of(files.sireneDate()),
        Optional.of(files.sirenePrevious().toString()),
        Optional.of(files.sirenePreviousDate()),
        Optional.of(files.successions().toString()));
  }
}
