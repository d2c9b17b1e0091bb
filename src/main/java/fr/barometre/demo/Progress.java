package fr.barometre.demo;

import java.io.PrintStream;
import java.util.function.Consumer;

/** Prints one line per step of a long run, prefixed with the seconds elapsed since the start. */
public final class Progress implements Consumer<String> {
  private final PrintStream out;
  private final long start = System.nanoTime();

  public Progress(PrintStream out) {
    this.out = out;
  }

  @Override
  public void accept(String step) {
    out.printf("[%4d s] %s%n", seconds(), step);
    out.flush();
  }

  public long seconds() {
    return (System.nanoTime() - start) / 1_000_000_000L;
  }
}
