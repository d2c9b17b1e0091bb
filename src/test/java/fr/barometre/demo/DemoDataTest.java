package fr.barometre.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.config.BarometreConfig;
import fr.barometre.config.Methodology;
import fr.barometre.testing.SparkTestSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator without Spark: reproducible bytes, INSEE's header, valid fictitious SIRETs. */
class DemoDataTest {
  private static final Methodology M = BarometreConfig.load(Optional.empty()).methodology();
  private static DemoFiles first;
  private static DemoFiles second;

  @BeforeAll
  static void generateTwice() throws IOException {
    first = DemoData.generate(SparkTestSession.tempDir("demo-a"), 7L, 200, M);
    second = DemoData.generate(SparkTestSession.tempDir("demo-b"), 7L, 200, M);
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  @Test
  void sameSeedGivesByteIdenticalFiles() throws IOException {
    List<Path> names = files(first.root());
    assertThat(names).isEqualTo(files(second.root()));
    assertThat(names).anyMatch(p -> p.toString().endsWith(".xlsx"));
    for (Path p : names) {
      assertThat(Files.readAllBytes(second.root().resolve(p))).as(p.toString())
          .isEqualTo(Files.readAllBytes(first.root().resolve(p)));
    }
  }

  @Test
  void anotherSeedGivesOtherData() throws IOException {
    DemoFiles other = DemoData.generate(SparkTestSession.tempDir("demo-c"), 8L, 200, M);
    assertThat(Files.readAllBytes(other.sirene())).isNotEqualTo(Files.readAllBytes(first.sirene()));
  }

  @Test
  void stocksHaveInseesExactHeader() throws IOException {
    String worked = Files.readAllLines(SparkTestSession.worked().resolve("inputs/sirene_2025-01-01.csv")).get(0);
    for (Path stock : List.of(first.sirene(), first.sirenePrevious())) {
      List<String> lines = Files.readAllLines(stock, StandardCharsets.UTF_8);
      assertThat(lines.get(0)).isEqualTo(worked);
      assertThat(lines.get(0).split(",")).hasSize(54);
      assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(54));
    }
  }

  @Test
  void everySiretIsFictitiousAndPassesLuhn() throws IOException {
    List<String> lines = Files.readAllLines(first.sirene(), StandardCharsets.UTF_8);
    assertThat(lines).hasSizeGreaterThan(1000);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      assertThat(f[2]).startsWith(FictitiousSirets.PREFIX).hasSize(14).isEqualTo(f[0] + f[1]);
      assertThat(luhn(f[0])).as("SIREN %s", f[0]).isTrue();
      assertThat(luhn(f[2])).as("SIRET %s", f[2]).isTrue();
    }
  }

  @Test
  void misKeyedSiretFailsLuhn() {
    String good = new FictitiousSirets().next();
    assertThat(luhn(good)).isTrue();
    assertThat(luhn(FictitiousSirets.misKeyed(good))).isFalse();
  }

  @Test
  void relevesComeInBothCsvDialects() throws IOException {
    byte[] french = Files.readAllBytes(first.releves().resolve("releve_2023-S1_grand-est.csv"));
    String header = new String(french, java.nio.charset.Charset.forName("windows-1252")).lines().findFirst().orElseThrow();
    assertThat(header).startsWith("Relève;ID événement;SIRET;");
    byte[] national = Files.readAllBytes(first.releves().resolve("releve_2023-S1_national.csv"));
    assertThat(new String(national, StandardCharsets.UTF_8)).startsWith("\uFEFFreleve,id_evenement,siret,")
        .contains(",naf,filiere,statut,");
    assertThat(header).contains(";NAF;Filière;Statut;");
  }

  /** Luhn check, written from its definition (every second digit from the right doubled). */
  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
