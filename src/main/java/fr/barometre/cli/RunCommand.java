package fr.barometre.cli;

import fr.barometre.config.BarometreConfig;
import fr.barometre.errors.UsageException;
import fr.barometre.events.Vintage;
import fr.barometre.ingest.releve.ReleveCounts;
import fr.barometre.jobs.RunJob;
import fr.barometre.jobs.RunOptions;
import java.util.List;
import java.util.Set;

/** {@code barometre run --vintage V --releves PATH...}: computes one vintage into the lake. */
final class RunCommand implements Command {
  private static final Set<String> SINGLE =
      JobSetup.with(
          Set.of("vintage", "sirene", "sirene-date", "sirene-previous", "sirene-previous-date", "successions"));

  @Override
  public String name() {
    return "run";
  }

  @Override
  public String summary() {
    return "compute a vintage: --vintage YYYY-Sn --releves PATH... [--sirene FILE ...] [--lake DIR]";
  }

  static RunOptions options(Args a) {
    if (a.has("sirene-date") && !a.has("sirene")) {
      throw new UsageException("run: --sirene-date needs --sirene");
    }
    if (a.has("sirene-previous-date") && !a.has("sirene-previous")) {
      throw new UsageException("run: --sirene-previous-date needs --sirene-previous");
    }
    if (a.many("releves").isEmpty()) {
      throw new UsageException("run: --releves PATH [PATH...] is required");
    }
    return new RunOptions(
        Vintage.parse(a.required("vintage")),
        a.many("releves"),
        a.one("sirene"),
        a.date("sirene-date"),
        a.one("sirene-previous"),
        a.date("sirene-previous-date"),
        a.one("successions"));
  }

  @Override
  public int execute(List<String> argv) {
    Args a = Args.parse("run", argv, SINGLE, Set.of("releves"), Set.of());
    RunOptions options = options(a);
    BarometreConfig config = JobSetup.config(a);
    ReleveCounts counts = RunJob.run(JobSetup.spark(config), config, options);
    System.out.println(counts.summary());
    System.out.println("vintage " + options.vintage() + " written to " + config.lake());
    return 0;
  }
}
