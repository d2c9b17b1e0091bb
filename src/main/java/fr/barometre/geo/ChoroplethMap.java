package fr.barometre.geo;

import fr.barometre.reference.Cog;
import fr.barometre.reference.Territory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A choropleth map of the 101 départements (PNG): one value per département code (e.g. net
 * openings of a period), coloured in {@link DivergingClasses} centred on zero. Metropolitan
 * France in Lambert-93, the five overseas départements as insets on the left, optionally a
 * {@link Zoom} top right (départements too small to read at the main map's scale, drawn again
 * magnified and labelled with their codes), a title, a legend and a source line. A département
 * without a value is grey ("sans donnée").
 */
public final class ChoroplethMap {
  /**
   * A magnified second drawing of some départements (e.g. Paris and its petite couronne), in the
   * main map's projection, framed top right under {@code label}; their place on the main map is
   * outlined.
   */
  public record Zoom(List<String> departments, String label) {
    public Zoom {
      departments = List.copyOf(departments);
    }
  }

  static final int WIDTH = 1200;
  static final int HEIGHT = 1000;
  static final Color NO_DATA = new Color(0xcccccc);
  private static final Color BORDER = new Color(0x777777);
  private static final Color INK = new Color(0x222222);
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 26);
  private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  // Overseas départements, top to bottom, with the projected system INSEE uses for each.
  private static final List<String[]> OVERSEAS =
      List.of(
          new String[] {"971", "EPSG:5490"},
          new String[] {"972", "EPSG:5490"},
          new String[] {"973", "EPSG:2972"},
          new String[] {"974", "EPSG:2975"},
          new String[] {"976", "EPSG:4471"});
  private static final double INSET_X = 20;
  private static final double INSET_WIDTH = 190;
  private static final double INSET_TOP = 80;
  private static final double INSET_HEIGHT = 150;
  private static final double INSET_GAP = 12;

  // The zoom's frame, right of metropolitan France and above the legend.
  private static final Rectangle2D ZOOM_FRAME = new Rectangle2D.Double(1000, 80, 185, 230);
  private static final Font CODE = new Font(Font.SANS_SERIF, Font.BOLD, 13);

  private final int classesPerSide;
  private final Zoom zoom;
  private MapLayout zoomLayout; // projected on first use

  /** A renderer with {@code classesPerSide} colour classes on each side of zero. */
  public ChoroplethMap(int classesPerSide) {
    this(classesPerSide, null);
  }

  /** The same with a zoom on some départements; null: none. */
  public ChoroplethMap(int classesPerSide, Zoom zoom) {
    if (classesPerSide < 1 || classesPerSide > DivergingClasses.MAX_PER_SIDE) {
      throw new IllegalArgumentException("classes per side out of range: " + classesPerSide);
    }
    this.classesPerSide = classesPerSide;
    this.zoom = zoom;
  }

  /** Draws the map of these values (keys: département codes; other codes are ignored). */
  public RenderedMap render(Map<String, ? extends Number> values, MapTexts texts) {
    Map<String, Geometry> pixels = Layout.INSTANCE.pixels();
    Map<String, Double> shown =
        values.entrySet().stream()
            .filter(e -> pixels.containsKey(e.getKey()) && e.getValue() != null)
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().doubleValue()));
    DivergingClasses classes = DivergingClasses.fit(shown.values(), classesPerSide);

    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      Map<String, Point2D> anchors = paint(g, pixels, shown, classes);
      drawInsetFrames(g);
      Map<String, Point2D> zoomAnchors = zoom == null ? Map.of() : drawZoom(g, pixels, shown, classes);
      drawTexts(g, texts);
      drawLegend(g, texts.legendTitle(), classes, shown.size() < pixels.size());
      return new RenderedMap(image, classes, anchors, zoomAnchors);
    } finally {
      g.dispose();
    }
  }

  /** Fills and outlines each département in its value's colour; returns its interior point. */
  private static Map<String, Point2D> paint(
      Graphics2D g, Map<String, Geometry> pixels, Map<String, Double> shown, DivergingClasses classes) {
    Map<String, Point2D> anchors = new LinkedHashMap<>();
    ShapeWriter shapes = new ShapeWriter();
    g.setStroke(new BasicStroke(0.6f));
    for (Map.Entry<String, Geometry> d : pixels.entrySet()) {
      Double value = shown.get(d.getKey());
      Shape shape = shapes.toShape(d.getValue());
      g.setColor(value == null ? NO_DATA : classes.colorOf(value));
      g.fill(shape);
      g.setColor(BORDER);
      g.draw(shape);
      Point p = d.getValue().getInteriorPoint();
      anchors.put(d.getKey(), new Point2D.Double(p.getX(), p.getY()));
    }
    return anchors;
  }

  /**
   * The zoom: its départements outlined on the main map, drawn again in the frame, each code
   * written just above its interior point (the point itself keeps the fill colour, for checks).
   */
  private Map<String, Point2D> drawZoom(
      Graphics2D g, Map<String, Geometry> mainPixels, Map<String, Double> shown, DivergingClasses classes) {
    if (zoomLayout == null) {
      zoomLayout = MapLayout.of(List.of(new MapLayout.Panel(zoom.departments(), "EPSG:2154",
          new Rectangle2D.Double(ZOOM_FRAME.getX() + 8, ZOOM_FRAME.getY() + 8,
              ZOOM_FRAME.getWidth() - 16, ZOOM_FRAME.getHeight() - 34))));
    }
    Envelope onMain = new Envelope();
    zoom.departments().forEach(code -> onMain.expandToInclude(mainPixels.get(code).getEnvelopeInternal()));
    g.setColor(INK);
    g.setStroke(new BasicStroke(1f));
    g.draw(new Rectangle2D.Double(onMain.getMinX() - 3, onMain.getMinY() - 3, onMain.getWidth() + 6, onMain.getHeight() + 6));

    Map<String, Point2D> anchors = paint(g, zoomLayout.pixels(), shown, classes);
    g.setColor(BORDER);
    g.draw(ZOOM_FRAME);
    g.setColor(INK);
    g.setFont(CODE);
    anchors.forEach((code, p) -> {
      int width = g.getFontMetrics().stringWidth(code);
      g.drawString(code, (float) (p.getX() - width / 2.0), (float) p.getY() - 3);
    });
    g.setFont(SMALL);
    g.drawString(zoom.label(), (float) ZOOM_FRAME.getX() + 8, (float) (ZOOM_FRAME.getMaxY() - 9));
    return anchors;
  }

  // The layout is the same for every map: projected once per JVM, on first use.
  private static final class Layout {
    static final MapLayout INSTANCE = build();
  }

  private static MapLayout build() {
    List<MapLayout.Panel> panels = new ArrayList<>();
    List<String> metropole =
        Cog.load().departments().values().stream()
            .filter(Territory::inGrid)
            .map(Territory::code)
            .filter(code -> code.length() == 2)
            .toList();
    panels.add(
        new MapLayout.Panel(metropole, "EPSG:2154", new Rectangle2D.Double(240, 80, 740, 820)));
    for (int i = 0; i < OVERSEAS.size(); i++) {
      panels.add(new MapLayout.Panel(List.of(OVERSEAS.get(i)[0]), OVERSEAS.get(i)[1], inset(i)));
    }
    return MapLayout.of(panels);
  }

  // Inset i's drawing box, inside its frame and above its label.
  private static Rectangle2D inset(int i) {
    double top = INSET_TOP + i * (INSET_HEIGHT + INSET_GAP);
    return new Rectangle2D.Double(INSET_X + 8, top + 8, INSET_WIDTH - 16, INSET_HEIGHT - 34);
  }

  private static void drawInsetFrames(Graphics2D g) {
    g.setFont(SMALL);
    for (int i = 0; i < OVERSEAS.size(); i++) {
      double top = INSET_TOP + i * (INSET_HEIGHT + INSET_GAP);
      g.setColor(BORDER);
      g.draw(new Rectangle2D.Double(INSET_X, top, INSET_WIDTH, INSET_HEIGHT));
      g.setColor(INK);
      String code = OVERSEAS.get(i)[0];
      g.drawString(
          Cog.load().departments().get(code).name() + " (" + code + ")",
          (float) INSET_X + 8,
          (float) (top + INSET_HEIGHT - 9));
    }
  }

  private static void drawTexts(Graphics2D g, MapTexts texts) {
    g.setColor(INK);
    g.setFont(TITLE);
    g.drawString(texts.title(), 20, 45);
    g.setFont(SMALL);
    g.drawString(texts.source(), 20, HEIGHT - 20);
  }

  private static void drawLegend(
      Graphics2D g, String title, DivergingClasses classes, boolean anyMissing) {
    float x = 1000;
    float y = 560;
    g.setColor(INK);
    g.setFont(TEXT);
    g.drawString(title, x, y);
    g.setFont(SMALL);
    List<Integer> rows = new ArrayList<>(classes.classes());
    Collections.reverse(rows); // gains on top
    for (int cls : rows) {
      y += 26;
      swatch(g, x, y, classes.color(cls));
      g.setColor(INK);
      g.drawString(classes.label(cls), x + 34, y + 14);
    }
    if (anyMissing) {
      y += 26;
      swatch(g, x, y, NO_DATA);
      g.setColor(INK);
      g.drawString("sans donnée", x + 34, y + 14);
    }
  }

  private static void swatch(Graphics2D g, float x, float y, Color color) {
    Rectangle2D box = new Rectangle2D.Double(x, y, 26, 18);
    g.setColor(color);
    g.fill(box);
    g.setColor(BORDER);
    g.draw(box);
  }
}
