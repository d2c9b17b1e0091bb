package fr.barometre.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.barometre.errors.UnreadableInputException;
import org.junit.jupiter.api.Test;

/** The reader of the reference CSV files: RFC 4180 quoting, CRLF, and a clear missing-file error. */
class CsvResourceTest {
  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
    CsvResource csv = CsvResource.read("fr/barometre/reference/quoted.csv");
    assertThat(csv.size()).isEqualTo(3);
    assertThat(csv.get(0, "label")).isEqualTo("Say \"hi\", then go");
    assertThat(csv.get(1, "label")).isEqualTo("two\nlines");
    assertThat(csv.get(2, "code")).isEqualTo("C");
    assertThat(csv.get(2, "label")).isEmpty();
  }

  @Test
  void aMissingResourceIsAnUnreadableInputNamingIt() {
    assertThatThrownBy(() -> CsvResource.read("reference/cog/nope.csv"))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("reference/cog/nope.csv");
  }

  @Test
  void anUnknownColumnIsAProgrammingError() {
    CsvResource csv = CsvResource.read("fr/barometre/reference/quoted.csv");
    assertThatThrownBy(() -> csv.get(0, "nope")).isInstanceOf(IllegalArgumentException.class);
  }
}
