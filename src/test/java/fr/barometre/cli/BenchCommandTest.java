package fr.barometre.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.barometre.bench.BenchOptions;
import fr.barometre.errors.UsageException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code barometre bench}'s command line: defaults, and bad values as usage errors. */
class BenchCommandTest {
  private static BenchOptions parse(String... argv) {
    return BenchCommand.options(
        Args.parse("bench", List.of(argv), BenchCommand.SINGLE, BenchCommand.MULTI, Set.of()));
  }

  @Test
  void defaultsMeasureEveryStepOfBothFormatsOnTwoCores() {
    BenchOptions o = parse("--rows", "1_000_000", "10000000", "--work", "/tmp/b", "--releves", "r");
    assertThat(o.rows()).containsExactly(1_000_000L, 10_000_000L);
    assertThat(o.formats()).containsExactly("csv", "parquet");
    assertThat(o.steps()).containsExactly("scope", "ingest", "rerun");
    assertThat(o.threads()).isEqualTo(2);
    assertThat(o.vintage().toString()).isEqualTo("2025-S2");
    assertThat(o.settleLoad()).isEqualTo(BenchOptions.SETTLE_LOAD);
    assertThat(o.warmupRows()).isEqualTo(BenchOptions.WARMUP_ROWS);
  }

  @Test
  void warmupTakesARowCountAndZeroMeansNone() {
    assertThat(parse("--rows", "10", "--work", "w", "--steps", "scope", "--warmup", "0").warmupRows()).isZero();
    assertThat(parse("--rows", "10", "--work", "w", "--steps", "scope", "--warmup", "200_000").warmupRows())
        .isEqualTo(200_000L);
    assertThatThrownBy(() -> parse("--rows", "10", "--work", "w", "--steps", "scope", "--warmup", "-5"))
        .isInstanceOf(UsageException.class).hasMessageContaining("'-5'");
  }

  @Test
  void settleTakesALoadAverageAndZeroMeansAtOnce() {
    assertThat(parse("--rows", "10", "--work", "w", "--steps", "scope", "--settle", "0").settleLoad()).isZero();
    assertThat(parse("--rows", "10", "--work", "w", "--steps", "scope", "--settle", "1.5").settleLoad()).isEqualTo(1.5);
    assertThatThrownBy(() -> parse("--rows", "10", "--work", "w", "--steps", "scope", "--settle", "-1"))
        .isInstanceOf(UsageException.class).hasMessageContaining("--settle");
  }

  @Test
  void badValuesAreUsageErrors() {
    assertThatThrownBy(() -> parse("--work", "w")).isInstanceOf(UsageException.class).hasMessageContaining("--rows");
    assertThatThrownBy(() -> parse("--rows", "0", "--work", "w", "--steps", "scope"))
        .isInstanceOf(UsageException.class).hasMessageContaining("'0'");
    assertThatThrownBy(() -> parse("--rows", "10", "--work", "w", "--format", "xlsx", "--steps", "scope"))
        .isInstanceOf(UsageException.class).hasMessageContaining("xlsx");
    assertThatThrownBy(() -> parse("--rows", "10", "--work", "w"))
        .isInstanceOf(UsageException.class).hasMessageContaining("--releves");
    assertThat(parse("--rows", "10", "--work", "w", "--steps", "scope").steps()).containsExactly("scope");
  }
}
