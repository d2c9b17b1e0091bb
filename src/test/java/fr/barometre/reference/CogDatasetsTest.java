package fr.barometre.reference;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.testing.SparkTestSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The COG as Spark Datasets: schemas, one row per code, and the worked example's names. */
class CogDatasetsTest {
  private final SparkSession spark = SparkTestSession.get();

  @Test
  void communeResolutionHasOneRowPerCodeAndResolvesByJoin() {
    Dataset<Row> resolution = Cog.communeResolution(spark);
    assertThat(resolution.columns())
        .containsExactly("code", "commune_code", "department_code", "region_code", "epci_code");
    Row counts = resolution.agg(functions.count("*"), functions.countDistinct("code")).first();
    assertThat(counts.getLong(0)).isEqualTo(Cog.load().resolution().size()).isEqualTo(counts.getLong(1));

    Dataset<Row> events =
        spark.createDataFrame(
            List.of(
                RowFactory.create("e1", "75108"),
                RowFactory.create("e2", "69383"),
                RowFactory.create("e3", "98735"),
                RowFactory.create("e4", "00000")),
            new StructType()
                .add("id", "string")
                .add("code_commune", "string"));
    List<String> located =
        events
            .join(resolution, events.col("code_commune").equalTo(resolution.col("code")), "left")
            .orderBy("id")
            .select(
                functions.concat_ws(
                    "/",
                    functions.col("id"),
                    functions.coalesce(functions.col("commune_code"), functions.lit("-")),
                    functions.coalesce(functions.col("department_code"), functions.lit("-")),
                    functions.coalesce(functions.col("region_code"), functions.lit("-")),
                    functions.coalesce(functions.col("epci_code"), functions.lit("-"))))
            .as(Encoders.STRING())
            .collectAsList();
    assertThat(located)
        // Paris is in the Métropole du Grand Paris, Lyon in the Métropole de Lyon; a COM in no EPCI.
        .containsExactly(
            "e1/75056/75/11/200054781", "e2/69123/69/84/200046977", "e3/98735/987/987/-", "e4/-/-/-/-");
  }

  @Test
  void territoriesAreTheGridPlusCollectivitesAndUnlocated() {
    Dataset<Row> territories = Cog.territories(spark);
    assertThat(territories.schema()).isEqualTo(Cog.TERRITORY_SCHEMA);
    List<Row> rows = territories.collectAsList();
    assertThat(rows.stream().filter(r -> r.getBoolean(3) && r.getString(0).equals("region")))
        .hasSize(18);
    assertThat(rows.stream().filter(r -> r.getBoolean(3) && r.getString(0).equals("department")))
        .hasSize(101);
    assertThat(rows.stream().filter(r -> r.getBoolean(3) && r.getString(0).equals("epci")))
        .hasSize(1255)
        .allSatisfy(r -> assertThat(r.getString(1)).matches("[0-9]{9}"));
    assertThat(rows.stream().filter(r -> r.getString(1).equals("ZZ")))
        .extracting(r -> r.getString(0) + "," + r.getString(2) + "," + r.getBoolean(3))
        .containsExactlyInAnyOrder(
            "region,Non localisé,false", "department,Non localisé,false", "epci,Hors EPCI ou non localisé,false");
    assertThat(Cog.territories(spark)).as("built once per session").isSameAs(territories);
  }

  @Test
  void namesMatchTheWorkedExampleExports() throws IOException {
    Set<String> known =
        Cog.territories(spark)
            .select(
                functions.concat_ws(
                    ",", functions.col("territory_level"), functions.col("territory_code"),
                    functions.col("territory_name")))
            .as(Encoders.STRING())
            .collectAsList()
            .stream()
            .collect(Collectors.toSet());
    Set<String> expected;
    try (Stream<Path> vintages = Files.list(SparkTestSession.worked().resolve("expected"))) {
      expected =
          vintages
              .map(v -> v.resolve("net_openings.csv"))
              .flatMap(CogDatasetsTest::lines)
              .map(line -> line.split(",", -1))
              .filter(cols -> cols[1].equals("region") || cols[1].equals("department"))
              .map(cols -> cols[1] + "," + cols[2] + "," + cols[3])
              .collect(Collectors.toSet());
    }
    assertThat(expected).hasSizeGreaterThan(119).isSubsetOf(known);
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
