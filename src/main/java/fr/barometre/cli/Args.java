package fr.barometre.cli;

import fr.barometre.errors.UsageException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed {@code --option value [value...]} arguments of one command. Unknown options and missing
 * values are usage errors (exit 2), reported on one line.
 */
public final class Args {
  private final String command;
  private final Map<String, List<String>> options;

  private Args(String command, Map<String, List<String>> options) {
    this.command = command;
    this.options = options;
  }

  /**
   * Parses {@code argv}. {@code multi} options take every following value up to the next option;
   * {@code flags} take none; every other known option takes exactly one.
   */
  public static Args parse(
      String command, List<String> argv, Set<String> single, Set<String> multi, Set<String> flags) {
    Map<String, List<String>> options = new LinkedHashMap<>();
    for (int i = 0; i < argv.size(); i++) {
      String a = argv.get(i);
      if (!a.startsWith("--")) {
        throw new UsageException(command + ": unexpected argument '" + a + "'");
      }
      String name = a.substring(2);
      String inline = null;
      int eq = name.indexOf('=');
      if (eq > 0) {
        inline = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      List<String> values = new ArrayList<>();
      if (flags.contains(name)) {
        values.add("true");
      } else if (single.contains(name) || multi.contains(name)) {
        if (inline != null) {
          values.add(inline);
        }
        while (i + 1 < argv.size()
            && !argv.get(i + 1).startsWith("--")
            && (multi.contains(name) || values.isEmpty())) {
          values.add(argv.get(++i));
        }
        if (values.isEmpty()) {
          throw new UsageException(command + ": --" + name + " needs a value");
        }
      } else {
        throw new UsageException(command + ": unknown option --" + name);
      }
      if (options.containsKey(name) && !multi.contains(name)) {
        throw new UsageException(command + ": --" + name + " given twice");
      }
      options.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values);
    }
    return new Args(command, options);
  }

  public boolean has(String name) {
    return options.containsKey(name);
  }

  public Optional<String> one(String name) {
    List<String> v = options.get(name);
    return v == null ? Optional.empty() : Optional.of(v.get(0));
  }

  public String required(String name) {
    return one(name).orElseThrow(() -> new UsageException(command + ": --" + name + " is required"));
  }

  public List<String> many(String name) {
    return options.getOrDefault(name, List.of());
  }

  public Optional<LocalDate> date(String name) {
    return one(name)
        .map(
            v -> {
              try {
                return LocalDate.parse(v);
              } catch (DateTimeParseException e) {
                throw new UsageException(
                    command + ": --" + name + " takes a date YYYY-MM-DD, not '" + v + "'");
              }
            });
  }
}
