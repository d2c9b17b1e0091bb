package fr.barometre.lake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Run ids: the run's start time in UTC, fixed width to the microsecond, then a random suffix
 * ({@code 20261202T171925.123456Z-1a2b3c4d}). Their string order is their start order, which
 * {@link Publication} relies on: of two runs of a vintage, the later-started one's figures stand.
 */
public final class RunId {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private RunId() {}

  /** A new id for a run starting now. */
  public static String next() {
    return startedAt(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The prefix of the ids of runs started at {@code instant}: smaller ids started before it. */
  public static String startedAt(Instant instant) {
    return FORMAT.format(instant);
  }
}
