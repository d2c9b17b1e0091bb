package fr.barometre.bench;

import java.util.Locale;

/**
 * One timed step of the benchmark: which stock (rows, input format), which step and engine, its
 * wall time, the rows it read per second, its peak memory, the rows it wrote, and the machine's
 * one-minute load average when it started (timings under load mean little on a shared machine).
 */
record Measurement(
    long rows,
    String format,
    String step,
    String engine,
    double seconds,
    PeakMemory.Peak peak,
    long rowsOut,
    double loadAverage) {

  static final String HEADER =
      "| rows | input | step | engine | wall s | rows/s | driver heap peak MB | RSS peak MB | GC s"
          + " | rows out | load avg |\n"
          + "|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|";

  double rowsPerSecond() {
    return rows / seconds;
  }

  String markdown() {
    return String.format(
        Locale.ROOT,
        "| %,d | %s | %s | %s | %.1f | %,.0f | %,d | %s | %.1f | %,d | %.1f |",
        rows,
        format,
        step,
        engine,
        seconds,
        rowsPerSecond(),
        peak.heapBytes() >> 20,
        peak.rssBytes() < 0
            ? "n/a"
            : String.format(Locale.ROOT, "%,d%s", peak.rssBytes() >> 20, peak.rssReset() ? "" : "*"),
        peak.gcMillis() / 1000.0,
        rowsOut,
        loadAverage);
  }
}
