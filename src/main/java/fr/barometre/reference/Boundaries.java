package fr.barometre.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.barometre.errors.UnreadableInputException;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The boundaries of the 101 départements as JTS geometries in WGS84 (x = longitude, y =
 * latitude, SRID 4326), by INSEE code, from {@code reference/geo/departements.geojson} (Natural
 * Earth, see SOURCES.md). Read once per JVM; for maps, not for locating events (the COG does that).
 */
public final class Boundaries {
  static final String RESOURCE = "reference/geo/departements.geojson";
  private static final int WGS84 = 4326;
  private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);
  private static volatile Map<String, Geometry> departments;

  private Boundaries() {}

  /** Every département's Polygon or MultiPolygon, by code, in code order. */
  public static Map<String, Geometry> load() {
    Map<String, Geometry> loaded = departments;
    if (loaded == null) {
      synchronized (Boundaries.class) {
        if (departments == null) {
          departments = read();
        }
        loaded = departments;
      }
    }
    return loaded;
  }

  private static Map<String, Geometry> read() {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(CsvResource.bytes(RESOURCE));
    } catch (IOException e) {
      throw new UnreadableInputException("reference resource is not GeoJSON: " + RESOURCE, e);
    }
    Map<String, Geometry> map = new TreeMap<>();
    for (JsonNode feature : root.path("features")) {
      String code = feature.path("properties").path("code").asText();
      map.put(code, geometry(feature.path("geometry")));
    }
    return Collections.unmodifiableMap(map);
  }

  private static Geometry geometry(JsonNode node) {
    JsonNode coordinates = node.path("coordinates");
    switch (node.path("type").asText()) {
      case "Polygon":
        return polygon(coordinates);
      case "MultiPolygon":
        Polygon[] parts = new Polygon[coordinates.size()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = polygon(coordinates.get(i));
        }
        return FACTORY.createMultiPolygon(parts);
      default:
        throw new UnreadableInputException(
            "unexpected geometry " + node.path("type").asText() + " in " + RESOURCE);
    }
  }

  // GeoJSON polygon: the shell ring first, then its holes.
  private static Polygon polygon(JsonNode rings) {
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode points) {
    Coordinate[] coordinates = new Coordinate[points.size()];
    for (int i = 0; i < coordinates.length; i++) {
      JsonNode p = points.get(i);
      coordinates[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
    }
    return FACTORY.createLinearRing(coordinates);
  }
}
