package fr.barometre.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The COG 2026 in plain Java maps, for drivers and reports: régions and départements (with the
 * collectivités d'outre-mer and the "not located" territory), the EPCI (with the territory of
 * events outside every EPCI), current commune names, and the resolution of every commune code an
 * input may carry. Read once from the resources of
 * {@code reference/cog/} (see SOURCES.md there); maps keep the files' code order.
 */
public final class CogTables {
  private final Map<String, Territory> regions;
  private final Map<String, Territory> departments;
  private final Map<String, Territory> epcis;
  private final Map<String, CommuneResolution> resolution;
  private final Map<String, String> communeNames;

  private CogTables(
      Map<String, Territory> regions,
      Map<String, Territory> departments,
      Map<String, Territory> epcis,
      Map<String, CommuneResolution> resolution,
      Map<String, String> communeNames) {
    this.regions = Collections.unmodifiableMap(regions);
    this.departments = Collections.unmodifiableMap(departments);
    this.epcis = Collections.unmodifiableMap(epcis);
    this.resolution = Collections.unmodifiableMap(resolution);
    this.communeNames = Collections.unmodifiableMap(communeNames);
  }

  static CogTables read() {
    Map<String, Territory> regions = new LinkedHashMap<>();
    CsvResource r = CsvResource.read("reference/cog/regions.csv");
    for (int i = 0; i < r.size(); i++) {
      String code = r.get(i, "region_code");
      regions.put(
          code, new Territory(Cog.LEVEL_REGION, code, r.get(i, "region_name"), code, inGrid(r, i)));
    }
    regions.put(Cog.UNLOCATED_CODE, unlocated(Cog.LEVEL_REGION));

    Map<String, Territory> departments = new LinkedHashMap<>();
    CsvResource d = CsvResource.read("reference/cog/departements.csv");
    for (int i = 0; i < d.size(); i++) {
      String code = d.get(i, "department_code");
      departments.put(
          code,
          new Territory(
              Cog.LEVEL_DEPARTMENT,
              code,
              d.get(i, "department_name"),
              d.get(i, "region_code"),
              inGrid(d, i)));
    }
    departments.put(Cog.UNLOCATED_CODE, unlocated(Cog.LEVEL_DEPARTMENT));

    // Every EPCI is on the grid (a row per period, zeros included); an EPCI may straddle régions,
    // so it has none.
    Map<String, Territory> epcis = new LinkedHashMap<>();
    CsvResource e = CsvResource.read("reference/cog/epci.csv");
    for (int i = 0; i < e.size(); i++) {
      String code = e.get(i, "epci_code");
      epcis.put(code, new Territory(Cog.LEVEL_EPCI, code, e.get(i, "epci_name"), null, true));
    }
    epcis.put(
        Cog.UNLOCATED_CODE,
        new Territory(Cog.LEVEL_EPCI, Cog.UNLOCATED_CODE, Cog.OUTSIDE_EPCI_NAME, null, false));

    Map<String, CommuneResolution> resolution = new LinkedHashMap<>();
    CsvResource c = CsvResource.read("reference/cog/commune_resolution.csv");
    for (int i = 0; i < c.size(); i++) {
      String code = c.get(i, "code");
      resolution.put(
          code,
          new CommuneResolution(
              code,
              c.get(i, "kind"),
              c.get(i, "commune_code"),
              c.get(i, "department_code"),
              c.get(i, "region_code"),
              emptyAsNull(c.get(i, "epci_code"))));
    }

    Map<String, String> names = new LinkedHashMap<>();
    CsvResource n = CsvResource.read("reference/cog/communes.csv");
    for (int i = 0; i < n.size(); i++) {
      names.put(n.get(i, "commune_code"), n.get(i, "commune_name"));
    }
    return new CogTables(regions, departments, epcis, resolution, names);
  }

  private static String emptyAsNull(String value) {
    return value.isEmpty() ? null : value;
  }

  // The COG's zone `com` marks the collectivités d'outre-mer: their own territory, off the grid.
  private static boolean inGrid(CsvResource file, int row) {
    return !"com".equals(file.get(row, "zone"));
  }

  private static Territory unlocated(String level) {
    return new Territory(level, Cog.UNLOCATED_CODE, Cog.UNLOCATED_NAME, Cog.UNLOCATED_CODE, false);
  }

  /** Régions by code: the 18 régions, the collectivités d'outre-mer and {@code ZZ}. */
  public Map<String, Territory> regions() {
    return regions;
  }

  /** Départements by code: the 101 départements, the collectivités d'outre-mer and {@code ZZ}. */
  public Map<String, Territory> departments() {
    return departments;
  }

  /** EPCI by SIREN: the 1,255 EPCI of the COG and {@code ZZ} (outside every EPCI, or not located). */
  public Map<String, Territory> epcis() {
    return epcis;
  }

  /** Every commune code an input may carry, to what it stands for. */
  public Map<String, CommuneResolution> resolution() {
    return resolution;
  }

  /** Names of the current communes, by code. */
  public Map<String, String> communeNames() {
    return communeNames;
  }

  /** What a commune code stands for; empty when the COG does not know it. */
  public Optional<CommuneResolution> resolve(String code) {
    return Optional.ofNullable(code == null ? null : resolution.get(code));
  }
}
