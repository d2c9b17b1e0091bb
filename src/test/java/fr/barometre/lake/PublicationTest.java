package fr.barometre.lake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.testing.SparkTestSession;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The publication protocol on small tables (publication.md §1, §3): invisible until published,
 * the later-started run's publication stands, older rows cleaned and still readable by time
 * travel, rows of an earlier version of the lake read until replaced.
 */
class PublicationTest {
  private static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  private static Dataset<Row> rows(String vintage, int... values) {
    StringBuilder sql = new StringBuilder();
    for (int v : values) {
      sql.append(sql.length() > 0 ? " UNION ALL " : "")
          .append("SELECT '").append(vintage).append("' AS vintage, ").append(v).append(" AS n");
    }
    return spark.sql(sql.toString());
  }

  private static List<Integer> seen(Publication p, String vintage) {
    return p.slice(Table.NET_OPENINGS, vintage).orderBy("n").collectAsList().stream().map(r -> r.<Integer>getAs("n")).toList();
  }

  private static Map<String, String> commit(String runId) {
    return Map.of("run_id", runId);
  }

  @Test
  void aRunIsInvisibleUntilPublishedAndReplacesThePreviousOneWhole() {
    Publication p = new Publication(new Lake(spark, SparkTestSession.tempDir("pub").toString()));
    String first = RunId.next();
    p.write(Table.NET_OPENINGS, rows("2024-S2", 1, 2), first, commit(first));
    assertThat(seen(p, "2024-S2")).as("written, not published").isEmpty();
    assertThat(p.publish("2024-S2", first, commit(first))).isTrue();
    assertThat(seen(p, "2024-S2")).containsExactly(1, 2);
    long publishedVersion = version(p.lake(), Table.NET_OPENINGS);

    String second = RunId.next();
    p.write(Table.NET_OPENINGS, rows("2024-S2", 3), second, commit(second));
    assertThat(seen(p, "2024-S2")).as("the second run written, not yet published").containsExactly(1, 2);
    assertThat(p.publish("2024-S2", second, commit(second))).isTrue();
    assertThat(seen(p, "2024-S2")).containsExactly(3);

    p.removeOlderRuns(Table.NET_OPENINGS, "2024-S2", second, commit(second));
    assertThat(p.lake().read("net_openings").collectAsList()).extracting(r -> r.<Integer>getAs("n")).containsExactly(3);
    // The replaced run stays readable by time travel (until maintain vacuums it past the retention).
    List<Row> before = spark.read().format("delta").option("versionAsOf", publishedVersion)
        .load(p.lake().path("net_openings")).where("run_id = '" + first + "'").collectAsList();
    assertThat(before).extracting(r -> r.<Integer>getAs("n")).containsExactlyInAnyOrder(1, 2);
    assertThat(p.publishedRun("2024-S2")).contains(second);
  }

  @Test
  void aLakeNamedByARelativePathPublishes() {
    // As the README's `run --lake lake/`: Delta's table builder refused a relative location.
    String relative = java.nio.file.Paths.get("").toAbsolutePath()
        .relativize(SparkTestSession.tempDir("pub-relative")).toString();
    Publication p = new Publication(new Lake(spark, relative));
    String run = RunId.next();
    p.write(Table.NET_OPENINGS, rows("2024-S2", 7), run, commit(run));
    assertThat(p.publish("2024-S2", run, commit(run))).isTrue();
    assertThat(seen(p, "2024-S2")).containsExactly(7);
  }

  @Test
  void ofTwoRunsOfAVintageTheLaterStartedOneStandsWhateverTheOrderTheyFinishIn() {
    Publication p = new Publication(new Lake(spark, SparkTestSession.tempDir("pub").toString()));
    String earlier = RunId.next();
    String later = RunId.next();
    p.write(Table.NET_OPENINGS, rows("2024-S2", 1), earlier, commit(earlier));
    p.write(Table.NET_OPENINGS, rows("2024-S2", 2), later, commit(later));
    assertThat(p.publish("2024-S2", later, commit(later))).isTrue();
    assertThat(p.publish("2024-S2", earlier, commit(earlier))).as("superseded").isFalse();
    assertThat(seen(p, "2024-S2")).containsExactly(2);

    // Cleaning after the later publication leaves the rows of no live run but its own.
    p.removeRun(Table.NET_OPENINGS, "2024-S2", earlier, commit(earlier));
    p.removeOlderRuns(Table.NET_OPENINGS, "2024-S2", later, commit(later));
    assertThat(p.lake().read("net_openings").collectAsList()).extracting(r -> r.<String>getAs("run_id")).containsExactly(later);
  }

