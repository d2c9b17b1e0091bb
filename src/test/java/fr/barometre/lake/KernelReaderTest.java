package fr.barometre.lake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.cli.Barometre;
import fr.barometre.export.CsvFile;
import fr.barometre.export.FormulaCells;
import fr.barometre.testing.KernelReader;
import fr.barometre.testing.SparkTestSession;
import fr.barometre.testing.WorkedExports;
import fr.barometre.testing.WorkedLake;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * publication.md §7: the published tables are plain Delta tables that Delta Kernel, without Spark,
 * reads to exactly the rows the CSV exports hold; and the Kernel reader shows only the run a
 * {@code publications} table names, or every row when there is none.
 */
class KernelReaderTest {
  private static final List<String> VINTAGES = List.of("2024-S1", "2024-S2");

  @Test
  void kernelReadsTheWorkedLakeToTheExportedRows() {
    Path lake = WorkedLake.get();
    Path out = SparkTestSession.tempDir("kernel-exports");
    for (Table table : List.of(Table.NET_OPENINGS, Table.EVENTS)) {
      String[] columns = table.export().orElseThrow().written().toArray(String[]::new);
      List<String> levels = table.export().orElseThrow().defaultLevels();
      List<Map<String, Object>> published = KernelReader.published(lake, table.tableName());
      assertThat(published).isNotEmpty().allSatisfy(r -> assertThat(r).containsKeys(columns));
      for (String vintage : VINTAGES) {
        Path csv = out.resolve(vintage + "-" + table.tableName() + ".csv");
        assertThat(
                Barometre.execute(
                    "export", "--lake", lake.toString(), "--table", table.tableName(),
                    "--vintage", vintage, "--out", csv.toString()))
            .isZero();
        List<String> exported = WorkedExports.lines(csv);
        assertThat(exported.get(0)).isEqualTo(String.join(",", columns));
        List<String> read =
            published.stream()
                .filter(r -> vintage.equals(r.get("vintage")))
                // The export's default levels (net_openings: those interfaces.md pins).
                .filter(r -> levels.isEmpty() || levels.contains(r.get(Columns.TERRITORY_LEVEL)))
                .map(r -> exportLine(r, columns))
                .sorted()
                .toList();
        assertThat(read)
            .as("%s %s read by Delta Kernel vs its export", table.tableName(), vintage)
            .isNotEmpty()
            .containsExactlyElementsOf(exported.subList(1, exported.size()).stream().sorted().toList());
      }
    }
  }

  @Test
  void onlyThePublishedRunOfEachVintageIsRead() {
    SparkSession spark = SparkTestSession.get();
    Path lake = SparkTestSession.tempDir("kernel-publications");
    spark.sql("SELECT * FROM VALUES ('2024-S1', 0) AS t(vintage, n)")
        .write().format("delta").partitionBy("vintage").save(lake.resolve("net_openings").toString());
    assertThat(numbers(lake)).as("a lake of an earlier version: every row").isEqualTo("0");

    Publication p = new Publication(new Lake(spark, lake.toString()));
    String r1 = RunId.next();
    String r2 = RunId.next();
    String r3 = RunId.next();
    p.write(Table.NET_OPENINGS, spark.sql("SELECT '2024-S1' AS vintage, 1 AS n"), r1, Map.of());
    assertThat(numbers(lake)).as("r1 written, not published").isEqualTo("0");
    assertThat(p.publish("2024-S1", r1, Map.of())).isTrue();
    p.write(Table.NET_OPENINGS, spark.sql("SELECT '2024-S1' AS vintage, 2 AS n UNION ALL SELECT '2024-S1', 3"), r2, Map.of());
    p.write(Table.NET_OPENINGS, spark.sql("SELECT '2024-S2' AS vintage, 4 AS n"), r3, Map.of());
    assertThat(numbers(lake)).as("r1 published; r2, r3 written").isEqualTo("1");
    assertThat(p.publish("2024-S1", r2, Map.of())).isTrue();
    assertThat(numbers(lake)).as("r2 replaces r1 in one commit; r3 unpublished").isEqualTo("2,3");
  }

  private static String numbers(Path lake) {
    return KernelReader.published(lake, "net_openings").stream()
        .map(r -> r.get("n").toString())
        .sorted()
        .collect(Collectors.joining(","));
  }

  /** One row as {@code export} writes it: the pinned columns, formula-like text neutralised. */
  private static String exportLine(Map<String, Object> row, String[] columns) {
    return Arrays.stream(columns)
        .map(c -> CsvFile.field(FormulaCells.neutralised(row.get(c))))
        .collect(Collectors.joining(","));
  }
}
