package fr.barometre.cli;

import static fr.barometre.testing.Launch.launch;
import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * {@code barometre serve}'s command line: what is wrong is reported on one line before any port is
 * opened (the server itself runs in {@code LakeServerTest}, in its own JVM).
 */
class ServeCommandTest {

  @Test
  void badOptionsExitWith2() {
    assertThat(launch("serve", "--port", "http")).isEqualTo("2|barometre: serve: --port takes a port number 1..65535, not 'http'");
    assertThat(launch("serve", "--port", "70000")).isEqualTo("2|barometre: serve: --port takes a port number 1..65535, not '70000'");
    assertThat(launch("serve", "--bind", "no.such.host.invalid"))
        .isEqualTo("2|barometre: serve: --bind takes an address of this machine, not 'no.such.host.invalid'");
    assertThat(launch("serve", "--users", "all")).isEqualTo("2|barometre: serve: unknown option --users");
  }

  @Test
  void aLakeWithoutTablesExitsWith3BeforeListening() {
    SparkTestSession.get();
    String empty = SparkTestSession.tempDir("serve-empty-lake").toString();
    assertThat(launch("serve", "--lake", empty, "--port", "10000"))
        .isEqualTo("3|barometre: no Delta table in lake " + empty + " (run a vintage first)");
  }
}
