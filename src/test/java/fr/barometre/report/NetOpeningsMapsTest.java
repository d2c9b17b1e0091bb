package fr.barometre.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.geo.RenderedMap;
import fr.barometre.reference.Cog;
import fr.barometre.reference.Territory;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The région map paints each département with its région's net; the département map its own. */
class NetOpeningsMapsTest {
  private static Figures f(String level, String code, long net) {
    return new Figures(level, code, code, "2024", 0, 0, 0, 0, net, 0);
  }

  @Test
  void everyDepartementTakesItsRegionsColour() {
    List<Figures> regions = new ArrayList<>();
    int i = 0;
    for (Territory r : Cog.load().regions().values()) {
      if (r.inGrid()) {
        regions.add(f("region", r.code(), (i++ % 7) - 3)); // −3 … +3, zeros included
      }
    }
    RenderedMap map = new NetOpeningsMaps(3).regions(regions, "2024-S2", "2024");
    Map<String, Long> byDept = NetOpeningsMaps.byDepartment(regions);
    assertThat(byDept).hasSize(101);
    for (Map.Entry<String, Point2D> a : map.anchors().entrySet()) {
      String region = Cog.load().departments().get(a.getKey()).regionCode();
      long net = regions.stream().filter(r -> r.code().equals(region)).findFirst().orElseThrow().net();
      assertThat(colourAt(map, a.getValue())).as("département %s", a.getKey()).isEqualTo(map.classes().colorOf(net));
    }
  }

  @Test
  void departementMapUsesEachDepartementsNet() {
    RenderedMap map =
        new NetOpeningsMaps(2).departments(List.of(f("department", "69", 4), f("department", "29", -2)), "2024-S2", "2024");
    assertThat(colourAt(map, map.anchors().get("69"))).isEqualTo(map.classes().colorOf(4));
    assertThat(colourAt(map, map.anchors().get("29"))).isEqualTo(map.classes().colorOf(-2));
    assertThat(map.classes().classOf(4)).isEqualTo(2);
  }

  @Test
  void departementMapZoomsOnParisAndItsPetiteCouronneInTheirOwnColours() {
    List<Figures> departments = List.of(f("department", "75", 3), f("department", "92", -1),
        f("department", "93", 0), f("department", "94", -3), f("department", "77", 2));
    RenderedMap map = new NetOpeningsMaps(3).departments(departments, "2024-S2", "2024");
    assertThat(map.zoomAnchors()).containsOnlyKeys("75", "92", "93", "94");
    for (Figures d : departments.subList(0, 4)) {
      Point2D zoomed = map.zoomAnchors().get(d.code());
      assertThat(colourAt(map, zoomed)).as("zoomed %s", d.code()).isEqualTo(map.classes().colorOf(d.net()));
      // Right of metropolitan France (which ends at x = 980), and far bigger than on the main map.
      assertThat(zoomed.getX()).as("zoomed %s", d.code()).isGreaterThan(1000);
    }
    double mainWidth = map.anchors().get("94").distance(map.anchors().get("92"));
    double zoomWidth = map.zoomAnchors().get("94").distance(map.zoomAnchors().get("92"));
    assertThat(zoomWidth).isGreaterThan(5 * mainWidth);
    // Hauts-de-Seine is west of Val-de-Marne in the zoom too.
    assertThat(map.zoomAnchors().get("92").getX()).isLessThan(map.zoomAnchors().get("94").getX());
  }

  @Test
  void regionMapHasNoZoom() {
    RenderedMap map = new NetOpeningsMaps(2).regions(List.of(f("region", "11", 5)), "2024-S2", "2024");
    assertThat(map.zoomAnchors()).isEmpty();
  }

  private static Color colourAt(RenderedMap map, Point2D p) {
    return new Color(map.image().getRGB((int) Math.floor(p.getX()), (int) Math.floor(p.getY())));
  }
}
