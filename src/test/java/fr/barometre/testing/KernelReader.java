package fr.barometre.testing;

import io.delta.kernel.Scan;
import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.TableNotFoundException;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.data.ScanStateRow;
import io.delta.kernel.internal.util.Utils;
import io.delta.kernel.types.BooleanType;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DateType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampType;
import io.delta.kernel.utils.CloseableIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;

/**
 * Reads the lake's published rows with Delta Kernel and nothing of Spark (publication.md §7): an
 * engine other than Spark must find in the plain Delta tables what the product shows.
 *
 * <p>From a lake folder and a table name, it gives the table's rows at its latest version, one
 * map per row (column → a plain Java value: String, Boolean, Integer, Long, Double, LocalDate, Instant),
 * keeping only the rows readers may see: when the lake has a {@code publications} table (one row
 * per vintage naming its published {@code run_id}), the rows whose ({@code vintage}, {@code
 * run_id}) it names; without one, every row.
 */
public final class KernelReader {
  /** The table that names, per vintage, the run whose rows are published. */
  public static final String PUBLICATIONS = "publications";

  private KernelReader() {}

  /** The rows of {@code table} that readers may see. */
  public static List<Map<String, Object>> published(Path lake, String table) {
    Engine engine = DefaultEngine.create(new Configuration());
    List<Map<String, Object>> rows = rows(engine, lake.resolve(table))
        .orElseThrow(() -> new IllegalArgumentException("no Delta table " + table + " in " + lake));
    Optional<Map<Object, Object>> runs = rows(engine, lake.resolve(PUBLICATIONS)).map(KernelReader::runByVintage);
    if (runs.isEmpty()) {
      return rows;
    }
    return rows.stream()
        .filter(r -> r.get("run_id") != null && r.get("run_id").equals(runs.get().get(r.get("vintage"))))
        .toList();
  }

  /** vintage → published run id; a vintage named twice is a publications table this reader does not know. */
  private static Map<Object, Object> runByVintage(List<Map<String, Object>> publications) {
    Map<Object, Object> runs = new HashMap<>();
    for (Map<String, Object> p : publications) {
      Object before = runs.put(p.get("vintage"), p.get("run_id"));
      if (before != null && !before.equals(p.get("run_id"))) {
        throw new IllegalStateException(
            "publications names two runs for vintage " + p.get("vintage") + ": " + before + ", " + p.get("run_id"));
      }
    }
    return runs;
  }

  /** Every row of the latest snapshot of the table at {@code path}; empty if there is no table. */
  static Optional<List<Map<String, Object>>> rows(Engine engine, Path path) {
    Snapshot snapshot;
    try {
      snapshot = Table.forPath(engine, path.toAbsolutePath().toString()).getLatestSnapshot(engine);
    } catch (TableNotFoundException e) {
      return Optional.empty();
    }
    Scan scan = snapshot.getScanBuilder(engine).build();
    Row scanState = scan.getScanState(engine);
    StructType physicalSchema = ScanStateRow.getPhysicalDataReadSchema(engine, scanState);
    List<Map<String, Object>> rows = new ArrayList<>();
    try (CloseableIterator<FilteredColumnarBatch> files = scan.getScanFiles(engine)) {
      while (files.hasNext()) {
        try (CloseableIterator<Row> fileRows = files.next().getRows()) {
          while (fileRows.hasNext()) {
            Row file = fileRows.next();
            CloseableIterator<ColumnarBatch> physical =
                engine.getParquetHandler().readParquetFiles(
                    Utils.singletonCloseableIterator(InternalScanFileUtils.getAddFileStatus(file)),
                    physicalSchema,
                    Optional.empty());
            // Adds the partition values (vintage) and drops deleted rows (deletion vectors).
            try (CloseableIterator<FilteredColumnarBatch> data =
                Scan.transformPhysicalData(engine, scanState, file, physical)) {
              while (data.hasNext()) {
                try (CloseableIterator<Row> batchRows = data.next().getRows()) {
                  batchRows.forEachRemaining(r -> rows.add(values(r)));
                }
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(rows);
  }

  private static Map<String, Object> values(Row row) {
    Map<String, Object> values = new LinkedHashMap<>();
    StructType schema = row.getSchema();
    for (int i = 0; i < schema.length(); i++) {
      values.put(schema.at(i).getName(), row.isNullAt(i) ? null : value(row, i, schema.at(i).getDataType()));
    }
    return values;
  }

  private static Object value(Row row, int i, DataType type) {
    if (type instanceof StringType) {
      return row.getString(i);
    } else if (type instanceof BooleanType) {
      return row.getBoolean(i);
    } else if (type instanceof IntegerType) {
      return row.getInt(i);
    } else if (type instanceof LongType) {
      return row.getLong(i);
    } else if (type instanceof DoubleType) {
      return row.getDouble(i);
    } else if (type instanceof DateType) {
      return LocalDate.ofEpochDay(row.getInt(i)); // days since 1970-01-01
    } else if (type instanceof TimestampType) {
      return Instant.EPOCH.plus(row.getLong(i), ChronoUnit.MICROS);
    }
    throw new UnsupportedOperationException("column " + row.getSchema().at(i).getName() + " of type " + type);
  }
}
