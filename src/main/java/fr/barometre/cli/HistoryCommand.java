package fr.barometre.cli;

import fr.barometre.config.BarometreConfig;
import fr.barometre.events.Vintage;
import fr.barometre.jobs.HistoryJob;
import fr.barometre.lake.Lake;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code barometre history [--vintage V] [--run RUN_ID] [--format table|csv] [--lake DIR]}: the
 * runs of the lake with their status, or one run's inputs.
 */
final class HistoryCommand implements Command {
  @Override
  public String name() {
    return "history";
  }

  @Override
  public String summary() {
    return "the lake's runs and their status: [--vintage V] [--run RUN_ID (its inputs)] [--format table|csv] [--lake DIR]";
  }

  @Override
  public int execute(List<String> argv) {
    Args a = Args.parse("history", argv, JobSetup.with(Set.of("vintage", "run", "format")), Set.of(), Set.of());
    ResultFormat format = ResultFormat.of(a, "history");
    BarometreConfig config = JobSetup.interactiveConfig(a);
    Lake lake = new Lake(JobSetup.spark(config), config.lake());
    Dataset<Row> result =
        a.one("run").isPresent()
            ? HistoryJob.inputs(lake, a.one("run").get())
            : HistoryJob.runs(lake, a.one("vintage").map(v -> Vintage.parse(v).toString()));
    format.print(result, Integer.MAX_VALUE, false);
    return 0;
  }
}
