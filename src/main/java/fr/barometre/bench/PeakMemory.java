package fr.barometre.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The memory one measured step takes in this JVM: the driver's peak heap in use (sampled every
 * {@value #PERIOD_MS} ms, so a shorter spike can be missed), the garbage collectors' time, and the
 * process's peak resident set ({@code VmHWM} of {@code /proc/self/status}, reset at the start of the
 * step through {@code /proc/self/clear_refs} where the kernel allows it). The resident set counts
 * everything in the process: Spark's executors of a local master, and DuckDB, which runs in-process.
 */
final class PeakMemory implements AutoCloseable {
  /** What one step took. */
  record Peak(long heapBytes, long rssBytes, boolean rssReset, long gcMillis) {}

  private static final long PERIOD_MS = 100;
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private final long gcStart;
  private final boolean rssReset;
  private volatile long heapPeak;
  private volatile boolean running = true;

  private PeakMemory() {
    System.gc(); // start each step from the live set, not from the previous step's garbage
    rssReset = resetRss();
    gcStart = gcMillis();
    heapPeak = memory.getHeapMemoryUsage().getUsed();
    sampler = new Thread(this::sample, "bench-peak-memory");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts measuring now. */
  static PeakMemory start() {
    return new PeakMemory();
  }

  /** Stops measuring and returns the peaks since {@link #start()}. */
  Peak stop() {
    running = false;
    sampler.interrupt();
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long heap = Math.max(heapPeak, memory.getHeapMemoryUsage().getUsed());
    return new Peak(heap, rssHighWaterMark().orElse(-1L), rssReset, gcMillis() - gcStart);
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }

  private void sample() {
    while (running) {
      long used = memory.getHeapMemoryUsage().getUsed();
      if (used > heapPeak) {
        heapPeak = used;
      }
      try {
        Thread.sleep(PERIOD_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .filter(t -> t > 0)
        .sum();
  }

  /** Writing 5 to clear_refs resets the peak resident set (Linux 4.0 and later). */
  private static boolean resetRss() {
    try {
      Files.writeString(CLEAR_REFS, "5");
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** The process's peak resident set in bytes, when the system publishes it. */
  static Optional<Long> rssHighWaterMark() {
    try {
      return Files.readAllLines(STATUS).stream()
          .filter(l -> l.startsWith("VmHWM:"))
          .findFirst()
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
