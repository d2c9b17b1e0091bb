package fr.barometre.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Département boundaries: one valid geometry per département of the COG, where it should be. */
class BoundariesTest {
  private final Map<String, Geometry> boundaries = Boundaries.load();

  @Test
  void oneFeaturePerDepartementOfTheCog() {
    Set<String> departements =
        Cog.load().departments().values().stream()
            .filter(Territory::inGrid)
            .map(Territory::code)
            .collect(Collectors.toSet());
    assertThat(boundaries).hasSize(101);
    assertThat(boundaries.keySet()).isEqualTo(departements);
  }

  @Test
  void eachInteriorPointLiesInItsOwnDepartementOnly() {
    for (Map.Entry<String, Geometry> e : boundaries.entrySet()) {
      Geometry point = e.getValue().getInteriorPoint();
      assertThat(e.getValue().contains(point)).as(e.getKey()).isTrue();
      assertThat(boundaries.entrySet().stream().filter(o -> o.getValue().covers(point)))
          .as("départements covering the interior point of %s", e.getKey())
          .extracting(Map.Entry::getKey)
          .containsExactly(e.getKey());
    }
  }

  @Test
  void geometriesAreValidAndInWgs84() {
    Envelope metropole = new Envelope(-5.5, 10, 41, 51.5);
    for (Map.Entry<String, Geometry> e : boundaries.entrySet()) {
      assertThat(e.getValue().isValid()).as(e.getKey()).isTrue();
      assertThat(e.getValue().getSRID()).isEqualTo(4326);
      boolean overseas = e.getKey().length() == 3;
      assertThat(metropole.contains(e.getValue().getEnvelopeInternal()))
          .as("%s in metropolitan France", e.getKey())
          .isEqualTo(!overseas);
    }
  }

  @Test
  void knownPlacesFallInTheirDepartement() {
    // Inland towns (coastal ones can fall outside a 1:10m coastline): Lyon (Métropole included in
    // the Rhône), Bastelica (2A), Corte (2B), Maripasoula (973), Cilaos (974), Combani (976).
    assertIn("69", 4.835, 45.758);
    assertIn("2A", 9.05, 42.0);
    assertIn("2B", 9.15, 42.31);
    assertIn("973", -54.03, 3.64);
    assertIn("974", 55.47, -21.13);
    assertIn("976", 45.14, -12.78);
  }

  private void assertIn(String code, double lon, double lat) {
    Geometry point = new GeometryFactory().createPoint(new Coordinate(lon, lat));
    assertThat(boundaries.get(code).contains(point)).as("%s contains %s %s", code, lon, lat).isTrue();
  }
}
