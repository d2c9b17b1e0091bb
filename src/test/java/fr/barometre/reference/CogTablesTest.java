package fr.barometre.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The COG 2026 as plain maps: sizes of the grid and each way a commune code is resolved. */
class CogTablesTest {
  private final CogTables cog = Cog.load();

  @Test
  void theGridHas18RegionsAnd101Departements() {
    assertThat(cog.regions().values().stream().filter(Territory::inGrid)).hasSize(18);
    assertThat(cog.departments().values().stream().filter(Territory::inGrid)).hasSize(101);
    assertThat(
            cog.departments().values().stream().filter(Territory::inGrid).map(Territory::code))
        .contains("01", "2A", "2B", "95", "971", "972", "973", "974", "976")
        .doesNotContain("20", "975", "987", "ZZ");
    assertThat(cog.regions().get("84").name()).isEqualTo("Auvergne-Rhône-Alpes");
    assertThat(cog.departments().get("69").name()).isEqualTo("Rhône");
    assertThat(cog.departments().get("976").regionCode()).isEqualTo("06");
  }

  @Test
  void collectivitesOutreMerAndUnlocatedAreTerritoriesOffTheGrid() {
    for (Map<String, Territory> level : java.util.List.of(cog.regions(), cog.departments())) {
      assertThat(level.get("987").name()).isEqualTo("Polynésie française");
      assertThat(level.get("987").inGrid()).isFalse();
      assertThat(level.get(Cog.UNLOCATED_CODE).name()).isEqualTo("Non localisé");
      assertThat(level.get(Cog.UNLOCATED_CODE).inGrid()).isFalse();
      assertThat(level.values().stream().filter(t -> !t.inGrid()).map(Territory::code))
          .containsExactlyInAnyOrder("975", "977", "978", "984", "986", "987", "988", "989", "ZZ");
    }
  }

  @Test
  void countsCurrentCommunesAndArrondissements() {
    long currentInDepartements =
        cog.resolution().values().stream()
            .filter(r -> r.kind().equals("commune"))
            .filter(r -> cog.departments().get(r.departmentCode()).inGrid())
            .count();
    assertThat(currentInDepartements).isEqualTo(34_875);
    assertThat(cog.resolution().values().stream().filter(r -> r.kind().equals("arrondissement")))
        .hasSize(45);
    assertThat(cog.communeNames()).containsEntry("74010", "Annecy");
  }

  @Test
  void arrondissementsMunicipauxResolveToTheirCommune() {
    assertResolves("75108", "75056", "75", "11");
    assertResolves("69383", "69123", "69", "84");
    assertResolves("13201", "13055", "13", "93");
    assertResolves("75120", "75056", "75", "11");
  }

  @Test
  void communesDelegueesAndAssocieesResolveToTheirCommuneNouvelle() {
    // Annecy-le-Vieux, commune déléguée of Annecy since 2017.
    assertResolves("74011", "74010", "74", "84");
    assertThat(cog.resolve("74011").orElseThrow().kind()).isEqualTo("deleguee");
    // Lamarche-en-Woëvre, commune associée of Nonsard-Lamarche; it is also listed as a former code
    // of Heudicourt-sous-les-Côtes (55245): déléguée/associée comes first.
    assertResolves("55273", "55386", "55", "44");
  }

  @Test
  void aCodeThatIsBothCurrentAndDelegueeIsItself() {
    // Annecy is a current commune and the commune déléguée of the same name.
    assertResolves("74010", "74010", "74", "84");
    assertThat(cog.resolve("74010").orElseThrow().kind()).isEqualTo("commune");
  }

  @Test
  void aFormerCodeResolvesToTheCurrentCommune() {
    // 01003 is among the anciensCodes of Francheleins (01165).
    assertResolves("01003", "01165", "01", "84");
    assertThat(cog.resolve("01003").orElseThrow().kind()).isEqualTo("ancien");
  }

  @Test
  void corsicaOverseasAndCollectivitesOutreMer() {
    assertResolves("2A004", "2A004", "2A", "94");
    assertResolves("97415", "97415", "974", "04");
    assertResolves("98735", "98735", "987", "987");
  }

  @Test
  void unknownCodesAreNotResolved() {
    assertThat(cog.resolve("99999")).isEmpty();
    assertThat(cog.resolve("1053")).as("4-digit codes are normalised upstream").isEmpty();
    assertThat(cog.resolve(null)).isEmpty();
  }

  private void assertResolves(String code, String commune, String department, String region) {
    assertThat(cog.resolve(code))
        .as(code)
        .hasValueSatisfying(
            r -> {
              assertThat(r.communeCode()).isEqualTo(commune);
              assertThat(r.departmentCode()).isEqualTo(department);
              assertThat(r.regionCode()).isEqualTo(region);
            });
  }
}