  @Test
  void cleaningAfterAPublicationKeepsTheRowsOfARunStartedLater() {
    Publication p = new Publication(new Lake(spark, SparkTestSession.tempDir("pub").toString()));
    String first = RunId.next();
    String second = RunId.next();
    p.write(Table.NET_OPENINGS, rows("2024-S2", 1), first, commit(first));
    p.write(Table.NET_OPENINGS, rows("2024-S2", 2), second, commit(second));
    assertThat(p.publish("2024-S2", first, commit(first))).isTrue();
    p.removeOlderRuns(Table.NET_OPENINGS, "2024-S2", first, commit(first));
    assertThat(p.publish("2024-S2", second, commit(second))).as("the later run publishes after it").isTrue();
    assertThat(seen(p, "2024-S2")).containsExactly(2);
  }

  @Test
  void concurrentPublicationsOfOneVintageRetryAndTheLaterStartedRunWins() throws Exception {
    Publication p = new Publication(new Lake(spark, SparkTestSession.tempDir("pub").toString()));
    String earlier = RunId.next();
    String later = RunId.next();
    String other = RunId.next();
    p.write(Table.NET_OPENINGS, rows("2024-S2", 1), earlier, commit(earlier));
    p.write(Table.NET_OPENINGS, rows("2024-S2", 2), later, commit(later));
    p.write(Table.NET_OPENINGS, rows("2024-S1", 9), other, commit(other));
    // Three publications at once, the table not even created yet: Delta lets one commit first and
    // the others retry on the new state.
    CompletableFuture<Boolean> a = CompletableFuture.supplyAsync(() -> p.publish("2024-S2", earlier, commit(earlier)));
    CompletableFuture<Boolean> b = CompletableFuture.supplyAsync(() -> p.publish("2024-S2", later, commit(later)));
    CompletableFuture<Boolean> c = CompletableFuture.supplyAsync(() -> p.publish("2024-S1", other, commit(other)));
    assertThat(b.get()).isTrue();
    assertThat(c.get()).as("another vintage does not interfere").isTrue();
    a.get(); // published then replaced, or superseded: either way the later run stands
    assertThat(seen(p, "2024-S2")).containsExactly(2);
    assertThat(seen(p, "2024-S1")).containsExactly(9);
  }

  @Test
  void rowsOfALakeWrittenBeforePublicationsAreReadUntilTheirVintageIsPublishedAgain() {
    Lake lake = new Lake(spark, SparkTestSession.tempDir("pub").toString());
    lake.replaceSlice(rows("2024-S1", 1), "net_openings", "vintage", "2024-S1", commit("old-1"));
    lake.replaceSlice(rows("2024-S2", 2), "net_openings", "vintage", "2024-S2", commit("old-2"));
    Publication p = new Publication(lake);
    assertThat(seen(p, "2024-S2")).as("no run id column at all").containsExactly(2);

    String run = RunId.next();
    p.write(Table.NET_OPENINGS, rows("2024-S2", 3), run, commit(run));
    assertThat(seen(p, "2024-S2")).as("legacy rows until the new run publishes").containsExactly(2);
    assertThat(p.publish("2024-S2", run, commit(run))).isTrue();
    assertThat(seen(p, "2024-S2")).containsExactly(3);
    assertThat(seen(p, "2024-S1")).as("another legacy vintage stays readable").containsExactly(1);
  }

  private static long version(Lake lake, Table table) {
    return spark.sql("DESCRIBE HISTORY delta.`" + lake.path(table.tableName()) + "` LIMIT 1").first().<Long>getAs("version");
  }
}
