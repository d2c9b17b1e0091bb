package fr.barometre.ingest.releve;

import fr.barometre.config.Limits;
import fr.barometre.errors.UnreadableInputException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Entry point of survey-return ingestion: reads CSV and XLSX relève files (or folders of them) into
 * a {@link ReleveBatch} of raw rows, accepted typed rows and rejects, one row per non-blank data
 * row of each file. Files are small and hand-filled, so they are read on the driver; every rule
 * that types or rejects a value is a Dataset transform in {@link ReleveValidation}.
 */
public final class ReleveIngest {
  private ReleveIngest() {}

  /**
   * Reads {@code inputs} (files or folders, local or {@code hdfs://}), each file within {@code
   * limits}.
   *
   * @throws UnreadableInputException for a missing path, an empty file, a file without a header, an
   *     XLSX that is not a spreadsheet, a folder without survey-return file, or a file past one of
   *     the {@code limits}
   */
  public static ReleveBatch read(SparkSession spark, List<String> inputs, Limits limits) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<Row> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<ReleveSource> sources = new ArrayList<>();
    for (Path file : ReleveFiles.resolve(hadoop, inputs)) {
      byte[] bytes = ReleveFiles.bytes(hadoop, file, limits);
      if (bytes.length == 0) {
        throw new UnreadableInputException("empty survey return file: " + file);
      }
      String name = file.getName();
      SheetTable table =
          ReleveFiles.isXlsx(file)
              ? XlsxReleveReader.read(name, bytes, limits)
              : CsvReleveReader.read(name, bytes, limits);
      rows.addAll(RawRows.of(table));
      names.add(name);
      sources.add(ReleveSource.of(file.toString(), bytes));
    }
    Dataset<Row> raw = spark.createDataFrame(rows, ReleveColumns.rawSchema());
    // Cached: accepted and rejects are two filters of one validation, each used several times.
    Dataset<Row> validated = ReleveValidation.validated(raw).cache();
    return new ReleveBatch(
        raw,
        ReleveValidation.accepted(validated),
        ReleveValidation.rejects(validated),
        List.copyOf(names),
        List.copyOf(sources));
  }
}
