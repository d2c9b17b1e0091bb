package fr.barometre.ingest.sirene;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;

import fr.barometre.errors.UnreadableInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads an INSEE file ({@code .csv}, {@code .csv.gz}, {@code .zip}, Parquet) into one string column
 * per field of a {@link SireneLayout}, named as in the lake, one row per file row. Only the
 * layout's columns are selected, so Spark parses no other (the national stock has 54 columns and 43
 * million rows). Typing is left to {@link SireneTyping}, the same for every format.
 */
final class RawStockReader {
  private RawStockReader() {}

  /**
   * @param stagingDir where a zip's CSV is extracted; the caller deletes it once the data is
   *     written
   */
  static Dataset<Row> read(
      SparkSession spark, SourceFile source, SireneLayout layout, String stagingDir) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      return switch (source.format()) {
        case CSV, CSV_GZ -> readCsv(spark, conf, source.path(), source.path(), layout);
        case ZIP ->
            readCsv(
                spark,
                conf,
                source.path(),
                ZipStaging.extractCsv(conf, source.path(), stagingDir),
                layout);
        case PARQUET -> readParquet(spark, source.path(), layout);
      };
    } catch (IOException e) {
      throw new UnreadableInputException(
          source.path() + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static Dataset<Row> readCsv(
      SparkSession spark, Configuration conf, String origin, String csv, SireneLayout layout)
      throws IOException {
    List<String> header = CsvHeader.read(conf, csv);
    requireColumns(origin, layout, header);
    // Every column as a string, in file order: Spark then prunes the columns not selected below.
    List<String> names = fieldNames(header);
    StructType schema = new StructType();
    for (String name : names) {
      schema = schema.add(name, DataTypes.StringType, true);
    }
    Dataset<Row> rows =
        spark
            .read()
            .schema(schema)
            .option("header", "true")
            .option("encoding", "UTF-8")
            .option("quote", "\"")
            .option("escape", "\"")
            .option("mode", "PERMISSIVE")
            .csv(csv);
    List<Column> selected = new ArrayList<>();
    for (SireneField field : layout.fields()) {
      int index = header.indexOf(field.source());
      selected.add(
          (index < 0 ? lit(null).cast(DataTypes.StringType) : col("`" + names.get(index) + "`"))
              .as(field.target()));
    }
    return rows.select(selected.toArray(Column[]::new));
  }

  /**
   * The header's names as schema names (so Spark's header check agrees with them), except blank or
   * repeated ones, which get a positional name: they are never selected, and must not clash.
   */
  private static List<String> fieldNames(List<String> header) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      boolean usable = !name.isBlank() && !name.contains("`") && header.indexOf(name) == i;
      names.add(usable ? name : "_c" + i);
    }
    return names;
  }

  private static Dataset<Row> readParquet(SparkSession spark, String file, SireneLayout layout) {
    Dataset<Row> rows;
    try {
      rows = spark.read().parquet(file);
    } catch (Exception e) { // Spark's AnalysisException is undeclared in Java
      throw new UnreadableInputException(file + ": not a readable Parquet file or folder", e);
    }
    requireColumns(file, layout, Arrays.asList(rows.columns()));
    StructType schema = rows.schema();
    List<Column> selected = new ArrayList<>();
    for (SireneField field : layout.fields()) {
      StructField found =
          Arrays.stream(schema.fields())
              .filter(f -> f.name().equals(field.source()))
              .findFirst()
              .orElse(null);
      selected.add(asString(found, field).as(field.target()));
    }
    return rows.select(selected.toArray(Column[]::new));
  }

  /**
   * A Parquet column as the string the CSV would carry (codes stored as numbers get zeros back).
   */
  private static Column asString(StructField found, SireneField field) {
    if (found == null) {
      return lit(null).cast(DataTypes.StringType);
    }
    Column column = col("`" + found.name() + "`");
    DataType type = found.dataType();
    if (type.equals(DataTypes.StringType)) {
      return column;
    }
    Column text = column.cast(DataTypes.StringType);
    return isWholeNumber(type) && field.width() > 0 ? lpad(text, field.width(), "0") : text;
  }

  private static boolean isWholeNumber(DataType type) {
    return type.equals(DataTypes.LongType)
        || type.equals(DataTypes.IntegerType)
        || type.equals(DataTypes.ShortType)
        || type.equals(DataTypes.ByteType);
  }

  private static void requireColumns(String file, SireneLayout layout, List<String> header) {
    List<String> missing = layout.missingIn(header);
    if (!missing.isEmpty()) {
      throw new UnreadableInputException(
          file
              + ": not a "
              + layout.description()
              + " (missing columns: "
              + String.join(", ", missing)
              + ")");
    }
  }
}
