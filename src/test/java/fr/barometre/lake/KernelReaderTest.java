package fr.barometre.lake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.cli.Barometre;
import fr.barometre.export.CsvFile;
import fr.barometre.export.ExportTable;
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
import org.apache.spark.sql.SaveMode;
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
    for (ExportTable table : List.of(ExportTable.NET_OPENINGS, ExportTable.EVENTS)) {
      List<Map<String, Object>> published = KernelReader.published(lake, table.table());
      assertThat(published).isNotEmpty().allSatisfy(r -> assertThat(r).containsKeys(table.columns()));
      for (String vintage : VINTAGES) {
        Path csv = out.resolve(vintage + "-" + table.table() + ".csv");
        assertThat(
                Barometre.execute(
                    "export", "--lake", lake.toString(), "--table", table.table(),
                    "--vintage", vintage, "--out", csv.toString()))
            .isZero();
        List<String> exported = WorkedExports.lines(csv);
        assertThat(exported.get(0)).isEqualTo(String.join(",", table.columns()));
        List<String> read =
            published.stream()
                .filter(r -> vintage.equals(r.get("vintage")))
                .map(r -> exportLine(r, table.columns()))
                .sorted()
                .toList();
        assertThat(read)
            .as("%s %s read by Delta Kernel vs its export", table.table(), vintage)
            .isNotEmpty()
            .containsExactlyElementsOf(exported.subList(1, exported.size()).stream().sorted().toList());
      }
    }
  }

  @Test
  void onlyTheRunsThatPublicationsNamesAreRead() {
    SparkSession spark = SparkTestSession.get();
    Path lake = SparkTestSession.tempDir("kernel-publications");
    // Two runs of 2024-S1 (r1 then r2) and one of 2024-S2, all rows still in the table.
    spark.sql(
            "SELECT * FROM VALUES ('2024-S1', 'r1', 1), ('2024-S1', 'r2', 2), ('2024-S1', 'r2', 3),"
                + " ('2024-S2', 'r3', 4) AS t(vintage, run_id, n)")
        .write().format("delta").partitionBy("vintage").save(lake.resolve("net_openings").toString());
    assertThat(numbers(lake)).as("no publications table: every row").isEqualTo("1,2,3,4");

    spark.sql("SELECT * FROM VALUES ('2024-S1', 'r2'), ('2024-S2', 'r3') AS p(vintage, run_id)")
        .write().format("delta").save(lake.resolve(KernelReader.PUBLICATIONS).toString());
    assertThat(numbers(lake)).isEqualTo("2,3,4");

    spark.sql("SELECT * FROM VALUES ('2024-S1', 'r1') AS p(vintage, run_id)")
        .write().format("delta").mode(SaveMode.Overwrite).save(lake.resolve(KernelReader.PUBLICATIONS).toString());
    assertThat(numbers(lake)).as("2024-S1 back to r1, 2024-S2 unpublished").isEqualTo("1");
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
