package fr.barometre.cli;

import fr.barometre.config.BarometreConfig;
import fr.barometre.events.Vintage;
import fr.barometre.export.ExportTable;
import fr.barometre.jobs.ExportJob;
import fr.barometre.jobs.ExportOptions;
import java.util.List;
import java.util.Set;

/**
 * {@code barometre export --table T --vintage V --out FILE.csv [--all-columns] [--raw] [--level
 * L[,L...]|all]}: one table slice as CSV, formula-like text neutralised unless {@code --raw};
 * {@code --level} picks territory levels ({@code net_openings} defaults to country, région and
 * département).
 */
final class ExportCommand implements Command {
  @Override
  public String name() {
    return "export";
  }

  @Override
  public String summary() {
    return "export a table: --table net_openings|net_openings_by_sector|events|candidates|rejects|revisions --vintage V --out FILE.csv [--all-columns] [--raw] [--level epci|LEVEL,...|all] [--lake DIR]";
  }

  @Override
  public int execute(List<String> argv) {
    Args a =
        Args.parse("export", argv, JobSetup.with(Set.of("table", "vintage", "out", "level")), Set.of(), Set.of("all-columns", "raw"));
    ExportOptions options =
        new ExportOptions(
            ExportTable.named(a.required("table")),
            Vintage.parse(a.required("vintage")).toString(),
            a.required("out"),
            a.has("all-columns"),
            a.has("raw"),
            a.one("level").map(l -> List.of(l.split(","))).orElse(List.of()));
    BarometreConfig config = JobSetup.interactiveConfig(a);
    long n = ExportJob.run(JobSetup.spark(config), config, options);
    System.out.println("exported " + n + " rows of " + options.table().table() + " (" + options.vintage() + ") to " + options.out());
    return 0;
  }
}
