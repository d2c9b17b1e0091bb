package fr.barometre.ingest.sirene;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.barometre.errors.UnreadableInputException;
import fr.barometre.lake.Lake;
import fr.barometre.testing.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Files that are no readable stock: UnreadableInputException naming the file (exit 3). */
class SireneErrorsTest {
  private static Path dir;
  private static Lake lake;
  private static List<String> lines;

  @BeforeAll
  static void setUp() {
    dir = SparkTestSession.tempDir("sirene-errors");
    lake = new Lake(SparkTestSession.get(), dir.resolve("lake").toString());
    lines = StockFiles.lines(StockFiles.workedStock2024());
  }

  private static void assertUnreadable(Path file, String why) {
    for (Optional<LocalDate> date :
        List.of(Optional.<LocalDate>empty(), Optional.of(LocalDate.of(2024, 1, 1)))) {
      assertThatThrownBy(() -> SireneSnapshots.land(lake, file.toString(), date, "run"))
          .isInstanceOf(UnreadableInputException.class)
          .hasMessageContaining(file.getFileName().toString())
          .hasMessageContaining(why);
    }
  }

  @Test
  void missingFile() {
    assertUnreadable(dir.resolve("absent.csv"), "not found");
  }

  @Test
  void emptyFile() throws Exception {
    assertUnreadable(Files.createFile(dir.resolve("empty.csv")), "empty");
  }

  @Test
  void headerWithoutRows() {
    assertUnreadable(
        StockFiles.write(dir.resolve("header-only.csv"), lines.subList(0, 1)), "no data rows");
  }

  @Test
  void headerlessFile() {
    assertUnreadable(
        StockFiles.write(dir.resolve("headerless.csv"), lines.subList(1, 4)), "missing columns");
  }

  @Test
  void csvLackingSiret() {
    List<String> noSiret =
        lines.stream().limit(4).map(l -> l.replaceFirst("^([^,]*,[^,]*),[^,]*", "$1")).toList();
    assertUnreadable(
        StockFiles.write(dir.resolve("no-siret.csv"), noSiret), "missing columns: siret");
  }

  @Test
  void successionFileGivenAsStock() {
    assertUnreadable(StockFiles.workedSuccessions(), "not a SIRENE establishment stock");
  }

  @Test
  void zipWithoutCsv() {
    Path zip =
        StockFiles.zip(StockFiles.workedStock2024(), dir.resolve("readme.zip"), "LISEZMOI.txt");
    assertUnreadable(zip, "no .csv");
  }

  @Test
  void folderThatIsNoParquet() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("not-parquet"));
    Files.writeString(folder.resolve("notes.txt"), "hello");
    assertUnreadable(folder, "Parquet");
  }

  @Test
  void readingASnapshotNeverLandedIsAnError() {
    assertThatThrownBy(() -> SireneSnapshots.read(lake, LocalDate.of(1999, 1, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1999-01-01");
  }
}
