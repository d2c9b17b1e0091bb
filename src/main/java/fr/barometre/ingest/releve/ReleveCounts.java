package fr.barometre.ingest.releve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The run's per-file row counts (methodology §9): rows read (non-blank data rows of the raw table),
 * rows rejected (distinct file × line of a rejects Dataset, which the caller may have extended with
 * duplicates) and rows accepted (read and not rejected). Rows read = accepted + rejected holds
 * exactly when every reject is a row that was read; {@link #balanced()} checks it.
 */
public record ReleveCounts(List<FileCount> files) {
  public static final String ROWS_READ = "rows_read";
  public static final String ROWS_ACCEPTED = "rows_accepted";
  public static final String ROWS_REJECTED = "rows_rejected";

  /** The counts of one input file. */
  public record FileCount(String file, long rowsRead, long rowsAccepted, long rowsRejected) {
    public boolean balanced() {
      return rowsRead == rowsAccepted + rowsRejected;
    }
  }

  /**
   * {@code file STRING, rows_read BIGINT, rows_accepted BIGINT, rows_rejected BIGINT}, one row per
   * file that has a raw row or a reject.
   */
  public static Dataset<Row> perFile(Dataset<Row> raw, Dataset<Row> rejects) {
    // One union and two aggregations (file × line, then file): cheaper than a full outer join.
    Dataset<Row> marks =
        raw.select(col("file"), col("line"), lit(1).as("in_raw"), lit(0).as("in_rejects"))
            .unionByName(
                rejects.select(
                    col("file"), col("line"), lit(0).as("in_raw"), lit(1).as("in_rejects")));
    return marks
        .groupBy(col("file"), col("line"))
        .agg(max(col("in_raw")).as("in_raw"), max(col("in_rejects")).as("in_rejects"))
        .groupBy(col("file"))
        .agg(
            sum(col("in_raw")).as(ROWS_READ),
            sum(col("in_raw").multiply(lit(1).minus(col("in_rejects")))).as(ROWS_ACCEPTED),
            sum(col("in_rejects")).as(ROWS_REJECTED));
  }

  /**
   * Counts for {@code fileNames} in that order (zeros for a file without data row), then others.
   */
  public static ReleveCounts of(List<String> fileNames, Dataset<Row> raw, Dataset<Row> rejects) {
    Map<String, FileCount> byFile = new LinkedHashMap<>();
    fileNames.forEach(f -> byFile.put(f, new FileCount(f, 0, 0, 0)));
    List<Row> rows = new ArrayList<>(perFile(raw, rejects).collectAsList());
    rows.sort(java.util.Comparator.comparing(r -> r.getString(0)));
    for (Row r : rows) {
      String f = r.getString(0);
      byFile.put(f, new FileCount(f, r.getLong(1), r.getLong(2), r.getLong(3)));
    }
    return new ReleveCounts(List.copyOf(byFile.values()));
  }

  public FileCount total() {
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    for (FileCount f : files) {
      read += f.rowsRead();
      accepted += f.rowsAccepted();
      rejected += f.rowsRejected();
    }
    return new FileCount("total", read, accepted, rejected);
  }

  public boolean balanced() {
    return files.stream().allMatch(FileCount::balanced);
  }

  /**
   * One line per file and a total, e.g. {@code releve_2024-S2_1.csv: read 55 = accepted 45 +
   * rejected 10}.
   */
  public String summary() {
    List<String> lines = new ArrayList<>();
    for (FileCount f : files) {
      lines.add(line(f));
    }
    lines.add(line(total()));
    return String.join(System.lineSeparator(), lines);
  }

  private static String line(FileCount f) {
    return String.format(
        "%s: read %d %s accepted %d + rejected %d",
        f.file(),
        f.rowsRead(),
        f.balanced() ? "=" : "≠ (unbalanced)",
        f.rowsAccepted(),
        f.rowsRejected());
  }
}
