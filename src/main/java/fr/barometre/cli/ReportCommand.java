package fr.barometre.cli;

import fr.barometre.config.BarometreConfig;
import fr.barometre.report.ReportJob;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;

/** {@code barometre report --vintage V [--out DIR] [--period P]}: the analysts' HTML report and maps. */
final class ReportCommand implements Command {
  @Override
  public String name() {
    return "report";
  }

  @Override
  public String summary() {
    return "HTML report and maps of a vintage: --vintage V [--out DIR] [--period YYYY|YYYY-Sn] [--lake DIR]";
  }

  @Override
  public int execute(List<String> argv) {
    Args a = Args.parse("report", argv, JobSetup.with(Set.of("vintage", "out", "period")), Set.of(), Set.of());
    String vintage = a.required("vintage");
    Path out = Paths.get(a.one("out").orElse("report"));
    BarometreConfig config = JobSetup.interactiveConfig(a);
    Path html = ReportJob.run(JobSetup.spark(config), config, vintage, out, a.one("period"));
    System.out.println("report written to " + html);
    return 0;
  }
}
