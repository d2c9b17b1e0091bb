package fr.barometre.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The user zonings of {@code barometre.territories.zonings}, in configured order, checked as
 * configuration: a level name is {@code [a-z][a-z0-9_]*}, not one of the built-in levels, and
 * given once; a bad one is a configuration error (exit 2). Their files are read by the run.
 */
public final class Zonings {
  static final String KEY = "barometre.territories.zonings";

  private static final Pattern LEVEL = Pattern.compile("[a-z][a-z0-9_]*");

  private Zonings() {}

  /** The declarations of {@code territories}; {@code builtIn} are the levels a zoning may not take. */
  static List<Zoning> from(Config territories, List<String> builtIn) {
    List<Zoning> zonings = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<? extends Config> entries = territories.getConfigList("zonings");
    for (int i = 0; i < entries.size(); i++) {
      Config entry = entries.get(i);
      String level = entry.getString("level");
      String key = KEY + "[" + i + "].level";
      if (!LEVEL.matcher(level).matches()) {
        throw new ConfigException.BadValue(key, "level name '" + level + "' is not [a-z][a-z0-9_]*");
      }
      if (builtIn.contains(level)) {
        throw new ConfigException.BadValue(key, "'" + level + "' is a built-in level " + builtIn);
      }
      if (!seen.add(level)) {
        throw new ConfigException.BadValue(key, "level '" + level + "' is declared twice");
      }
      zonings.add(new Zoning(i, level, entry.getString("file")));
    }
    return zonings;
  }
}
