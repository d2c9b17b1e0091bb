package fr.barometre.cli;

import java.util.List;

/** One subcommand of {@code bin/barometre}: parses its arguments and runs; returns an exit status. */
public interface Command {
  String name();

  /** One line for the launcher's help. */
  String summary();

  int execute(List<String> args) throws Exception;
}
