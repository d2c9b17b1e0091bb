package fr.barometre.cli;

import fr.barometre.config.BarometreConfig;
import fr.barometre.errors.UsageException;
import fr.barometre.sql.SqlJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code barometre sql "SELECT …" [--lake DIR] [--format table|csv]}: Spark SQL over the lake's
 * tables and {@code latest_*} views; {@code ${lake}} in the query is the lake root.
 */
final class SqlCommand implements Command {
  private static final Set<String> SINGLE = JobSetup.with(Set.of("format"));

  @Override
  public String name() {
    return "sql";
  }

  @Override
  public String summary() {
    return "query the lake: \"SELECT ... FROM net_openings|latest_events|...\" [--format table|csv [--raw]] [--lake DIR]";
  }

  @Override
  public int execute(List<String> argv) {
    // The query is the one argument that is neither an option nor an option's value.
    List<String> options = new ArrayList<>();
    String query = null;
    for (int i = 0; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.startsWith("--")) {
        options.add(a);
        if (!a.contains("=") && SINGLE.contains(a.substring(2)) && i + 1 < argv.size()) {
          options.add(argv.get(++i));
        }
      } else if (query == null) {
        query = a;
      } else {
        throw new UsageException("sql: give the query as one argument (quote it)");
      }
    }
    Args a = Args.parse("sql", options, SINGLE, Set.of(), Set.of("raw"));
    if (query == null) {
      throw new UsageException("sql: a query is required, e.g. barometre sql \"SELECT * FROM latest_net_openings\"");
    }
    ResultFormat format = ResultFormat.of(a, "sql");
    BarometreConfig config = JobSetup.interactiveConfig(a);
    Dataset<Row> result = SqlJob.run(JobSetup.spark(config), config, query);
    format.print(result, config.raw().getInt("sql.max-rows"), a.has("raw"));
    return 0;
  }
}
