package fr.barometre.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/**
 * The half-year chart: one category per half-year of the vintage (years left out), in period
 * order; openings and extensions stacked upwards, closures and reductions downwards, the net as a
 * second series equal to the {@code net} column.
 */
class HalfYearChartTest {
  private static Figures country(String period, long o, long e, long c, long r) {
    return new Figures("country", "FR", "France", period, o, e, c, r, o + e - c - r, o - c);
  }

  private static final List<Figures> COUNTRY =
      List.of(
          country("2024", 114, 152, 119, 58),
          country("2024-S2", 59, 77, 59, 28),
          country("2023-S2", 72, 80, 44, 12),
          country("2024-S1", 55, 75, 60, 30));

  @Test
  void halfYearsInOrderWithComponentsSignedAndTheNetAsALine() {
    JFreeChart chart = HalfYearChart.chart(COUNTRY, "2024-S2");
    CategoryPlot plot = chart.getCategoryPlot();
    CategoryDataset bars = plot.getDataset(0);
    CategoryDataset net = plot.getDataset(1);
    assertThat(bars.getColumnKeys()).containsExactly("S2 2023", "S1 2024", "S2 2024");
    assertThat(bars.getRowKeys()).containsExactly("Ouvertures", "Extensions", "Fermetures", "Réductions");
    assertThat(bars.getValue("Ouvertures", "S1 2024")).isEqualTo(55.0);
    assertThat(bars.getValue("Extensions", "S1 2024")).isEqualTo(75.0);
    assertThat(bars.getValue("Fermetures", "S1 2024")).isEqualTo(-60.0);
    assertThat(bars.getValue("Réductions", "S1 2024")).isEqualTo(-30.0);
    // 2024's published halves: net 40 then 49.
    assertThat(net.getValue("Solde net", "S1 2024")).isEqualTo(40.0);
    assertThat(net.getValue("Solde net", "S2 2024")).isEqualTo(49.0);
  }

  @Test
  void drawnAtTheReportsSize() {
    BufferedImage image = HalfYearChart.image(COUNTRY, "2024-S2");
    assertThat(image.getWidth()).isEqualTo(HalfYearChart.WIDTH);
    assertThat(image.getHeight()).isEqualTo(HalfYearChart.HEIGHT);
  }

  @Test
  void noHalfYearNoChart() {
    assertThat(HalfYearChart.image(List.of(country("2024", 1, 0, 0, 0)), "2024-S2")).isNull();
  }
}
