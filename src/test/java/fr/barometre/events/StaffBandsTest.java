package fr.barometre.events;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.testing.SparkTestSession;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Band bounds of INSEE's staff bands (methodology §3, §4 rule 3), NAF normalisation and scope. */
class StaffBandsTest {

  @Test
  void lowerAndUpperBoundsFollowTheNomenclature() {
    List<Row> rows =
        SparkTestSession.get()
            .sql("SELECT * FROM VALUES ('NN'), ('00'), ('01'), ('11'), ('12'), ('21'), ('32'), ('52'), ('53'), (''), (NULL) AS t(b)")
            .select(col("b"), StaffBands.lower(col("b")).as("lo"), StaffBands.upper(col("b")).as("hi"))
            .collectAsList();
    String bounds =
        rows.stream().map(r -> r.get(0) + ":" + r.get(1) + "-" + r.get(2)).collect(Collectors.joining(" "));
    assertThat(bounds)
        .isEqualTo("NN:null-null 00:0-0 01:1-2 11:10-19 12:20-49 21:50-99 32:250-499 52:5000-9999 53:10000-null :null-null null:null-null");
  }

  @Test
  void certainIncreaseIsLowerOfTheNewBandMinusUpperOfTheOld() {
    Row r =
        SparkTestSession.get()
            .sql("SELECT '12' AS a, '22' AS b, '53' AS c, 'NN' AS d")
            .select(
                StaffBands.certainIncrease(col("a"), col("b")),
                StaffBands.certainIncrease(col("b"), col("a")),
                StaffBands.certainIncrease(col("c"), col("b")),
                StaffBands.certainIncrease(col("d"), col("b")))
            .first();
    assertThat(r.getInt(0)).isEqualTo(100 - 49);
    assertThat(r.getInt(1)).isEqualTo(20 - 199);
    assertThat(r.isNullAt(2)).as("53 has no upper bound").isTrue();
    assertThat(r.isNullAt(3)).as("NN is unknown").isTrue();
  }

  @Test
  void nafCodesAreNormalisedBeforeTheScopeTest() {
    List<Row> rows =
        SparkTestSession.get()
            .sql("SELECT * FROM VALUES ('27.20Z'), ('2720Z'), (' 27.20z '), ('38.11Z'), ('46.90Z'), ('05.10Z'), ('39.00Z'), ('41.20A') AS t(n)")
            .select(NafScope.normalised(col("n")), NafScope.inScope(col("n"), EventFixtures.METHODOLOGY))
            .collectAsList();
    assertThat(rows.stream().map(r -> r.get(0) + "=" + r.get(1)).collect(Collectors.joining(" ")))
        .isEqualTo("27.20Z=true 27.20Z=true 27.20Z=true 38.11Z=false 46.90Z=false 05.10Z=true 39.00Z=true 41.20A=false");
  }
}
