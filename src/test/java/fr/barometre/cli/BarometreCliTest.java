package fr.barometre.cli;

import static fr.barometre.testing.Launch.launch;
import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.errors.ExitCodes;
import fr.barometre.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/** Exit statuses and one-line messages of the launcher (shared/spec/interfaces.md). */
class BarometreCliTest {

  @Test
  void badCommandLinesExitWith2AndOneLine() {
    assertThat(launch("frobnicate")).startsWith("2|barometre: unknown command 'frobnicate'");
    assertThat(launch("run", "--vintage", "2024-S3", "--releves", "x"))
        .isEqualTo("2|barometre: a vintage is YYYY-S1 or YYYY-S2, not '2024-S3'");
    assertThat(launch("run", "--vintage", "2024-S2")).isEqualTo("2|barometre: run: --releves PATH [PATH...] is required");
    assertThat(launch("run", "--vintage", "2024-S2", "--releves", "x", "--colour", "red"))
        .isEqualTo("2|barometre: run: unknown option --colour");
    assertThat(launch("run", "--vintage", "2024-S2", "--releves", "x", "--sirene-date", "2025-01-01"))
        .isEqualTo("2|barometre: run: --sirene-date needs --sirene");
    assertThat(launch("export", "--table", "nope", "--vintage", "2024-S2", "--out", "x.csv"))
        .startsWith("2|barometre: export: unknown table 'nope'");
    // A table of the catalog that export does not write is unknown to it, like any other name.
    assertThat(launch("export", "--table", "runs", "--vintage", "2024-S2", "--out", "x.csv"))
        .startsWith("2|barometre: export: unknown table 'runs' (one of ")
        .contains("net_openings", "net_openings_by_sector", "events", "candidates", "rejects", "revisions");
    assertThat(launch("run", "--vintage", "2024-S2", "--releves", "x", "--conf", "/no/such.conf"))
        .isEqualTo("2|barometre: configuration file not found: /no/such.conf");
  }

  @Test
  void unreadableInputsExitWith3WithoutAStackTrace() {
    SparkTestSession.get();
    String lake = SparkTestSession.tempDir("cli-lake").toString();
    String missing = launch("run", "--vintage", "2024-S2", "--lake", lake, "--releves", "/no/such/folder");
    assertThat(missing).startsWith(ExitCodes.UNREADABLE_INPUT + "|barometre: ").contains("/no/such/folder");
    assertThat(missing.lines().count()).isEqualTo(1);
    String export = launch("export", "--lake", lake, "--table", "events", "--vintage", "2024-S2", "--out", lake + "/x.csv");
    assertThat(export).startsWith("3|barometre: no table 'events' in lake");
  }

  @Test
  void helpListsCommandsAndExitStatuses() {
    assertThat(Barometre.execute("--help")).isZero();
    assertThat(Barometre.execute()).isEqualTo(ExitCodes.USAGE);
  }
}
