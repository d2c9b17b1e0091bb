package fr.barometre.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import fr.barometre.config.BarometreConfig;
import fr.barometre.errors.UnreadableInputException;
import fr.barometre.errors.UsageException;
import fr.barometre.testing.SparkTestSession;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad arguments are usage errors (exit 2), a lake without the tables is unreadable input (exit 3). */
class ReportErrorsTest {
  private static final Path EMPTY_LAKE = SparkTestSession.tempDir("empty-lake");
  private static final Path OUT = SparkTestSession.tempDir("report-errors");

  private static BarometreConfig config(Map<String, Object> overrides) {
    return BarometreConfig.load(Optional.empty(), ConfigFactory.parseMap(overrides));
  }

  @Test
  void aMalformedPeriodOrVintageIsAUsageError() {
    BarometreConfig c = config(Map.of("barometre.lake", EMPTY_LAKE.toString()));
    assertThatThrownBy(() -> ReportJob.run(SparkTestSession.get(), c, "2024-S2", OUT, Optional.of("2024-S3")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("2024-S3");
    assertThatThrownBy(() -> ReportJob.run(SparkTestSession.get(), c, "2024", OUT))
        .isInstanceOf(UsageException.class);
  }

  @Test
  void classesPerSideOutOfRangeIsAUsageError() {
    BarometreConfig c =
        config(Map.of("barometre.lake", EMPTY_LAKE.toString(), "barometre.maps.classes-per-side", 9));
    assertThatThrownBy(() -> ReportJob.run(SparkTestSession.get(), c, "2024-S2", OUT))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("barometre.maps.classes-per-side");
  }

  @Test
  void aLakeWithoutTheTablesIsUnreadableInput() {
    BarometreConfig c = config(Map.of("barometre.lake", EMPTY_LAKE.toString()));
    assertThatThrownBy(() -> ReportJob.run(SparkTestSession.get(), c, "2024-S2", OUT))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining(EMPTY_LAKE.toString());
  }
}
