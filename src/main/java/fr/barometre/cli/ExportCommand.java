package fr.barometre.cli;

import fr.barometre.config.BarometreConfig;
import fr.barometre.events.Vintage;
import fr.barometre.export.ExportTable;
import fr.barometre.jobs.ExportJob;
import fr.barometre.jobs.ExportOptions;
import java.util.List;
import java.util.Set;

/**
 * {@code barometre export --table T --vintage V --out FILE.csv [--all-columns] [--raw]}: one table
 * slice as CSV, formula-like text neutralised unless {@code --raw}.
 */
final class ExportCommand implements Command {
  @Override
  public String name() {
    return "export";
  }

  @Override
  public String summary() {
    return "export a table: --table net_openings|events|candidates|rejects|revisions --vintage V --out FILE.csv [--all-columns] [--raw] [--lake DIR]";
  }

  @Override
  public int execute(List<String> argv) {
    Args a =
        Args.parse("export", argv, JobSetup.with(Set.of("table", "vintage", "out")), Set.of(), Set.of("all-columns", "raw"));
    ExportOptions options =
        new ExportOptions(
            ExportTable.named(a.required("table")),
            Vintage.parse(a.required("vintage")).toString(),
            a.required("out"),
            a.has("all-columns"),
            a.has("raw"));
    BarometreConfig config = JobSetup.interactiveConfig(a);
    long n = ExportJob.run(JobSetup.spark(config), config, options);
    System.out.println("exported " + n + " rows of " + options.table().table() + " (" + options.vintage() + ") to " + options.out());
    return 0;
  }
}
