package fr.barometre.geo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.reference.Boundaries;
import fr.barometre.testing.SparkTestSession;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The map: every département is painted in its value's class colour, where it belongs. */
class ChoroplethMapTest {
  private static final MapTexts TEXTS =
      new MapTexts("Ouvertures nettes 2024", "Solde", "Source : relèves DGE, SIRENE (Insee)");
  private static Map<String, Integer> values;
  private static RenderedMap map;

  @BeforeAll
  static void render() {
    // Values from −6 to +6 across the départements, zeros included; two left without a value.
    values = new TreeMap<>();
    List<String> codes = new ArrayList<>(Boundaries.load().keySet());
    for (int i = 0; i < codes.size(); i++) {
      values.put(codes.get(i), i % 13 - 6);
    }
    values.remove("48");
    values.remove("973");
    map = new ChoroplethMap(3).render(values, TEXTS);
  }

  @Test
  void eachDepartementIsPaintedInItsClassColourAtItsInteriorPoint() {
    assertThat(map.anchors()).hasSize(101);
    for (Map.Entry<String, Point2D> a : map.anchors().entrySet()) {
      Integer value = values.get(a.getKey());
      Color expected = value == null ? ChoroplethMap.NO_DATA : map.classes().colorOf(value);
      Color actual = colourAt(map.image(), a.getValue());
      assertThat(actual).as("département %s (value %s)", a.getKey(), value).isEqualTo(expected);
    }
  }

  @Test
  void classesSpanTheValuesSymmetrically() {
    // |value| up to 6 with 3 classes a side: -6 and 6 in the extreme classes, 0 neutral.
    assertThat(map.classes().classOf(-6)).isEqualTo(-3);
    assertThat(map.classes().classOf(6)).isEqualTo(3);
    assertThat(map.classes().classOf(0)).isZero();
  }

  @Test
  void overseasDepartementsAreInsetsLeftOfMetropolitanFrance() {
    for (String code : List.of("971", "972", "973", "974", "976")) {
      assertThat(map.anchors().get(code).getX()).as(code).isLessThan(220);
    }
    for (String code : List.of("29", "67", "2B", "75", "66")) {
      assertThat(map.anchors().get(code).getX()).as(code).isBetween(240.0, 980.0);
    }
    // Lambert-93, north up: Nord above Pyrénées-Orientales, Finistère west of Bas-Rhin.
    assertThat(map.anchors().get("59").getY()).isLessThan(map.anchors().get("66").getY());
    assertThat(map.anchors().get("29").getX()).isLessThan(map.anchors().get("67").getX());
  }

  @Test
  void writesAPng() throws IOException {
    Path file = SparkTestSession.tempDir("map").resolve("net.png");
    map.writePng(file);
    BufferedImage back = ImageIO.read(file.toFile());
    assertThat(back.getWidth()).isEqualTo(ChoroplethMap.WIDTH);
    assertThat(back.getHeight()).isEqualTo(ChoroplethMap.HEIGHT);
    Point2D paris = map.anchors().get("75");
    assertThat(colourAt(back, paris)).isEqualTo(colourAt(map.image(), paris));
  }

  private static Color colourAt(BufferedImage image, Point2D p) {
    return new Color(image.getRGB((int) Math.floor(p.getX()), (int) Math.floor(p.getY())));
  }
}
