package fr.barometre.reference;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/** NAF rév. 2 labels: every sous-classe, its label and its section. */
class NafTest {
  @Test
  void hasThe732SousClassesInCodeForm() {
    assertThat(Naf.load()).hasSize(732);
    assertThat(Naf.load().keySet()).allMatch(code -> code.matches("\\d\\d\\.\\d\\d[A-Z]"));
  }

  @Test
  void labelsAndSections() {
    assertThat(Naf.label("27.20Z")).hasValue("Fabrication de piles et d'accumulateurs électriques");
    // A label with a comma survives the CSV round trip.
    assertThat(Naf.label("01.13Z"))
        .hasValue("Culture de légumes, de melons, de racines et de tubercules");
    assertThat(Naf.load().get("27.20Z").section()).isEqualTo("C");
    assertThat(Naf.load().get("05.10Z").section()).isEqualTo("B");
    assertThat(Naf.load().get("35.11Z").section()).isEqualTo("D");
    assertThat(Naf.load().get("38.11Z").section()).isEqualTo("E");
    assertThat(Naf.load().get("99.00Z").section()).isEqualTo("U");
    assertThat(Naf.label("00.00Z")).isEmpty();
    assertThat(Naf.label(null)).isEmpty();
  }

  @Test
  void manufacturingIsDivisions10To33() {
    assertThat(Naf.load().values().stream().filter(c -> c.section().equals("C")))
        .allMatch(c -> {
          int division = Integer.parseInt(c.code().substring(0, 2));
          return division >= 10 && division <= 33;
        });
  }

  @Test
  void labelsDataset() {
    assertThat(Naf.labels(SparkTestSession.get()).where("naf = '25.62A'").first().getString(1))
        .isEqualTo("Décolletage");
  }
}
