package fr.barometre.report;

import static fr.barometre.lake.Table.CANDIDATES;
import static fr.barometre.lake.Table.EVENTS;
import static fr.barometre.lake.Table.NET_OPENINGS;
import static fr.barometre.lake.Table.NET_OPENINGS_BY_SECTOR;
import static fr.barometre.lake.Table.REJECTS;
import static fr.barometre.lake.Table.REVISIONS;

import com.typesafe.config.ConfigException;
import fr.barometre.config.BarometreConfig;
import fr.barometre.errors.UnreadableInputException;
import fr.barometre.errors.UsageException;
import fr.barometre.events.Vintage;
import fr.barometre.geo.RenderedMap;
import fr.barometre.lake.Lake;
import fr.barometre.lake.Publication;
import fr.barometre.lake.Table;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code barometre report}: the analysts' HTML report of one vintage, read from the lake's
 * {@code net_openings, net_openings_by_sector, revisions, events, rejects, candidates} slices
 * (through {@link ReportQueries#vintageSlice}). Writes into {@code outDir}
 * {@code barometre-<vintage>.html} (self-contained: CSS inline, images embedded) and its images as
 * PNG beside it: the chart of the national net openings by half-year ({@code graphique-semestres.png})
 * and the two maps ({@code carte-departements-<period>.png}, {@code carte-regions-<period>.png}).
 */
public final class ReportJob {
  private static final Logger LOG = LoggerFactory.getLogger(ReportJob.class);
  /** The half-year chart's file beside the page (the vintage's half-years, whatever the period). */
  static final String CHART_FILE = "graphique-semestres.png";
  /** The tables a report needs; {@code net_openings_by_sector} is read when the lake has it. */
  static final Table[] TABLES = {NET_OPENINGS, REVISIONS, EVENTS, REJECTS, CANDIDATES};

  private ReportJob() {}

  /** The report of the vintage's latest year; returns the HTML file. */
  public static Path run(SparkSession spark, BarometreConfig config, String vintage, Path outDir) {
    return run(spark, config, vintage, outDir, Optional.empty());
  }

  /** The report of {@code period} ({@code YYYY} or {@code YYYY-Sn}; default: the vintage's year). */
  public static Path run(
      SparkSession spark, BarometreConfig config, String vintage, Path outDir, Optional<String> period) {
    String v = Vintage.parse(vintage).toString();
    String p = period.map(String::trim).orElse(String.valueOf(Vintage.parse(v).year()));
    if (!p.matches("\\d{4}(-S[12])?")) {
      throw new UsageException("report: a period is YYYY, YYYY-S1 or YYYY-S2, not '" + p + "'");
    }
    NetOpeningsMaps maps = new NetOpeningsMaps(classesPerSide(config));
    Lake lake = new Lake(spark, config.lake());
    for (Table t : TABLES) {
      if (!lake.exists(t.tableName())) {
        throw new UnreadableInputException("no table '" + t.tableName() + "' in lake " + lake.root() + " (run a vintage first)");
      }
    }
    if (!new Publication(lake).isPublished(v)) {
      throw new UnreadableInputException("vintage " + v + " has not been run into lake " + lake.root());
    }
    ReportData data =
        ReportData.collect(v, p, new ReportData.Slices(
            slice(lake, NET_OPENINGS, v),
            lake.exists(NET_OPENINGS_BY_SECTOR.tableName())
                ? slice(lake, NET_OPENINGS_BY_SECTOR, v) : null, // a lake of an earlier release
            slice(lake, REVISIONS, v), slice(lake, EVENTS, v),
            slice(lake, REJECTS, v), slice(lake, CANDIDATES, v)),
            config.methodology().sectors().codes());

    Map<String, RenderedMap> rendered = new LinkedHashMap<>();
    rendered.put("carte-departements-" + p, maps.departments(data.departments(), v, p));
    rendered.put("carte-regions-" + p, maps.regions(data.regions(), v, p));
    Map<String, byte[]> embedded = new LinkedHashMap<>();
    rendered.forEach((name, map) -> {
      map.writePng(outDir.resolve(name + ".png"));
      embedded.put(caption(name, p), png(map.image()));
    });
    BufferedImage chart = HalfYearChart.image(data.country(), v);
    byte[] chartPng = chart == null ? null : png(chart);
    Path html = outDir.resolve("barometre-" + v + ".html");
    try {
      Files.createDirectories(outDir);
      if (chartPng != null) {
        Files.write(outDir.resolve(CHART_FILE), chartPng);
      }
      Files.writeString(html, HtmlReport.render(data, chartPng, embedded), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report " + html, e);
    }
    LOG.info("Report of vintage {} ({}) written to {}", v, p, html);
    return html;
  }

  private static Dataset<Row> slice(Lake lake, Table table, String vintage) {
    return ReportQueries.vintageSlice(lake, table, vintage);
  }

  private static int classesPerSide(BarometreConfig config) {
    String key = "maps.classes-per-side";
    try {
      int n = config.raw().getInt(key);
      new NetOpeningsMaps(n); // validates the range
      return n;
    } catch (ConfigException | IllegalArgumentException e) {
      throw new UsageException("bad configuration: barometre." + key + ": " + e.getMessage(), e);
    }
  }

  private static String caption(String name, String period) {
    return (name.startsWith("carte-departements") ? "Ouvertures nettes par département, " : "Ouvertures nettes par région, ")
        + Labels.period(period);
  }

  private static byte[] png(BufferedImage image) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageIO.write(image, "png", bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
