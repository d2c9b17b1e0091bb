package fr.barometre.cli;

import fr.barometre.errors.AuditFailedException;
import fr.barometre.errors.ExitCodes;
import fr.barometre.errors.SupersededException;
import fr.barometre.errors.UnreadableInputException;
import fr.barometre.errors.UsageException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The launcher behind {@code bin/barometre} and {@code spark-submit}: dispatches to a subcommand
 * and maps failures to the documented exit statuses (0 ok, 1 failure — a superseded run among
 * them, 2 usage, 3 unreadable input, 4 audit failed) with a one-line message and no stack trace for the expected ones.
 */
public final class Barometre {
  private Barometre() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  static Map<String, Command> commands() {
    Map<String, Command> all = new LinkedHashMap<>();
    for (Command c : Commands.all()) {
      all.put(c.name(), c);
    }
    return all;
  }

  /** Runs a command line in-process and returns its exit status (tests call this). */
  public static int execute(String... argv) {
    Map<String, Command> commands = commands();
    if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("help")) {
      System.out.println(usage(commands));
      return argv.length == 0 ? ExitCodes.USAGE : ExitCodes.OK;
    }
    Command command = commands.get(argv[0]);
    List<String> rest = Arrays.asList(argv).subList(1, argv.length);
    try {
      if (command == null) {
        throw new UsageException("unknown command '" + argv[0] + "' (try: barometre --help)");
      }
      return command.execute(rest);
    } catch (UsageException | UnreadableInputException | AuditFailedException | SupersededException e) {
      System.err.println("barometre: " + e.getMessage());
      return ExitCodes.of(e);
    } catch (Exception e) {
      System.err.println("barometre: failed: " + e);
      e.printStackTrace(System.err);
      return ExitCodes.FAILURE;
    }
  }

  private static String usage(Map<String, Command> commands) {
    StringBuilder sb = new StringBuilder("usage: barometre COMMAND [options]\n\ncommands:\n");
    commands.values().forEach(c -> sb.append(String.format("  %-10s %s%n", c.name(), c.summary())));
    sb.append("\nexit status: 0 ok, 1 failure, 2 bad command line or configuration, 3 unreadable input, 4 audit failed (nothing published)");
    return sb.toString();
  }
}
