package fr.barometre.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import fr.barometre.errors.UsageException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sector list and NAF prefix tables of barometre.methodology.sectors, and their checks. */
class SectorsConfigTest {
  private static Sectors sectors(String hocon) {
    return BarometreConfig.load(Optional.empty(), ConfigFactory.parseString(hocon)).methodology().sectors();
  }

  @Test
  void theDefaultsAreTheSpecsListAndTables() {
    Sectors s = sectors("");
    assertThat(s.codes()).hasSize(18).startsWith("agroalimentaire", "industries_vertes", "transport")
        .endsWith("defense", "autres", "non_classe");
    assertThat(s.labels().get("materiaux")).isEqualTo("Matériaux de construction, verre et céramique");
    assertThat(s.other()).isEqualTo("autres");
    assertThat(s.unclassified()).isEqualTo("non_classe");
    assertThat(s.rev2Prefixes()).containsEntry("27.20", "industries_vertes").containsEntry("27", "electronique")
        .containsEntry("25.40", "defense").hasSize(39);
    // NAF 2025: the same table but weapons, renumbered 25.30.
    Map<String, String> moved = new HashMap<>(s.rev2Prefixes());
    moved.remove("25.40");
    moved.put("25.30", "defense");
    assertThat(s.naf2025Prefixes()).isEqualTo(moved);
  }

  @Test
  void aBadPrefixOrAnUnknownSectorIsAConfigurationError() {
    assertThatThrownBy(() -> sectors("barometre.methodology.sectors.naf-prefixes.chimie = [\"2\"]"))
        .isInstanceOf(UsageException.class).hasMessageContaining("'2' is not a NAF prefix");
    assertThatThrownBy(() -> sectors("barometre.methodology.sectors.naf-prefixes.spatial = [\"30.30\"]"))
        .isInstanceOf(UsageException.class).hasMessageContaining("'spatial' is not a sector of the list");
    assertThatThrownBy(() -> sectors("barometre.methodology.sectors.naf-prefixes.chimie = [\"22\"]"))
        .isInstanceOf(UsageException.class).hasMessageContaining("prefix 22 given to both");
    assertThatThrownBy(() -> sectors("barometre.methodology.sectors.other = divers"))
        .isInstanceOf(UsageException.class).hasMessageContaining("barometre.methodology.sectors.other");
  }
}
