package fr.barometre.sql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.barometre.testing.SparkTestSession;
import fr.barometre.testing.WorkedLake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The notebooks of {@code notebooks/} are valid nbformat 4 and every SQL cell (a code cell whose
 * source starts with {@code %%sql}) runs on the worked example's lake with the views of the
 * {@code sql} command, so a notebook cannot silently rot when a table changes.
 */
class NotebooksTest {
  private static final String MAGIC = "%%sql";
  private static final Path FOLDER = Paths.get("notebooks");
  private static SparkSession spark;

  @BeforeAll
  static void views() {
    spark = SparkTestSession.get();
    LakeViews.register(spark, WorkedLake.get().toString());
  }

  record SqlCell(String notebook, int index, String sql) {}

  static List<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  static List<SqlCell> sqlCells(Path notebook) throws IOException {
    JsonNode nb = new ObjectMapper().readTree(notebook.toFile());
    List<SqlCell> cells = new ArrayList<>();
    JsonNode all = nb.get("cells");
    for (int i = 0; i < all.size(); i++) {
      JsonNode cell = all.get(i);
      String source = source(cell.get("source"));
      if (cell.get("cell_type").asText().equals("code") && source.startsWith(MAGIC)) {
        cells.add(new SqlCell(notebook.getFileName().toString(), i, source.substring(MAGIC.length()).strip()));
      }
    }
    return cells;
  }

  // nbformat allows a cell's source as one string or a list of lines.
  private static String source(JsonNode source) {
    if (source.isArray()) {
      StringBuilder sb = new StringBuilder();
      source.forEach(line -> sb.append(line.asText()));
      return sb.toString();
    }
    return source.asText();
  }

  @Test
  void theThreeNotebooksAreNbformat4WithSqlCells() throws IOException {
    assertThat(notebooks()).extracting(p -> p.getFileName().toString())
        .contains("analyste.ipynb", "statisticien.ipynb", "qualite.ipynb");
    for (Path p : notebooks()) {
      JsonNode nb = new ObjectMapper().readTree(p.toFile());
      assertThat(nb.get("nbformat").asInt()).as(p.toString()).isEqualTo(4);
      assertThat(nb.get("cells").isArray()).isTrue();
      for (JsonNode cell : nb.get("cells")) {
        assertThat(cell.get("cell_type").asText()).isIn("code", "markdown", "raw");
        assertThat(cell.has("source") && cell.has("metadata")).isTrue();
        if (cell.get("cell_type").asText().equals("code")) {
          assertThat(cell.has("outputs") && cell.has("execution_count")).as("code cell of %s", p).isTrue();
        }
      }
      assertThat(sqlCells(p)).as("SQL cells of %s", p).isNotEmpty();
    }
  }

  @Test
  void theStatisticiansNotebookShowsHowToRerunAVintage() throws IOException {
    assertThat(Files.readString(FOLDER.resolve("statisticien.ipynb"))).contains("bin/barometre run --vintage");
  }

  @TestFactory
  Stream<DynamicTest> everySqlCellRunsOnTheWorkedLake() throws IOException {
    List<SqlCell> cells = new ArrayList<>();
    for (Path p : notebooks()) {
      cells.addAll(sqlCells(p));
    }
    assertThat(cells).hasSizeGreaterThanOrEqualTo(3);
    return cells.stream()
        .map(c -> DynamicTest.dynamicTest(c.notebook() + " cell " + c.index(), () -> {
          // collect(), not just analysis: a cell must run to the end.
          assertThat(SqlJob.query(spark, c.sql()).collectAsList()).as(c.sql()).isNotNull();
        }));
  }
}
