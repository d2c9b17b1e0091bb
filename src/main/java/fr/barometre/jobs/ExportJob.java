package fr.barometre.jobs;

import static org.apache.spark.sql.functions.col;

import fr.barometre.config.BarometreConfig;
import fr.barometre.errors.UnreadableInputException;
import fr.barometre.errors.UsageException;
import fr.barometre.export.CsvFile;
import fr.barometre.export.ExportTable;
import fr.barometre.lake.Lake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code barometre export}: one vintage of one lake table as a CSV file with the columns of
 * shared/spec/interfaces.md, rows in a stable order; text cells that would run as spreadsheet
 * formulas start with {@code '} unless {@code --raw}.
 */
public final class ExportJob {
  private ExportJob() {}

  /** Writes the file and returns the number of rows exported. */
  public static long run(SparkSession spark, BarometreConfig config, ExportOptions o) {
    Lake lake = new Lake(spark, config.lake());
    ExportTable t = o.table();
    if (!lake.exists(t.table())) {
      throw new UnreadableInputException(
          "no table '" + t.table() + "' in lake " + lake.root() + " (run a vintage first)");
    }
    if (!lake.exists("runs") || lake.read("runs").where(col("vintage").equalTo(o.vintage())).isEmpty()) {
      throw new UnreadableInputException("vintage " + o.vintage() + " has not been run into lake " + lake.root());
    }
    Dataset<Row> rows = levels(lake.read(t.table()).where(col("vintage").equalTo(o.vintage())), o);
    String[] columns =
        o.allColumns() || t.columns() == null
            ? Stream.concat(Stream.of("vintage"), Arrays.stream(rows.columns()).filter(c -> !c.equals("vintage")))
                .toArray(String[]::new)
            : t.columns();
    Column[] order = Arrays.stream(t.order()).map(c -> col(c).asc_nulls_first()).toArray(Column[]::new);
    List<Row> sorted = rows.orderBy(order).selectExpr(columns).collectAsList();
    try {
      CsvFile.write(sorted, columns, o.out(), spark.sparkContext().hadoopConfiguration(), o.raw());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + o.out(), e);
    }
    return sorted.size();
  }

  /** The rows of the asked (else the table's default) territory levels. */
  private static Dataset<Row> levels(Dataset<Row> rows, ExportOptions o) {
    List<String> levels = o.levels().isEmpty() ? o.table().defaultLevels() : o.levels();
    if (levels.contains(ExportOptions.ALL_LEVELS) || levels.isEmpty()) {
      return rows;
    }
    if (!Arrays.asList(rows.columns()).contains("territory_level")) {
      throw new UsageException("export: table " + o.table().table() + " has no territory level (--level)");
    }
    return rows.where(col("territory_level").isin(levels.toArray()));
  }
}
