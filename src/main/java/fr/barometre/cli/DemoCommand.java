package fr.barometre.cli;

import fr.barometre.config.BarometreConfig;
import fr.barometre.demo.DemoData;
import fr.barometre.demo.DemoFiles;
import fr.barometre.demo.DemoJob;
import fr.barometre.demo.DemoLake;
import fr.barometre.demo.DemoResult;
import fr.barometre.demo.DemoSummary;
import fr.barometre.demo.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code barometre demo [--data DIR] [--lake DIR]}: builds the demo inputs if absent (default
 * {@code demo-data/} at the project root), runs the pipeline into a fresh lake (default
 * {@code demo-lake/}, deleted first) for 2024-S1 then 2024-S2, and prints the figures in French.
 */
final class DemoCommand implements Command {
  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "run the whole pipeline on generated demo data: [--data DIR] [--lake DIR]";
  }

  @Override
  public int execute(List<String> argv) throws Exception {
    Path root = DemoLake.projectRoot();
    List<String> args = new ArrayList<>(argv);
    Args a = Args.parse("demo", args, JobSetup.with(Set.of("data")), Set.of(), Set.of());
    if (!a.has("lake")) {
      args.add("--lake");
      args.add(root.resolve("demo-lake").toString());
      a = Args.parse("demo", args, JobSetup.with(Set.of("data")), Set.of(), Set.of());
    }
    Path lake = Path.of(a.required("lake")).toAbsolutePath();
    Path data = a.one("data").map(Path::of).orElse(root.resolve("demo-data")).toAbsolutePath();
    Progress progress = new Progress(System.out);
    BarometreConfig config = JobSetup.interactiveConfig(a);
    DemoFiles files = DemoFiles.under(data);
    if (files.complete()) {
      progress.accept("données de démonstration présentes : " + data);
    } else {
      progress.accept("génération des données de démonstration dans " + data);
      DemoData.generate(data, DemoData.DEFAULT_SEED, DemoData.DEFAULT_BACKGROUND_ROWS, config.methodology());
    }
    progress.accept("nouveau lac de données : " + lake);
    DemoLake.reset(lake);
    progress.accept("démarrage de Spark");
    DemoResult result = DemoJob.run(JobSetup.spark(config), config, files, lake.resolve("report"), progress);
    progress.accept("terminé");
    System.out.println(DemoSummary.of(result));
    return 0;
  }
}
