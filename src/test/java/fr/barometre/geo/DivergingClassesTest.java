package fr.barometre.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes centred on zero: widths, signs, colours and labels. */
class DivergingClassesTest {
  @Test
  void wholeValuesGetWholeWidthsUpToTheLargestAbsoluteValue() {
    // Largest |value| 6, 3 classes a side: widths of 2 -> 1..2, 3..4, 5..6.
    DivergingClasses c = DivergingClasses.fit(List.of(-6.0, -1.0, 0.0, 2.0, 5.0), 3);
    assertThat(List.of(-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6).stream().map(c::classOf))
        .containsExactly(-3, -3, -2, -2, -1, -1, 0, 1, 1, 2, 2, 3, 3);
    assertThat(c.classes()).containsExactly(-3, -2, -1, 0, 1, 2, 3);
    assertThat(c.label(1)).isEqualTo("1 à 2");
    assertThat(c.label(3)).isEqualTo("≥ 5");
    assertThat(c.label(-2)).isEqualTo("−4 à −3");
    assertThat(c.label(-3)).isEqualTo("≤ −5");
    assertThat(c.label(0)).isEqualTo("0");
  }

  @Test
  void widthsRoundUpSoThatEveryValueHasAClass() {
    // |value| up to 7 with 3 classes: width ceil(7/3) = 3 -> 1..3, 4..6, >= 7.
    DivergingClasses c = DivergingClasses.fit(List.of(7.0, -7.0), 3);
    assertThat(c.classOf(3)).isEqualTo(1);
    assertThat(c.classOf(4)).isEqualTo(2);
    assertThat(c.classOf(7)).isEqualTo(3);
    assertThat(c.classOf(100)).as("beyond the fitted values: the last class").isEqualTo(3);
  }

  @Test
  void fractionalValuesGetHalfOpenIntervals() {
    DivergingClasses c = DivergingClasses.fit(List.of(-0.5, 1.5), 3);
    assertThat(c.classOf(0.5)).isEqualTo(1);
    assertThat(c.classOf(0.51)).isEqualTo(2);
    assertThat(c.label(1)).isEqualTo("]0 ; 0,5]");
    assertThat(c.label(-3)).isEqualTo("< −1");
  }

  @Test
  void allZeroStillClassifies() {
    DivergingClasses c = DivergingClasses.fit(List.of(0.0, 0.0), 2);
    assertThat(c.classOf(0)).isZero();
    assertThat(c.classOf(1)).isEqualTo(1);
  }

  @Test
  void lossesAreRedGainsBlueAndDarkerAwayFromZero() {
    DivergingClasses c = DivergingClasses.fit(List.of(-8.0, 8.0), 4);
    for (int i = 1; i <= 4; i++) {
      Color loss = c.color(-i);
      Color gain = c.color(i);
      assertThat(loss.getRed()).isGreaterThan(loss.getBlue());
      assertThat(gain.getBlue()).isGreaterThan(gain.getRed());
      if (i > 1) {
        assertThat(brightness(c.color(-i))).isLessThan(brightness(c.color(-i + 1)));
        assertThat(brightness(c.color(i))).isLessThan(brightness(c.color(i - 1)));
      }
    }
    assertThat(c.color(0)).isEqualTo(DivergingClasses.NEUTRAL);
    assertThat(c.classes().stream().map(c::color).distinct()).hasSize(9);
  }

  @Test
  void rejectsMoreClassesThanThePaletteHas() {
    assertThatThrownBy(() -> DivergingClasses.fit(List.of(1.0), 5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int brightness(Color c) {
    return c.getRed() + c.getGreen() + c.getBlue();
  }
}
