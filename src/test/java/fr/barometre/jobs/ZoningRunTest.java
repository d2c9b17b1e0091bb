package fr.barometre.jobs;

import static fr.barometre.testing.Launch.launch;
import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.lake.Lake;
import fr.barometre.testing.SparkTestSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * A run with a user zoning (conf/zonings/exemple.csv) on the worked example's 2024-S1 inputs: the
 * zoning's rows are in net_openings, every zone for every counted period, and the zones with ZZ
 * sum to the country (the run's audit checks it too). A missing zoning file stops the run with 3,
 * a bad level name with 2, each on one line naming what is wrong.
 */
class ZoningRunTest {
  private static String[] run(Path lake, Path conf) {
    Path in = SparkTestSession.worked().resolve("inputs");
    return new String[] {
      "run", "--vintage", "2024-S1", "--lake", lake.toString(), "--conf", conf.toString(),
      "--sirene", in.resolve("sirene_2025-01-01.csv").toString(), "--sirene-date", "2025-01-01",
      "--sirene-previous", in.resolve("sirene_2024-01-01.csv").toString(), "--sirene-previous-date", "2024-01-01",
      "--successions", in.resolve("successions.csv").toString(), "--releves", in.resolve("releves").toString()
    };
  }

  private static Path conf(String level, String file) throws IOException {
    Path conf = SparkTestSession.tempDir("zoning-conf").resolve("zonage.conf");
    Files.writeString(conf, "barometre.territories.zonings = [ { level = \"" + level + "\", file = \""
        + file.replace("\\", "/") + "\" } ]\n");
    return conf;
  }

  @Test
  void theZoningsRowsAreInNetOpeningsAndSumToTheCountry() throws IOException {
    Path lake = SparkTestSession.tempDir("zoning-lake");
    Path example = Paths.get("conf", "zonings", "exemple.csv").toAbsolutePath();
    assertThat(launch(run(lake, conf("exemple", example.toString())))).startsWith("0|");
    List<Row> rows =
        new Lake(SparkTestSession.get(), lake.toString()).read("net_openings")
            .where("territory_level IN ('country', 'exemple')").collectAsList();
    Map<String, Long> country = rows.stream().filter(r -> r.getAs("territory_level").equals("country"))
        .collect(Collectors.toMap(r -> r.getAs("period"), r -> r.<Long>getAs("net")));
    Map<String, Long> zones = rows.stream().filter(r -> r.getAs("territory_level").equals("exemple"))
        .collect(Collectors.groupingBy(r -> r.<String>getAs("period"), Collectors.summingLong(r -> r.<Long>getAs("net"))));
    assertThat(zones).isEqualTo(country);
    // The four zones in every counted period, zeros included.
    assertThat(rows.stream().filter(r -> r.getAs("territory_level").equals("exemple")
            && !r.getAs("territory_code").equals("ZZ")))
        .hasSize(4 * country.size());
    // The six counted events of 2022 are all outside the example's communes: under ZZ.
    assertThat(rows).filteredOn(r -> r.getAs("territory_level").equals("exemple") && r.getAs("period").equals("2022"))
        .extracting(r -> r.getAs("territory_code") + "=" + r.getAs("net"))
        .containsExactlyInAnyOrder("EURE=0", "GRE=0", "LYON=0", "PARIS=0", "ZZ=" + country.get("2022"));
  }

  @Test
  void aMissingZoningFileStopsTheRunWithThree() throws IOException {
    Path lake = SparkTestSession.tempDir("zoning-lake");
    String out = launch(run(lake, conf("bassin", "target/no-such-zoning.csv")));
    assertThat(out).startsWith("3|").contains("zoning file not found: target/no-such-zoning.csv");
    assertThat(lake.resolve("events")).doesNotExist();
  }

  @Test
  void aBadLevelNameStopsTheRunWithTwo() throws IOException {
    Path lake = SparkTestSession.tempDir("zoning-lake");
    String out = launch(run(lake, conf("Bassin d'emploi", "conf/zonings/exemple.csv")));
    assertThat(out).startsWith("2|").contains("barometre.territories.zonings[0].level");
  }
}
