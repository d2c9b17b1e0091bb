package fr.barometre.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import fr.barometre.config.BarometreConfig;
import fr.barometre.ingest.sirene.StockGenerator;
import fr.barometre.testing.SparkTestSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The benchmark compares like with like: on the same synthetic stock, DuckDB's scope filter and the
 * plain Spark job keep exactly the SIRETs the pipeline's column functions keep, and DuckDB's ingest
 * types every row.
 */
class ScopeFilterAgreementTest {
  @Test
  void duckDbPlainSparkAndThePipelineKeepTheSameIndustrialSites() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path dir = SparkTestSession.tempDir("bench-agree");
    Path csv = dir.resolve("stock.csv");
    // 40,000 rows: 4% industrial, ~2% in bands of 20 and more, so a few dozen sites in scope.
    StockGenerator.write(csv, 40_000, 3);
    BarometreConfig config = BarometreConfig.load(Optional.empty(), ConfigFactory.empty());
    SparkSide sparkSide = new SparkSide(spark, config);
    try (DuckDbSide duck = new DuckDbSide(2)) {
      long bySpark =
          sparkSide.scopeFilter(csv.toString(), dir.resolve("spark").toString(), dir.resolve("staging").toString());
      long byDuck =
          duck.scopeFilter(csv.toString(), false, dir.resolve("duck.parquet").toString(), config.methodology());
      assertThat(bySpark).isPositive().isEqualTo(byDuck);
      List<Row> sparkSirets = spark.read().parquet(dir.resolve("spark").toString()).select("siret").sort("siret").collectAsList();
      List<Row> duckSirets = spark.read().parquet(dir.resolve("duck.parquet").toString()).select("siret").sort("siret").collectAsList();
      assertThat(sparkSirets).isEqualTo(duckSirets);
      PlainSparkSide plain = new PlainSparkSide(spark);
      assertThat(plain.scopeFilter(csv.toString(), false, dir.resolve("plain").toString(), config.methodology()))
          .isEqualTo(bySpark);
      assertThat(spark.read().parquet(dir.resolve("plain").toString()).select("siret").sort("siret").collectAsList())
          .isEqualTo(sparkSirets);

      Path parquet = dir.resolve("stock.parquet");
      duck.toParquet(csv.toString(), parquet.toString());
      assertThat(duck.scopeFilter(parquet.toString(), true, dir.resolve("duck2.parquet").toString(), config.methodology()))
          .isEqualTo(byDuck);
      assertThat(plain.scopeFilter(parquet.toString(), true, dir.resolve("plain2").toString(), config.methodology()))
          .isEqualTo(byDuck);
      assertThat(duck.ingest(csv.toString(), false, dir.resolve("all.parquet").toString(), LocalDate.of(2025, 11, 30)))
          .isEqualTo(40_000);
    }
  }
}
