package fr.barometre.ingest.releve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.barometre.errors.UnreadableInputException;
import fr.barometre.testing.DefaultLimits;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReleveReaderTest {
  private static SheetTable read(String text) {
    return CsvReleveReader.read("f.csv", text.getBytes(StandardCharsets.UTF_8), DefaultLimits.get());
  }

  @Test
  void detectsTheSeparatorFromTheHeader() {
    assertThat(CsvReleveReader.separator("a;b;c\n1,5;2,5;3\n")).isEqualTo(';');
    assertThat(CsvReleveReader.separator("a,b,c\n1;2;3;4;5\n")).isEqualTo(',');
    assertThat(CsvReleveReader.separator("\"x;y\",b,c\n")).isEqualTo(',');
  }

  @Test
  void decodesUtf8WithBomAndWindows1252() {
    byte[] bom = {
      (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'R', 'h', (byte) 0xC3, (byte) 0xB4, 'n', 'e'
    };
    assertThat(CsvReleveReader.decode(bom)).isEqualTo("Rhône");
    byte[] cp1252 = "Rhône – 5 €".getBytes(CsvReleveReader.CP1252);
    assertThat(CsvReleveReader.decode(cp1252)).isEqualTo("Rhône – 5 €");
  }

  @Test
  void splitsQuotedFieldsAndKeepsTheLineARecordStartsOn() {
    SheetTable t = read("a;b;c\r\n1;\"x;y\";\"say \"\"hi\"\"\"\r\n2;\"two\r\nlines\";z\r\n3;;\r\n");
    assertThat(t.header()).containsExactly("a", "b", "c");
    assertThat(t.headerLine()).isEqualTo(1);
    assertThat(t.records()).extracting(SheetTable.Record::line).containsExactly(2, 3, 5);
    assertThat(t.records().get(0).cells()).containsExactly("1", "x;y", "say \"hi\"");
    assertThat(t.records().get(1).cells()).containsExactly("2", "two\r\nlines", "z");
    assertThat(t.records().get(2).cells()).containsExactly("3", "", "");
    assertThat(t.records()).allMatch(r -> r.parseError() == null);
  }

  @Test
  void anUnclosedQuoteSpoilsOnlyItsOwnRecord() {
    SheetTable t = read("a,b\n1,\"open\n2,ok\n3,fine\n");
    assertThat(t.records()).extracting(SheetTable.Record::line).containsExactly(2, 3, 4);
    assertThat(t.records().get(0).parseError()).contains("line 2");
    assertThat(t.records().get(1).cells()).containsExactly("2", "ok");
    assertThat(t.records().get(1).parseError()).isNull();
  }

  @Test
  void blankLinesBecomeBlankRecords() {
    SheetTable t = read("\na,b\n\n,,\n1,2");
    assertThat(t.headerLine()).isEqualTo(2);
    List<List<String>> cells = t.records().stream().map(SheetTable.Record::cells).toList();
    assertThat(cells).containsExactly(List.of(""), List.of("", "", ""), List.of("1", "2"));
    assertThat(CsvReleveReader.isBlank(Arrays.asList("", " ", null))).isTrue();
  }

  @Test
  void anEmptyFileIsUnreadable() {
    assertThatThrownBy(() -> read(" \r\n"))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("f.csv");
  }
}
