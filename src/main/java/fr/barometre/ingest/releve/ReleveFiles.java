package fr.barometre.ingest.releve;

import fr.barometre.config.Limits;
import fr.barometre.errors.UnreadableInputException;
import fr.barometre.errors.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Resolves the survey-return inputs of a run to files, through Hadoop's FileSystem (local paths,
 * {@code file:}, {@code hdfs://}): a file stands for itself, a folder for every {@code .csv} and
 * {@code .xlsx} directly in it, in file-name order (Excel's {@code ~$} lock files and hidden files
 * are ignored).
 */
final class ReleveFiles {
  private ReleveFiles() {}

  static List<Path> resolve(Configuration hadoop, List<String> inputs) {
    if (inputs == null || inputs.isEmpty()) {
      throw new UsageException("no survey-return input given");
    }
    List<Path> files = new ArrayList<>();
    for (String input : inputs) {
      files.addAll(expand(hadoop, input));
    }
    Set<String> names = new HashSet<>();
    for (Path f : files) {
      if (!names.add(f.getName())) {
        // Rows are identified by file name and line: two files of one name would mix.
        throw new UsageException("two survey-return inputs are both named " + f.getName());
      }
    }
    return files;
  }

  private static List<Path> expand(Configuration hadoop, String input) {
    Path path = new Path(input);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) {
        throw new UnreadableInputException("survey-return input not found: " + input);
      }
      if (!fs.getFileStatus(path).isDirectory()) {
        return List.of(path);
      }
      List<Path> files =
          Arrays.stream(fs.listStatus(path))
              .filter(FileStatus::isFile)
              .map(FileStatus::getPath)
              .filter(ReleveFiles::isReleveFile)
              .sorted(Comparator.comparing(Path::getName))
              .toList();
      if (files.isEmpty()) {
        throw new UnreadableInputException(
            "no .csv or .xlsx survey-return file in folder: " + input);
      }
      return files;
    } catch (IOException e) {
      throw new UnreadableInputException("cannot read survey-return input " + input + ": " + e, e);
    }
  }

  static boolean isReleveFile(Path p) {
    String name = p.getName();
    String lower = name.toLowerCase(Locale.ROOT);
    return !name.startsWith("~$")
        && !name.startsWith(".")
        && (lower.endsWith(".csv") || lower.endsWith(".xlsx"));
  }

  static boolean isXlsx(Path p) {
    return p.getName().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * The file's bytes, refused past {@code max-releve-file-bytes}: its stored length is checked
   * first, and the read stops one byte past the limit should the file have grown since.
   */
  static byte[] bytes(Configuration hadoop, Path file, Limits limits) {
    long max = limits.maxReleveFileBytes();
    try {
      FileSystem fs = file.getFileSystem(hadoop);
      if (fs.getFileStatus(file).getLen() > max) {
        throw LimitExceeded.fileBytes(file.getName(), limits);
      }
      try (InputStream in = fs.open(file)) {
        byte[] bytes = in.readNBytes((int) max + 1); // Limits keeps max below Integer.MAX_VALUE
        if (bytes.length > max) {
          throw LimitExceeded.fileBytes(file.getName(), limits);
        }
        return bytes;
      }
    } catch (IOException e) {
      throw new UnreadableInputException("cannot read survey-return file " + file + ": " + e, e);
    }
  }
}
