package fr.barometre.cli;

import fr.barometre.errors.UsageException;
import fr.barometre.sql.ResultPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code --format table|csv} option of the commands that print a result ({@code sql},
 * {@code history}): validated once, and the printing it selects (CSV neutralises formula-like text
 * unless raw).
 */
enum ResultFormat {
  TABLE,
  CSV;

  /** The format asked for by {@code --format} (default table); anything else is a usage error. */
  static ResultFormat of(Args args, String command) {
    String format = args.one("format").orElse("table");
    return switch (format) {
      case "table" -> TABLE;
      case "csv" -> CSV;
      default -> throw new UsageException(command + ": --format is table or csv, not '" + format + "'");
    };
  }

  void print(Dataset<Row> result, int maxRows, boolean raw) {
    if (this == CSV) {
      ResultPrinter.csv(result, System.out, raw);
    } else {
      ResultPrinter.table(result, maxRows, System.out);
    }
  }
}
