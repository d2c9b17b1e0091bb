package fr.barometre.jobs;

import static org.apache.spark.sql.functions.col;

import fr.barometre.config.BarometreConfig;
import fr.barometre.errors.UnreadableInputException;
import fr.barometre.errors.UsageException;
import fr.barometre.export.CsvFile;
import fr.barometre.lake.Columns;
import fr.barometre.lake.Lake;
import fr.barometre.lake.Publication;
import fr.barometre.lake.Table;
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
    Table t = o.table();
    Table.Export export = t.export().orElseThrow();
    if (!lake.exists(t.tableName())) {
      throw new UnreadableInputException(
          "no table '" + t.tableName() + "' in lake " + lake.root() + " (run a vintage first)");
    }
    Publication published = new Publication(lake);
    if (!published.isPublished(o.vintage())) {
      throw new UnreadableInputException("vintage " + o.vintage() + " has not been published in lake " + lake.root());
    }
    // The run id is the lake's bookkeeping (bin/barometre history): an export of the same figures
    // is the same file whichever run computed them.
    Dataset<Row> rows =
        levels(published.slice(t, o.vintage()).drop(Publication.RUN_ID), o);
    String[] columns =
        o.allColumns() || export.columns().isEmpty()
            ? Stream.concat(
                    Stream.of(Columns.VINTAGE), Arrays.stream(rows.columns()).filter(c -> !c.equals(Columns.VINTAGE)))
                .toArray(String[]::new)
            : export.written().toArray(String[]::new);
    Column[] order = export.order().stream().map(c -> col(c).asc_nulls_first()).toArray(Column[]::new);
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
    List<String> levels = o.levels().isEmpty() ? o.table().export().orElseThrow().defaultLevels() : o.levels();
    if (levels.contains(ExportOptions.ALL_LEVELS) || levels.isEmpty()) {
      return rows;
    }
    if (!Arrays.asList(rows.columns()).contains(Columns.TERRITORY_LEVEL)) {
      throw new UsageException("export: table " + o.table().tableName() + " has no territory level (--level)");
    }
    return rows.where(col(Columns.TERRITORY_LEVEL).isin(levels.toArray()));
  }
}
