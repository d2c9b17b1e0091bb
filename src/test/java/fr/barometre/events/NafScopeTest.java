package fr.barometre.events;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import fr.barometre.config.BarometreConfig;
import fr.barometre.config.Methodology;
import fr.barometre.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** NAF codes in any spelling normalise to NN.NNL; the scope is division in, class not excluded. */
class NafScopeTest {
  private static final Methodology M =
      BarometreConfig.load(Optional.empty(), ConfigFactory.empty()).methodology();

  private static List<Row> evaluate(String... codes) {
    Dataset<Row> in =
        SparkTestSession.get().createDataset(new ArrayList<>(Arrays.asList(codes)), Encoders.STRING()).toDF("naf");
    return in.select(col("naf"), NafScope.normalised(col("naf")).as("code"), NafScope.inScope(col("naf"), M).as("in"))
        .collectAsList();
  }

  @Test
  void everySpellingNormalisesTheSameWay() {
    List<Row> rows = evaluate("27.20Z", "2720Z", " 27.20z ", "27-20Z", " 25.62A", "", "   ", null, "25.62", "NAP");
    assertThat(rows.stream().map(r -> r.isNullAt(1) ? null : r.getString(1)).toList())
        .containsExactly("27.20Z", "27.20Z", "27.20Z", "27.20Z", "25.62A", null, null, null, "25.62", "NAP");
  }

  @Test
  void scopeIsIncludedDivisionsMinusExcludedClasses() {
    List<Row> rows = evaluate("25.62A", "2562a", "10.71C", "1071C", "38.11Z", "38.21Z", "47.11F", "01.11Z", "25.62", null);
    assertThat(rows.stream().map(r -> r.isNullAt(2) ? null : r.getBoolean(2)).toList())
        .containsExactly(true, true, false, false, false, true, false, false, true, null);
  }
}
