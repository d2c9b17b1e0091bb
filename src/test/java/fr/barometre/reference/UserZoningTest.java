package fr.barometre.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import fr.barometre.config.BarometreConfig;
import fr.barometre.config.Zoning;
import fr.barometre.errors.UnreadableInputException;
import fr.barometre.errors.UsageException;
import fr.barometre.testing.SparkTestSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * User zonings (sectors-jobs-territories.md §3): the example file reads, a malformed file is an
 * unreadable input naming the file and the line, a bad level name a configuration error.
 */
class UserZoningTest {
  private static final Configuration HADOOP = new Configuration();
  private static final String HEADER = "commune_code,zone_code,zone_name\n";

  private static Path file(String content) throws IOException {
    Path f = SparkTestSession.tempDir("zoning").resolve("zones.csv");
    Files.write(f, content.getBytes(StandardCharsets.UTF_8));
    return f;
  }

  private static UserZoning read(Path f) {
    return UserZoning.read(new Zoning(0, "bassin", f.toString()), HADOOP);
  }

  @Test
  void theExampleFileGivesItsZonesOnTheGridAndZzOffIt() {
    UserZoning z = UserZoning.read(new Zoning(0, "exemple", "conf/zonings/exemple.csv"), HADOOP);
    var spark = SparkTestSession.get();
    assertThat(z.communes(spark).count()).isEqualTo(9);
    List<Row> zones = z.territories(spark).orderBy("territory_code").collectAsList();
    assertThat(zones).extracting(r -> r.getString(0) + "," + r.getString(1) + "," + r.getBoolean(3))
        .containsExactly("exemple,EURE,true", "exemple,GRE,true", "exemple,LYON,true", "exemple,PARIS,true",
            "exemple,ZZ,false");
    assertThat(zones.get(0).getString(2)).isEqualTo("Exemple : Eure (Les Andelys, Bernay)");
  }

  @Test
  void aByteOrderMarkCrlfAndAFourDigitCodeAreAccepted() throws IOException {
    UserZoning z = read(file("\uFEFFcommune_code,zone_code,zone_name\r\n1053,A,Ain\r\n38185,B,\"Isère, Grenoble\"\r\n"));
    assertThat(z.communes(SparkTestSession.get()).orderBy("commune_code").collectAsList())
        .extracting(r -> r.getString(0) + "=" + r.getString(1))
        .containsExactly("01053=A", "38185=B");
  }

  @Test
  void aMissingFileNamesItselfAndItsEntry() {
    assertThatThrownBy(() -> read(Paths.get("target", "no-such-zoning.csv")))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("zoning file not found")
        .hasMessageContaining("no-such-zoning.csv")
        .hasMessageContaining("barometre.territories.zonings[0]");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("", 1, "is empty"),
        Arguments.of("commune,zone,name\n38185,A,Alpes\n", 1, "has the header"),
        Arguments.of(HEADER + "38185,A,Alpes\n69123,B\n", 3, "has 2 fields, not 3"),
        Arguments.of(HEADER + "38185,A,Alpes\n69123,,Lyon\n", 3, "has an empty field"),
        Arguments.of(HEADER + "38185,A,Alpes\nLyon,B,Lyon\n", 3, "which is not an INSEE code"),
        Arguments.of(HEADER + "38185,ZZ,Alpes\n", 2, "reserved"),
        Arguments.of(HEADER + "38185,A,Alpes\n69123,B,Lyon\n38185,B,Lyon\n", 4,
            "lists commune 38185 again (first on line 2)"),
        Arguments.of(HEADER + "38185,A,Alpes\n69123,A,Rhône\n", 3, "names zone A 'Rhône', elsewhere 'Alpes'"),
        Arguments.of(HEADER + "38185,A,\"Alpes\n69123,B,Lyon\n", 2, "never closed"),
        Arguments.of(HEADER, 1, "has no zone"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void aMalformedFileNamesTheFileAndTheLine(String content, int line, String what) throws IOException {
    Path f = file(content);
    assertThatThrownBy(() -> read(f))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageStartingWith("zoning file " + f + ", line " + line + ": ")
        .hasMessageContaining(what);
  }

  @Test
  void aFileThatIsNotUtf8NamesItsLine() throws IOException {
    Path f = SparkTestSession.tempDir("zoning").resolve("latin1.csv");
    Files.write(f, (HEADER + "38185,A,Alpes\n38151,A,Alpes\n69123,B,Rh\u00f4ne\n").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> read(f)).hasMessage("zoning file " + f + ", line 4: is not UTF-8");
  }

  @ParameterizedTest
  @CsvSource({"Zone_Emploi", "1zone", "epci", "region", "zone-emploi"})
  void aBadLevelNameIsAConfigurationError(String level) {
    var overrides = ConfigFactory.parseString(
        "barometre.territories.zonings = [ { level = \"" + level + "\", file = \"conf/zonings/exemple.csv\" } ]");
    assertThatThrownBy(() -> BarometreConfig.load(Optional.empty(), overrides))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("barometre.territories.zonings[0].level");
  }

  @Test
  void aLevelDeclaredTwiceIsAConfigurationError() {
    var overrides = ConfigFactory.parseString(
        "barometre.territories.zonings = [ { level = a, file = x.csv }, { level = a, file = y.csv } ]");
    assertThatThrownBy(() -> BarometreConfig.load(Optional.empty(), overrides))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("declared twice");
  }
}
