package fr.barometre.ingest.releve;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The survey-return rows of one run, at the grain file × line: {@code raw()} (bronze, schema {@link
 * ReleveColumns#rawSchema()}), {@code accepted()} (typed rows, schema {@link
 * ReleveValidation#accepted(Dataset)}), {@code rejects()} ({@code file, line, reason, detail}), and
 * the names of the files read, in reading order (a file may have no data row), and those files'
 * paths, sizes and SHA-256 digests (the run's record of its inputs).
 */
public record ReleveBatch(
    Dataset<Row> raw,
    Dataset<Row> accepted,
    Dataset<Row> rejects,
    List<String> files,
    List<ReleveSource> sources) {

  /** Per-file counts of this batch, with the rejects of ingestion only. */
  public ReleveCounts counts() {
    return ReleveCounts.of(files, raw, rejects);
  }
}
