package fr.barometre.bench;

import fr.barometre.ingest.sirene.StockGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The synthetic stocks the benchmark reads, under its work folder: {@code stock-<rows>.csv} from
 * {@link StockGenerator} (seed 1, deterministic: a smaller stock is the first rows of a larger one)
 * and {@code stock-<rows>.parquet} converted from it by DuckDB; each is made once and reused.
 */
final class BenchInputs {
  private static final Logger LOG = LoggerFactory.getLogger(BenchInputs.class);
  private static final long SEED = 1L;

  private final Path work;

  BenchInputs(Path work) {
    this.work = work;
  }

  Path stock(long rows, String format, DuckDbSide duck) throws IOException, SQLException {
    Path csv = work.resolve("stock-" + rows + ".csv");
    if (!Files.exists(csv)) {
      LOG.info("Generating {} ({} rows)", csv, rows);
      Path partial = work.resolve("stock-" + rows + ".csv.partial");
      StockGenerator.write(partial, rows, SEED);
      Files.move(partial, csv);
    }
    if (format.equals("csv")) {
      return csv;
    }
    Path parquet = work.resolve("stock-" + rows + ".parquet");
    if (!Files.exists(parquet)) {
      LOG.info("Converting {} to {}", csv, parquet);
      Path partial = work.resolve("stock-" + rows + ".parquet.partial");
      duck.toParquet(csv.toString(), partial.toString());
      Files.move(partial, parquet);
    }
    return parquet;
  }

  /** Reads a file once so that both engines find it in the page cache, not only the second. */
  static void warm(Path file) throws IOException {
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      while (in.read(buffer) >= 0) {
        // discard
      }
    }
  }
}
