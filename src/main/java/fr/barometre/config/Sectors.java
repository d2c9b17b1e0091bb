package fr.barometre.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sector list and the NAF → sector rule of shared/spec/sectors-jobs-territories.md §1, read
 * from {@code barometre.methodology.sectors}: the sectors (code → label) in publication order, the
 * sector of an activity code matched by no prefix ({@code other}), the sector of an event with
 * neither a recognised {@code filiere} nor an activity code ({@code unclassified}), and the prefix
 * tables, one per NAF nomenclature (a NAF 2025 code is read with its own table: the same digits
 * can name another activity there, e.g. rév. 2 {@code 25.40} weapons is NAF 2025 {@code 25.30}).
 *
 * @param labels sector code → label, in the configured order
 * @param rev2Prefixes NAF rév. 2 prefix ({@code NN} or {@code NN.N[N]}) → sector code
 * @param naf2025Prefixes NAF 2025 prefix → sector code
 */
public record Sectors(
    Map<String, String> labels,
    String other,
    String unclassified,
    Map<String, String> rev2Prefixes,
    Map<String, String> naf2025Prefixes)
    implements Serializable {

  static final String KEY = "barometre.methodology.sectors";

  /** A prefix of a normalised code {@code NN.NN}: its division, optionally with class digits. */
  private static final Pattern PREFIX = Pattern.compile("[0-9]{2}(\\.[0-9]{1,2})?");

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

  public Sectors {
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    rev2Prefixes = Collections.unmodifiableMap(new LinkedHashMap<>(rev2Prefixes));
    naf2025Prefixes = Collections.unmodifiableMap(new LinkedHashMap<>(naf2025Prefixes));
  }

  /** The sector codes in publication order. */
  public List<String> codes() {
    return List.copyOf(labels.keySet());
  }

  /**
   * The sector of a normalised NAF rév. 2 code ({@code NN.NNL}) by its longest prefix in the table,
   * {@code other} when none matches, {@code unclassified} without a code: the rule of §2 for a
   * program that holds plain strings (the demo's generator); the pipeline applies the same table as
   * a column expression.
   */
  public String ofRev2Code(String code) {
    if (code == null || code.isEmpty()) {
      return unclassified;
    }
    String digits = code.substring(0, Math.min(5, code.length()));
    for (int length = digits.length(); length >= 2; length--) {
      String sector = rev2Prefixes.get(digits.substring(0, length));
      if (sector != null) {
        return sector;
      }
    }
    return other;
  }

  static Sectors from(Config c) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Config s : c.getConfigList("list")) {
      String code = s.getString("code");
      if (!CODE.matcher(code).matches()) {
        throw new ConfigException.BadValue(KEY + ".list", "sector code '" + code + "' is not [a-z][a-z0-9_]*");
      }
      if (labels.put(code, s.getString("label")) != null) {
        throw new ConfigException.BadValue(KEY + ".list", "sector '" + code + "' listed twice");
      }
    }
    String other = known(labels, c.getString("other"), "other");
    String unclassified = known(labels, c.getString("unclassified"), "unclassified");
    return new Sectors(
        labels,
        other,
        unclassified,
        prefixes(c.getConfig("naf-prefixes"), labels, "naf-prefixes"),
        prefixes(c.getConfig("naf2025-prefixes"), labels, "naf2025-prefixes"));
  }

  private static String known(Map<String, String> labels, String code, String key) {
    if (!labels.containsKey(code)) {
      throw new ConfigException.BadValue(KEY + "." + key, "'" + code + "' is not a sector of the list");
    }
    return code;
  }

  /** {@code sector = [prefixes]} entries inverted to prefix → sector; a prefix may appear once. */
  private static Map<String, String> prefixes(Config table, Map<String, String> labels, String key) {
    Map<String, String> bySector = new LinkedHashMap<>();
    List<String> sectors = new ArrayList<>();
    for (Map.Entry<String, ConfigValue> e : table.root().entrySet()) {
      sectors.add(e.getKey());
    }
    Collections.sort(sectors); // HOCON objects have no order; the result must not depend on it
    for (String sector : sectors) {
      known(labels, sector, key);
      for (String prefix : table.getStringList(quoted(sector))) {
        if (!PREFIX.matcher(prefix).matches()) {
          throw new ConfigException.BadValue(
              KEY + "." + key + "." + sector, "'" + prefix + "' is not a NAF prefix NN or NN.NN");
        }
        String before = bySector.put(prefix, sector);
        if (before != null) {
          throw new ConfigException.BadValue(
              KEY + "." + key, "prefix " + prefix + " given to both " + before + " and " + sector);
        }
      }
    }
    return bySector;
  }

  private static String quoted(String key) {
    return "\"" + key + "\"";
  }
}
