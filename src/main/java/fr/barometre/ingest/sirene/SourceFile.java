package fr.barometre.ingest.sirene;

import fr.barometre.errors.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * An input file as found on its file system (local, hdfs://, s3a://): its qualified path, size,
 * modification time (together its fingerprint, which lets a rerun recognise a landed snapshot) and
 * its format, told by its first bytes rather than trusted from its name.
 */
public record SourceFile(String path, long size, Instant modified, Format format) {

  /** The published shapes of an INSEE stock. */
  public enum Format {
    CSV,
    CSV_GZ,
    ZIP,
    PARQUET
  }

  /** Finds {@code file}; a missing, empty or unrecognisable file is unreadable input (exit 3). */
  public static SourceFile stat(SparkSession spark, String file) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      Path path = new Path(file);
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        throw new UnreadableInputException(file + ": file not found");
      }
      FileStatus status = fs.getFileStatus(path);
      String qualified = fs.makeQualified(path).toString();
      Instant modified = Instant.ofEpochMilli(status.getModificationTime());
      if (status.isDirectory()) {
        // A folder can only be a Parquet dataset (Spark's own output layout).
        long size = fs.getContentSummary(path).getLength();
        return new SourceFile(qualified, size, modified, Format.PARQUET);
      }
      if (status.getLen() == 0) {
        throw new UnreadableInputException(file + ": empty file");
      }
      return new SourceFile(qualified, status.getLen(), modified, sniff(fs, path, file));
    } catch (IOException | IllegalArgumentException e) {
      throw new UnreadableInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static Format sniff(FileSystem fs, Path path, String file) throws IOException {
    byte[] magic = new byte[4];
    int n;
    try (InputStream in = fs.open(path)) {
      n = in.readNBytes(magic, 0, 4);
    }
    if (n >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
      return Format.ZIP;
    }
    if (n >= 4 && magic[0] == 'P' && magic[1] == 'A' && magic[2] == 'R' && magic[3] == '1') {
      return Format.PARQUET;
    }
    if (n >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
      // Spark picks the decompression codec from the name, so a gzip must say so.
      if (!path.getName().toLowerCase(Locale.ROOT).endsWith(".gz")) {
        throw new UnreadableInputException(file + ": gzip-compressed but not named .gz");
      }
      return Format.CSV_GZ;
    }
    return Format.CSV;
  }
}
