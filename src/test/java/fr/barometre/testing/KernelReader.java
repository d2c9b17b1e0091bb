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
 * keeping only the rows readers may see: per vintage, the rows of the run {@code publications}
 * names last (the greatest run id of the vintage); for a vintage it does not name, the rows without
 * run id (a lake written before publications).
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
    Map<Object, Object> runs =
        rows(engine, lake.resolve(PUBLICATIONS)).map(KernelReader::runByVintage).orElse(Map.of());
    // The published run of a vintage; a vintage no publication names shows its rows without run id
    // (written by an earlier version: no run_id column, or a null one), as lake.Publication reads them.
    return rows.stream()
        .filter(r -> java.util.Objects.equals(r.get("run_id"), runs.get(r.get("vintage"))))
        .toList();
  }

  /**
   * vintage → published run id. {@code publications} keeps every publication; a run publishes only
   * if no later-started run of its vintage has, and run ids sort by start time: the greatest id of
   * a vintage is its published run.
   */
  private static Map<Object, Object> runByVintage(List<Map<String, Object>> publications) {
    Map<Object, Object> runs = new HashMap<>();
    for (Map<String, Object> p : publications) {
      runs.merge(p.get("vintage"), p.get("run_id"), (a, b) -> a.toString().compareTo(b.toString()) >= 0 ? a : b);
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
