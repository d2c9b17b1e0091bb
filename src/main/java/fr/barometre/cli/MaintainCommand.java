package fr.barometre.cli;

import fr.barometre.config.BarometreConfig;
import fr.barometre.jobs.MaintainJob;
import fr.barometre.lake.Lake;
import java.util.List;
import java.util.Set;

/**
 * {@code barometre maintain [--lake DIR]}: compaction, VACUUM within the configured retention and
 * removal of abandoned runs' rows ({@link MaintainJob}); a batch job, its configuration logged.
 */
final class MaintainCommand implements Command {
  @Override
  public String name() {
    return "maintain";
  }

  @Override
  public String summary() {
    return "compact and VACUUM the lake within barometre.publication.retention [--lake DIR]";
  }

  @Override
  public int execute(List<String> argv) {
    Args a = Args.parse("maintain", argv, JobSetup.COMMON, Set.of(), Set.of());
    BarometreConfig config = JobSetup.config(a);
    Lake lake = new Lake(JobSetup.spark(config), config.lake());
    MaintainJob.run(lake, config).forEach(System.out::println);
    return 0;
  }
}
