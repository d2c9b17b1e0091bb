package fr.barometre.ingest.releve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReleveColumnsTest {
  @Test
  void normalisesHeadersAsTheFormatSays() {
    assertThat(ReleveColumns.normalise("Date d'effet")).isEqualTo("dateeffet");
    assertThat(ReleveColumns.normalise("date_effet")).isEqualTo("dateeffet");
    assertThat(ReleveColumns.normalise("DATE EFFET")).isEqualTo("dateeffet");
    assertThat(ReleveColumns.normalise("Type d’événement")).isEqualTo("typeevenement");
    assertThat(ReleveColumns.normalise("Effectif après")).isEqualTo("effectifapres");
    // Elisions are removed at a word start only; inside a word the letter stays.
    assertThat(ReleveColumns.normalise("Nombre l'an")).isEqualTo("nombrean");
    assertThat(ReleveColumns.normalise("Sold'é")).isEqualTo("solde");
  }

  @Test
  void mapsHeadersToCanonicalColumns() {
    assertThat(ReleveColumns.canonicalOf("Relève")).contains("releve");
    assertThat(ReleveColumns.canonicalOf("ID événement")).contains("id_evenement");
    assertThat(ReleveColumns.canonicalOf(" Variation production PCT "))
        .contains("variation_production_pct");
    assertThat(ReleveColumns.canonicalOf("Investissement MEUR")).contains("investissement_meur");
    assertThat(ReleveColumns.canonicalOf("France 2030")).contains("france2030");
    assertThat(ReleveColumns.canonicalOf("Observations")).isEmpty();
  }

  @Test
  void filiereAndItsAliasSecteurAreTheSameColumn() {
    assertThat(ReleveColumns.canonicalOf("Filière")).contains("filiere");
    assertThat(ReleveColumns.canonicalOf("FILIERE")).contains("filiere");
    assertThat(ReleveColumns.canonicalOf("Secteur")).contains("filiere");
    // Added last, so that the bronze columns before it keep their positions.
    assertThat(ReleveColumns.CANONICAL.get(ReleveColumns.CANONICAL.size() - 1)).isEqualTo("filiere");
  }
}
