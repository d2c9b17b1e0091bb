package fr.barometre.geo;

import fr.barometre.reference.Boundaries;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Where each département is drawn: its boundary projected and scaled into pixel coordinates of
 * the image. Metropolitan France is one panel in Lambert-93 (EPSG:2154); each overseas
 * département is an inset in its own UTM projection (the systems INSEE uses for them), scaled to
 * fit its box, so insets do not share the main map's scale.
 */
final class MapLayout {
  /** A part of the map: some départements, one projection, one pixel box. */
  record Panel(List<String> codes, String crs, Rectangle2D box) {}

  private final Map<String, Geometry> pixels = new LinkedHashMap<>();

  private MapLayout() {}

  /** Projects every panel's départements into its box (y pointing down, as in the image). */
  static MapLayout of(List<Panel> panels) {
    MapLayout layout = new MapLayout();
    Map<String, Geometry> wgs84 = Boundaries.load();
    for (Panel panel : panels) {
      Map<String, Geometry> projected = new LinkedHashMap<>();
      MathTransform transform = transformTo(panel.crs());
      Envelope extent = new Envelope();
      for (String code : panel.codes()) {
        Geometry g = wgs84.get(code);
        if (g == null) {
          throw new IllegalArgumentException("no boundary for département " + code);
        }
        Geometry p = project(g, transform, panel.crs());
        projected.put(code, p);
        extent.expandToInclude(p.getEnvelopeInternal());
      }
      AffineTransformation toBox = fit(extent, panel.box());
      projected.forEach((code, g) -> layout.pixels.put(code, toBox.transform(g)));
    }
    return layout;
  }

  /** Every placed département's geometry in pixels. */
  Map<String, Geometry> pixels() {
    return pixels;
  }

  private static MathTransform transformTo(String crs) {
    try {
      CoordinateReferenceSystem target = CRS.decode(crs, true);
      // Lenient: a datum shift without published parameters is negligible at a map's scale.
      return CRS.findMathTransform(DefaultGeographicCRS.WGS84, target, true);
    } catch (FactoryException e) {
      throw new IllegalStateException("cannot set up projection " + crs, e);
    }
  }

  private static Geometry project(Geometry g, MathTransform transform, String crs) {
    try {
      return JTS.transform(g, transform);
    } catch (TransformException e) {
      throw new IllegalStateException("cannot project a boundary to " + crs, e);
    }
  }

  // Uniform scale that fits the extent in the box, centred; y flipped (north up).
  private static AffineTransformation fit(Envelope extent, Rectangle2D box) {
    double scale = Math.min(box.getWidth() / extent.getWidth(), box.getHeight() / extent.getHeight());
    double dx = box.getX() + (box.getWidth() - extent.getWidth() * scale) / 2;
    double dy = box.getY() + (box.getHeight() - extent.getHeight() * scale) / 2;
    return new AffineTransformation()
        .translate(-extent.getMinX(), -extent.getMaxY())
        .scale(scale, -scale)
        .translate(dx, dy);
  }
}
