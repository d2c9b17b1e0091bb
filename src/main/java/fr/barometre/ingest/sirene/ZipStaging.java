package fr.barometre.ingest.sirene;

import fr.barometre.errors.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Extracts the CSV that INSEE ships inside its {@code .zip} into a staging folder on the lake's
 * file system: Spark cannot read a zip, and going through Hadoop's file system API keeps this
 * working on hdfs:// and s3a:// as well as locally.
 */
final class ZipStaging {
  private static final int BUFFER_BYTES = 1 << 20;

  private ZipStaging() {}

  /** Copies the zip's first {@code .csv} entry under {@code stagingDir}; returns its path. */
  static String extractCsv(Configuration conf, String zipFile, String stagingDir)
      throws IOException {
    Path zipPath = new Path(zipFile);
    FileSystem source = zipPath.getFileSystem(conf);
    try (ZipInputStream zip =
        new ZipInputStream(source.open(zipPath), java.nio.charset.StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
          // Only the entry's base name: a zip path must not escape the staging folder.
          String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
          Path target = new Path(stagingDir, name);
          FileSystem fs = target.getFileSystem(conf);
          try (OutputStream out = fs.create(target, true)) {
            copy(zip, out);
          }
          return target.toString();
        }
      }
    }
    throw new UnreadableInputException(zipFile + ": zip holds no .csv file");
  }

  private static void copy(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[BUFFER_BYTES];
    int n;
    while ((n = in.read(buffer)) > 0) {
      out.write(buffer, 0, n);
    }
  }
}
