package fr.barometre.demo;

import fr.barometre.config.Methodology;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Real NAF rév. 2 classes ({@code reference/naf/naf2.csv}) split by the configured industrial
 * scope (methodology §3: included divisions, excluded classes), so that the demo's counted events
 * are in scope and its out-of-scope ones are out of it by the same rule the pipeline applies.
 */
final class DemoNaf {
  private final List<String> all;
  private final List<String> inScope;
  private final List<String> outOfScope;
  private final Methodology methodology;

  DemoNaf(Methodology methodology) {
    this.methodology = methodology;
    // code is the first field; labels may be quoted and hold commas, but are not needed here.
    all = ResourceLines.of("reference/naf/naf2.csv").stream().map(l -> l.substring(0, l.indexOf(','))).toList();
    inScope = all.stream().filter(this::industrial).toList();
    outOfScope = all.stream().filter(c -> !industrial(c)).toList();
  }

  boolean industrial(String code) {
    return methodology.includedDivisions().contains(code.substring(0, 2))
        && !methodology.excludedClasses().contains(code);
  }

  String any(SplittableRandom r) {
    return all.get(r.nextInt(all.size()));
  }

  String industrial(SplittableRandom r) {
    return inScope.get(r.nextInt(inScope.size()));
  }

  /** An excluded class when {@code excludedClass}, else a class outside the included divisions. */
  String outOfScope(SplittableRandom r, boolean excludedClass) {
    List<String> pool = excludedClass ? methodology.excludedClasses() : outOfScope;
    return pool.get(r.nextInt(pool.size()));
  }
}
