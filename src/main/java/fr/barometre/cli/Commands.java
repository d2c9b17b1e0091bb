package fr.barometre.cli;

import java.util.List;

/** The registry of subcommands, in the order the help lists them. */
final class Commands {
  private Commands() {}

  static List<Command> all() {
    return List.of(
        new RunCommand(), new ExportCommand(), new DemoCommand(), new DemoDataCommand(),
        new ReportCommand(), new SqlCommand(), new HistoryCommand(), new MaintainCommand(), new ServeCommand(), new DaemonCommand(), new BenchCommand());
  }
}
