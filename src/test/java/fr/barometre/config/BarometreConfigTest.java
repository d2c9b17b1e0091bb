package fr.barometre.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import fr.barometre.errors.UsageException;
import java.io.File;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The run settings of {@code barometre.run} as each environment's file resolves them, and their checks. */
class BarometreConfigTest {
  private static BarometreConfig load(Optional<File> file, String hocon) {
    return BarometreConfig.load(file, ConfigFactory.parseString(hocon));
  }

  @Test
  void aRunReadsOneInputAtATimeLocallyAndAtOnceOnACluster() {
    assertThat(load(Optional.empty(), "").concurrentReads()).isEqualTo(1);
    assertThat(load(Optional.of(new File("conf/local.conf")), "").concurrentReads()).isEqualTo(1);
    assertThat(load(Optional.of(new File("conf/cluster.conf")), "").concurrentReads()).isEqualTo(5);
    assertThat(load(Optional.empty(), "barometre.run.concurrent-reads = 3").concurrentReads()).isEqualTo(3);
  }

  @Test
  void concurrentReadsUnderOneOrNotANumberIsAConfigurationError() {
    assertThatThrownBy(() -> load(Optional.empty(), "barometre.run.concurrent-reads = 0"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("barometre.run.concurrent-reads must be 1 or more, not 0");
    assertThatThrownBy(() -> load(Optional.empty(), "barometre.run.concurrent-reads = many"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("concurrent-reads");
  }
}
