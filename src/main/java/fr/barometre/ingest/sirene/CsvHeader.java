package fr.barometre.ingest.sirene;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * The column names of a CSV file (plain or compressed by a Hadoop codec), from its first line: the
 * columns are found by name, so INSEE's 53- and 54-column layouts both read.
 */
final class CsvHeader {
  /** A header longer than this is no INSEE header: a binary or headerless file. */
  private static final int MAX_HEADER_CHARS = 1 << 16;

  private CsvHeader() {}

  static List<String> read(Configuration conf, String file) throws IOException {
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(conf);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
    try (InputStream raw = fs.open(path);
        InputStream in = codec == null ? raw : codec.createInputStream(raw);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return split(firstLine(reader));
    }
  }

  private static String firstLine(BufferedReader reader) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = reader.read()) != -1 && c != '\n' && line.length() < MAX_HEADER_CHARS) {
      line.append((char) c);
    }
    return line.toString();
  }

  static List<String> split(String line) {
    String text = line.startsWith("\uFEFF") ? line.substring(1) : line; // UTF-8 byte order mark
    List<String> names = new ArrayList<>();
    for (String name : text.split(",", -1)) {
      String trimmed = name.strip();
      if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
        trimmed = trimmed.substring(1, trimmed.length() - 1);
      }
      names.add(trimmed);
    }
    return names;
  }
}
