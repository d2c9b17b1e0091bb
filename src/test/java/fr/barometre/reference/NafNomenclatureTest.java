package fr.barometre.reference;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.config.BarometreConfig;
import fr.barometre.config.Methodology;
import fr.barometre.testing.DataFrameAssert;
import fr.barometre.testing.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.expressions.MapFromArrays;
import org.apache.spark.sql.types.MapType;
import org.junit.jupiter.api.Test;

/** The two NAF code lists and their correspondence (reference/naf, SOURCES.md). */
class NafNomenclatureTest {

  @Test
  void theFinalLetterTellsTheListsApart() {
    assertThat(Naf.load().keySet())
        .hasSize(732)
        .allMatch(c -> c.matches(NafNomenclature.pattern(NafNomenclature.REV2_LETTERS)));
    assertThat(NafNomenclature.naf2025Codes())
        .hasSize(746)
        .allMatch(c -> c.matches(NafNomenclature.pattern(NafNomenclature.NAF2025_LETTERS)));
  }

  @Test
  void codesConvertOnlyWhereTheCorrespondenceIsUnique() {
    var to2025 = NafNomenclature.uniqueToNaf2025();
    assertThat(to2025).containsEntry("38.11Z", "38.11Y").containsEntry("35.12Z", "35.13Y")
        .containsEntry("10.71B", "47.24Y").doesNotContainKey("35.11Z").doesNotContainKey("10.13A");
    var toRev2 = NafNomenclature.uniqueToRev2();
    assertThat(toRev2).containsEntry("35.12Y", "35.11Z").containsEntry("38.11Y", "38.11Z")
        .doesNotContainKey("10.71H").doesNotContainKey("10.13H");
    // Every image is a NAF 2025 code, every antecedent a rév. 2 one.
    assertThat(NafNomenclature.naf2025Codes()).containsAll(to2025.values());
    assertThat(Naf.load().keySet()).containsAll(toRev2.values());
  }

  @Test
  void theNaf2025ExcludedClassesAreTheImagesOfTheRevisionTwoOnesInsideTheDivisions() {
    Methodology m = BarometreConfig.load(Optional.empty()).methodology();
    List<String> images = new ArrayList<>();
    for (String c : m.excludedClasses()) {
      String image = NafNomenclature.uniqueToNaf2025().get(c);
      assertThat(image).as("image of %s", c).isNotNull();
      if (m.includedDivisions().contains(image.substring(0, 2))) {
        images.add(image);
      }
    }
    assertThat(new TreeSet<>(m.naf2025ExcludedClasses())).isEqualTo(new TreeSet<>(images));
  }

  @Test
  void columnFunctionsNameTheNomenclatureAndConvert() {
    var spark = SparkTestSession.get();
    var codes =
        spark.createDataset(Arrays.asList("27.20Z", "27.20Y", "99.99Z", "38.19Y", "27.20X"), Encoders.STRING())
            .toDF("code");
    Dataset<Row> actual =
        codes.select(
            col("code"),
            NafNomenclature.byLetter(col("code")).as("by_letter"),
            NafNomenclature.of(col("code")).as("known_in"),
            NafNomenclature.toNaf2025(col("code")).as("naf2025"),
            NafNomenclature.toRev2(col("code")).as("rev2"));
    DataFrameAssert.assertSameRows(
        DataFrameAssert.rows(
            "code STRING, by_letter STRING, known_in STRING, naf2025 STRING, rev2 STRING",
            RowFactory.create("27.20X", null, null, null, null),
            RowFactory.create("27.20Y", "NAF2025", "NAF2025", null, "27.20Z"),
            RowFactory.create("27.20Z", "NAFRev2", "NAFRev2", "27.20Y", null),
            RowFactory.create("38.19Y", "NAF2025", null, null, null),
            RowFactory.create("99.99Z", "NAFRev2", null, null, null)),
        actual);
  }

  /**
   * The lookups carry their map as one literal. Catalyst folds constant expressions only in its
   * main optimizer batch, after ConvertToLocalRelation has evaluated the projections over local
   * rows (the survey's): a map built by an expression there was built again for every row and use
   * (docs/benchmarks.md, "The survey rows' validation").
   */
  @Test
  void lookupsCarryTheirMapAsOneLiteral() {
    for (var lookup :
        List.of(
            NafNomenclature.of(col("code")),
            NafNomenclature.toNaf2025(col("code")),
            NafNomenclature.toRev2(col("code")))) {
      List<Expression> nodes = new ArrayList<>();
      collect(lookup.expr(), nodes);
      assertThat(nodes).noneMatch(e -> e instanceof MapFromArrays);
      assertThat(nodes)
          .filteredOn(e -> e.resolved() && e.dataType() instanceof MapType)
          .isNotEmpty()
          .allMatch(e -> e instanceof Literal, "a literal map");
    }
  }

  @Test
  void aPlanCarriesEachMapOnceHoweverManyLookupsUseIt() throws IOException {
    // Stages' task binaries are Java-serialised plans: three lookups of one table in a plan must
    // not ship its entries three times (each use was a map of its own: 70 KB for three, 30 KB for one).
    int one = serialisedSize(NafNomenclature.toNaf2025(col("a")));
    int three =
        serialisedSize(
            concat(
                NafNomenclature.toNaf2025(col("a")),
                NafNomenclature.toNaf2025(col("b")),
                NafNomenclature.toNaf2025(col("c"))));
    assertThat(one).isGreaterThan(10_000); // the map is in it
    assertThat(three).isLessThan(one + one / 4);
  }

  private static int serialisedSize(Column c) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(c.expr());
    }
    return bytes.size();
  }

  private static void collect(Expression e, List<Expression> into) {
    into.add(e);
    scala.collection.JavaConverters.seqAsJavaList(e.children()).forEach(c -> collect(c, into));
  }
}
