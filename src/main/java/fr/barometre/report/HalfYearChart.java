package fr.barometre.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's chart of the national net openings by half-year (PNG, drawn by JFreeChart), from
 * the country rows of one vintage's {@code net_openings}: for each half-year of the vintage, the
 * four components as stacked bars — openings and extensions upwards, closures and reductions
 * downwards — and the net as a line with its value written at each point. Bars in the maps'
 * palette (blue gains, red losses), so the page reads with one colour code.
 */
public final class HalfYearChart {
  static final int WIDTH = 1100;
  static final int HEIGHT = 520;

  /** A stacked component: its legend label, its sign in the chart, its colour and its figure. */
  private record Component(String label, int sign, Color colour, ToLongFunction<Figures> value) {}

  // Same RdBu hues as geo.DivergingClasses, darker for the bigger component of each side.
  private static final List<Component> COMPONENTS =
      List.of(
          new Component("Ouvertures", 1, new Color(0x2166ac), Figures::openings),
          new Component("Extensions", 1, new Color(0x92c5de), Figures::extensions),
          new Component("Fermetures", -1, new Color(0xb2182b), Figures::closures),
          new Component("Réductions", -1, new Color(0xf4a582), Figures::reductions));
  private static final String NET = "Solde net";
  private static final Color INK = new Color(0x222222);
  private static final Color GRID = new Color(0xdddddd);
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
  private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 14);

  private HalfYearChart() {}

  /** The half-year rows among {@code country} (periods {@code YYYY-Sn}), in period order. */
  static List<Figures> halfYears(List<Figures> country) {
    return country.stream()
        .filter(f -> f.period().matches("\\d{4}-S[12]"))
        .sorted(Comparator.comparing(Figures::period))
        .toList();
  }

  /** The chart of these country rows' half-years; null when there is none. */
  public static JFreeChart chart(List<Figures> country, String vintage) {
    List<Figures> halves = halfYears(country);
    if (halves.isEmpty()) {
      return null;
    }
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    DefaultCategoryDataset net = new DefaultCategoryDataset();
    for (Figures f : halves) {
      String category = category(f.period());
      for (Component c : COMPONENTS) {
        bars.addValue(c.sign() * c.value().applyAsLong(f), c.label(), category);
      }
      net.addValue(f.net(), NET, category);
    }

    StackedBarRenderer stacked = new StackedBarRenderer();
    stacked.setBarPainter(new StandardBarPainter()); // flat bars, no gradient or shadow
    stacked.setShadowVisible(false);
    stacked.setMaximumBarWidth(0.09);
    for (int i = 0; i < COMPONENTS.size(); i++) {
      stacked.setSeriesPaint(i, COMPONENTS.get(i).colour());
    }

    LineAndShapeRenderer line = new BoxedLabels();
    line.setSeriesPaint(0, INK);
    line.setSeriesStroke(0, new BasicStroke(2.5f));
    line.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
    line.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", signedFormat()));
    line.setDefaultItemLabelsVisible(true);

    CategoryAxis halvesAxis = new CategoryAxis();
    halvesAxis.setTickLabelFont(TEXT);
    halvesAxis.setTickLabelPaint(INK);
    NumberAxis counts = new NumberAxis("Nombre de sites");
    counts.setLabelFont(TEXT);
    counts.setTickLabelFont(TEXT);
    counts.setTickLabelPaint(INK);
    counts.setNumberFormatOverride(signedFormat());
    counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());

    CategoryPlot plot = new CategoryPlot(bars, halvesAxis, counts, stacked);
    plot.setDataset(1, net);
    plot.setRenderer(1, line);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // the net line over the bars
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(GRID);
    plot.setOutlineVisible(false);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(INK);
    counts.setUpperMargin(0.12); // room for the net's labels above the tallest bar

    JFreeChart chart = new JFreeChart(plot);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setTitle(new TextTitle("Ouvertures nettes de sites industriels par semestre — France", TITLE));
    chart.getTitle().setPaint(INK);
    TextTitle source =
        new TextTitle("Source : relèves des services de l'État, Insee (SIRENE) ; Baromètre industriel, millésime "
            + vintage + " (provisoire).", new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    source.setPosition(RectangleEdge.BOTTOM);
    source.setPaint(INK);
    chart.addSubtitle(source);
    LegendTitle legend = chart.getLegend();
    legend.setItemFont(TEXT);
    legend.setFrame(BlockBorder.NONE);
    legend.setPosition(RectangleEdge.TOP);
    return chart;
  }

  /**
   * The net line with each value in a white box above its point (below when negative): plain
   * labels crossed the line's own segments and the bars' colours, and read badly on both. Labels
   * are drawn in the renderer's second pass, after every segment, so the boxes stay on top.
   */
  private static final class BoxedLabels extends LineAndShapeRenderer {
    private static final long serialVersionUID = 1L;
    private static final double GAP = 9;

    BoxedLabels() {
      super(true, true);
    }

    @Override
    protected void drawItemLabel(Graphics2D g, PlotOrientation orientation, CategoryDataset dataset,
        int row, int column, double x, double y, boolean negative) {
      String text = getItemLabelGenerator(row, column).generateLabel(dataset, row, column);
      g.setFont(LABEL);
      FontMetrics metrics = g.getFontMetrics();
      double width = metrics.stringWidth(text) + 10;
      double height = metrics.getAscent() + metrics.getDescent() + 4;
      double top = negative ? y + GAP : y - GAP - height;
      RoundRectangle2D box = new RoundRectangle2D.Double(x - width / 2, top, width, height, 6, 6);
      g.setPaint(Color.WHITE);
      g.fill(box);
      g.setPaint(INK);
      g.setStroke(new BasicStroke(1f));
      g.draw(box);
      g.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0), (float) (top + 2 + metrics.getAscent()));
    }
  }

  /** The chart drawn at its report size; null when the vintage has no half-year. */
  public static BufferedImage image(List<Figures> country, String vintage) {
    JFreeChart chart = chart(country, vintage);
    return chart == null ? null : chart.createBufferedImage(WIDTH, HEIGHT);
  }

  /** {@code 2024-S1} → "S1 2024": short enough for six to ten half-years side by side. */
  static String category(String period) {
    return period.substring(5) + " " + period.substring(0, 4);
  }

  /** Axis ticks and point labels as the report's tables write figures ({@link Labels#signed}). */
  private static NumberFormat signedFormat() {
    return new NumberFormat() {
      @Override
      public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        return to.append(Labels.signed(Math.round(number)));
      }

      @Override
      public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return to.append(Labels.signed(number));
      }

      @Override
      public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("format only");
      }
    };
  }
}
