package fr.barometre.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The printed sector table: every sector in the given order, labels without their parenthesis, the total last. */
class DemoSummaryTest {
  private static DemoFigures f(String code, String name, String period, long o, long e, long c, long r,
      long created, long lost) {
    return new DemoFigures(code, name, period, o, e, c, r, o + e - c - r, o - c, created, lost, created - lost);
  }

  @Test
  void sectorsOfTheLatestYearThenTheirTotal() {
    List<DemoFigures> national = List.of(f("FR", "France", "2024", 3, 1, 2, 1, 90, 60));
    List<DemoFigures> sectors = List.of(
        f("industries_vertes", "Industries vertes et économie circulaire", "2024", 3, 0, 0, 0, 80, 0),
        f("transport", "Transports (automobile, aéronautique, ferroviaire, naval)", "2024", 0, 1, 2, 1, 10, 60));
    String text = DemoSummary.of(new DemoResult("2024-S2", national, List.of(), sectors, 0, "lake", Optional.empty()));
    List<String> lines = text.lines().dropWhile(l -> !l.startsWith("Filières en 2024")).toList();
    assertThat(lines.get(1)).startsWith("Filière").contains("Empl. créés");
    assertThat(lines.get(2).split(" {2,}"))
        .containsExactly("Industries vertes et économie circulaire", "3", "0", "0", "0", "3", "80", "0", "80");
    assertThat(lines.get(3).split(" {2,}")).containsExactly("Transports", "0", "1", "2", "1", "-2", "10", "60", "-50");
    assertThat(lines.get(4).split(" {2,}")).containsExactly("Ensemble", "3", "1", "2", "1", "1", "90", "60", "30");
  }
}
