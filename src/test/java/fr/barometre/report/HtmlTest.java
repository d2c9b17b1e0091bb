package fr.barometre.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Escaping and the French forms of figures, dates and periods. */
class HtmlTest {
  @Test
  void textIsEscapedInCellsAndHeaders() {
    String table = Html.table(List.of("<b>"), List.of(List.of("Forges & Fils <script>\"'")), 1, "");
    assertThat(table).contains("<th>&lt;b&gt;</th>");
    assertThat(table).contains("<td>Forges &amp; Fils &lt;script&gt;&quot;&#39;</td>");
    assertThat(table).doesNotContain("<script>");
  }

  @Test
  void anEmptyTableIsASentence() {
    assertThat(Html.table(List.of("a"), List.of(), 0, "Rien <ici>")).isEqualTo("<p class=\"empty\">Rien &lt;ici&gt;</p>\n");
  }

  @Test
  void figuresDatesAndPeriodsInFrench() {
    assertThat(Labels.signed(15)).isEqualTo("+15");
    assertThat(Labels.signed(-3)).isEqualTo("\u22123");
    assertThat(Labels.signed(0)).isEqualTo("0");
    assertThat(Labels.period("2024-S1")).isEqualTo("1er semestre 2024");
    assertThat(Labels.period("2024-S2")).isEqualTo("2e semestre 2024");
    assertThat(Labels.date(java.time.LocalDate.of(2024, 12, 28))).isEqualTo("28/12/2024");
    assertThat(Labels.flags("naf_unknown;headcount_unknown")).isEqualTo("activité inconnue, effectif inconnu");
    assertThat(Labels.word("something_new")).isEqualTo("something_new");
  }
}
