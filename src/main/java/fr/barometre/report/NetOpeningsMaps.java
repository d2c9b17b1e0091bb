package fr.barometre.report;

import fr.barometre.geo.ChoroplethMap;
import fr.barometre.geo.MapTexts;
import fr.barometre.geo.RenderedMap;
import fr.barometre.reference.Cog;
import fr.barometre.reference.Territory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's two choropleths of net openings for one period: by département, and by région.
 * {@link ChoroplethMap} draws départements, so the région map paints every département with its
 * région's net (same colour across a région, borders between its départements kept): simpler
 * than merging geometries, and it reads the same at this scale. The département map zooms on
 * Paris and its petite couronne, a few pixels each at the scale of France; the région map needs
 * no zoom (the four are one colour, Île-de-France's).
 */
public final class NetOpeningsMaps {
  /** Paris and the three départements of the petite couronne. */
  static final ChoroplethMap.Zoom PARIS =
      new ChoroplethMap.Zoom(List.of("75", "92", "93", "94"), "Paris et petite couronne");

  private final ChoroplethMap departmentRenderer;
  private final ChoroplethMap regionRenderer;

  /** Maps with {@code classesPerSide} colour classes on each side of zero. */
  public NetOpeningsMaps(int classesPerSide) {
    this.departmentRenderer = new ChoroplethMap(classesPerSide, PARIS);
    this.regionRenderer = new ChoroplethMap(classesPerSide);
  }

  /** The département map: each département's net for the period, Paris and its ring zoomed. */
  public RenderedMap departments(List<Figures> departments, String vintage, String period) {
    Map<String, Long> values = new LinkedHashMap<>();
    departments.forEach(f -> values.put(f.code(), f.net()));
    return departmentRenderer.render(values, texts("par département", vintage, period));
  }

  /** The région map: each département coloured with its région's net for the period. */
  public RenderedMap regions(List<Figures> regions, String vintage, String period) {
    return regionRenderer.render(byDepartment(regions), texts("par région", vintage, period));
  }

  /** Every département of the grid with its région's net (départements of a région without a row are left out). */
  static Map<String, Long> byDepartment(List<Figures> regions) {
    Map<String, Long> regionNet = new LinkedHashMap<>();
    regions.forEach(f -> regionNet.put(f.code(), f.net()));
    Map<String, Long> values = new LinkedHashMap<>();
    for (Territory d : Cog.load().departments().values()) {
      Long net = regionNet.get(d.regionCode());
      if (d.inGrid() && net != null) {
        values.put(d.code(), net);
      }
    }
    return values;
  }

  private static MapTexts texts(String grain, String vintage, String period) {
    return new MapTexts(
        "Ouvertures nettes de sites industriels " + grain + " — " + Labels.period(period),
        "Ouvertures nettes",
        "Source : relèves des services de l'État, Insee (SIRENE) ; Baromètre industriel, millésime "
            + vintage
            + " (provisoire). Fond : COG 2026.");
  }
}
