package fr.barometre.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Real communes of the COG resources ({@code reference/cog/}) for the demo sites, with their
 * département and région. The COG resources carry no population, so sites are placed by a
 * documented approximation: a département of metropolitan France or of the DROM drawn uniformly,
 * then a commune drawn uniformly inside it. This spreads sites across départements (as industrial
 * establishments are) instead of over-weighting the many small communes of rural départements,
 * which a draw uniform over communes would do.
 */
final class DemoGeography {
  private final Map<String, List<String>> communesByDepartment = new LinkedHashMap<>();
  private final Map<String, String> departmentOfCommune = new HashMap<>();
  private final Map<String, String> regionOfDepartment = new HashMap<>();
  private final Map<String, String> communeNames = new HashMap<>();
  private final List<String> departments = new ArrayList<>();

  DemoGeography() {
    for (String l : ResourceLines.of("reference/cog/departements.csv")) {
      String[] f = l.split(",");
      // code,name,region_code,zone: collectivités d'outre-mer (zone com) have no SIRENE industry to speak of.
      if (!f[3].equals("com")) {
        departments.add(f[0]);
        regionOfDepartment.put(f[0], f[2]);
        communesByDepartment.put(f[0], new ArrayList<>());
      }
    }
    for (String l : ResourceLines.of("reference/cog/commune_resolution.csv")) {
      String[] f = l.split(",");
      if (f[1].equals("commune") && communesByDepartment.containsKey(f[3])) {
        communesByDepartment.get(f[3]).add(f[2]);
        departmentOfCommune.put(f[2], f[3]);
      }
    }
    for (String l : ResourceLines.of("reference/cog/communes.csv")) {
      int comma = l.indexOf(',');
      communeNames.put(l.substring(0, comma), l.substring(comma + 1).replace("\"", ""));
    }
  }

  /** A commune anywhere (see the class comment for the weighting). */
  String anyCommune(SplittableRandom r) {
    return communeWhere(r, d -> true);
  }

  String communeIn(SplittableRandom r, String region) {
    return communeWhere(r, d -> regionOfDepartment.get(d).equals(region));
  }

  String communeOutside(SplittableRandom r, String region) {
    return communeWhere(r, d -> !regionOfDepartment.get(d).equals(region));
  }

  /** A commune of the same département as {@code commune}. */
  String communeNear(SplittableRandom r, String commune) {
    List<String> list = communesByDepartment.get(departmentOf(commune));
    return list.get(r.nextInt(list.size()));
  }

  /** A commune of another département than {@code commune}'s, outside {@code region}. */
  String communeFar(SplittableRandom r, String commune, String region) {
    String dep = departmentOf(commune);
    return communeWhere(r, d -> !d.equals(dep) && !regionOfDepartment.get(d).equals(region));
  }

  String departmentOf(String commune) {
    String d = departmentOfCommune.get(commune);
    if (d == null) {
      throw new IllegalArgumentException("not a current commune of the COG: " + commune);
    }
    return d;
  }

  String regionOf(String commune) {
    return regionOfDepartment.get(departmentOf(commune));
  }

  String name(String commune) {
    return communeNames.getOrDefault(commune, commune);
  }

  private String communeWhere(SplittableRandom r, Predicate<String> department) {
    List<String> eligible = departments.stream().filter(department).toList();
    List<String> list = communesByDepartment.get(eligible.get(r.nextInt(eligible.size())));
    return list.get(r.nextInt(list.size()));
  }
}
