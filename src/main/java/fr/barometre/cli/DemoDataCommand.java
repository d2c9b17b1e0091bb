package fr.barometre.cli;

import fr.barometre.demo.DemoData;
import fr.barometre.demo.DemoFiles;
import fr.barometre.errors.UsageException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code barometre demo-data --out DIR [--seed N] [--rows N]}: writes the demo inputs only. */
final class DemoDataCommand implements Command {
  @Override
  public String name() {
    return "demo-data";
  }

  @Override
  public String summary() {
    return "generate the demo inputs: --out DIR [--seed N] [--rows N (SIRENE background rows)]";
  }

  @Override
  public int execute(List<String> argv) throws Exception {
    Args a = Args.parse("demo-data", argv, Set.of("out", "seed", "rows", "conf"), Set.of(), Set.of());
    Path out = Path.of(a.required("out"));
    long seed = number(a, "seed", DemoData.DEFAULT_SEED);
    int rows = (int) number(a, "rows", DemoData.DEFAULT_BACKGROUND_ROWS);
    DemoFiles files = DemoData.generate(out, seed, rows, JobSetup.interactiveConfig(a).methodology());
    System.out.println("données de démonstration écrites dans " + files.root());
    return 0;
  }

  private static long number(Args a, String name, long fallback) {
    try {
      return a.one(name).map(Long::parseLong).orElse(fallback);
    } catch (NumberFormatException e) {
      throw new UsageException("demo-data: --" + name + " must be a whole number");
    }
  }
}
