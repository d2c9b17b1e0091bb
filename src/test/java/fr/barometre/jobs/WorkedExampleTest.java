package fr.barometre.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.cli.Barometre;
import fr.barometre.events.Vintage;
import fr.barometre.lake.Lake;
import fr.barometre.lake.Publication;
import fr.barometre.lake.RunId;
import fr.barometre.lake.Table;
import fr.barometre.testing.Golden;
import fr.barometre.testing.SparkTestSession;
import fr.barometre.testing.WorkedExports;
import fr.barometre.testing.WorkedLake;
import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * End to end through the launcher's Java entry point: the worked example of
 * shared/examples/worked for vintages 2024-S1 then 2024-S2 into one lake; the four exports of each
 * vintage equal the expected files (as row sets), reruns are idempotent and isolated (checked on a
 * copy: the worked lake is shared, read-only, by every test JVM of the build).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkedExampleTest {
  private static Path lake;
  private static Path out;

  @BeforeAll
  static void lake() {
    lake = WorkedLake.get(); // runs 2024-S1 then 2024-S2 once per build
    out = SparkTestSession.tempDir("worked-out");
  }

  static Path export(String table, String vintage, String... more) {
    return export(lake, table, vintage, more);
  }

  static Path export(Path lake, String table, String vintage, String... more) {
    Path file = out.resolve(lake.getParent().getFileName() + "-" + vintage + "-" + table + more.length + ".csv");
    String[] args = {
      "export", "--lake", lake.toString(), "--table", table, "--vintage", vintage, "--out", file.toString()
    };
    int rc = Barometre.execute(Stream.concat(Arrays.stream(args), Arrays.stream(more)).toArray(String[]::new));
    assertThat(rc).as("export %s %s", table, vintage).isZero();
    return file;
  }

  static void assertExportsMatch(String vintage) {
    for (String table : WorkedExports.TABLES) {
      List<String> lines = WorkedExports.lines(export(table, vintage));
      WorkedExports.assertMatches(vintage, table, lines);
      // The whole default export, the columns appended since (sectors, jobs, EPCI) included:
      // reviewed golden files (the pinned columns are the worked example's, checked above).
      Golden.assertMatches("worked/" + table + "_" + vintage + ".csv", lines);
    }
  }

  private static List<List<String>> allColumnExports(Path lake) {
    List<List<String>> all = new ArrayList<>();
    for (String t : WorkedExports.TABLES) {
      all.add(WorkedExports.lines(export(lake, t, "2024-S1", "--all-columns")));
      all.add(WorkedExports.lines(export(lake, t, "2024-S2", "--all-columns")));
    }
    // The later vintage's revisions are computed against the earlier one: they must not move either.
    all.add(WorkedExports.lines(export(lake, "revisions", "2024-S2", "--all-columns")));
    return all;
  }

  @Test
  @Order(1)
  void vintage2024S1MatchesTheWorkedExample() {
    assertExportsMatch("2024-S1");
  }

  @Test
  @Order(2)
  void vintage2024S2MatchesTheWorkedExample() {
    assertExportsMatch("2024-S2");
  }

  @Test
  @Order(3)
  void rerunningAnEarlierVintageChangesNeitherItNorTheLaterOne() {
    // A rerun writes: on a copy, the shared worked lake stays read-only. Before = the shared lake.
    Path rerun = WorkedLake.copy("worked-rerun");
    List<List<String>> before = allColumnExports(lake);
    Publication publication = new Publication(new Lake(SparkTestSession.get(), rerun.toString()));
    String replaced = publication.publishedRun("2024-S1").orElseThrow();
    assertThat(WorkedLake.run(rerun, "2024-S1")).isZero();
    assertThat(allColumnExports(rerun)).isEqualTo(before);
    // Every earlier run of the vintage had ended: the rerun deleted nothing, and the rows of the
    // run it replaced stay, unread, beside its own (maintain deletes them).
    String current = publication.publishedRun("2024-S1").orElseThrow();
    assertThat(current).isNotEqualTo(replaced);
    assertThat(runIdsOf2024S1(publication)).allSatisfy((t, ids) -> assertThat(ids).as("run ids of 2024-S1 in %s", t)
        .containsExactlyInAnyOrder(replaced, current));
    assertThat(operations(publication.lake(), Table.EVENTS)).doesNotContain("DELETE");

    // A run of the vintage that died after writing (its start recorded, never ended): the next run
    // deletes what it left, with the rows of the runs before it (publication.md §3).
    String dead = RunId.next();
    publication.write(Table.EVENTS, publication.slice(Table.EVENTS, "2024-S1").drop(Publication.RUN_ID), dead, Map.of());
    RunOptions deadRun = new RunOptions(Vintage.parse("2024-S1"), List.of("releves"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    new RunLog(publication.lake(), dead, deadRun, Map.of()).started();
    assertThat(WorkedLake.run(rerun, "2024-S1")).isZero();
    assertThat(allColumnExports(rerun)).isEqualTo(before);
    String last = publication.publishedRun("2024-S1").orElseThrow();
    assertThat(runIdsOf2024S1(publication)).allSatisfy((t, ids) -> assertThat(ids).as("run ids of 2024-S1 in %s", t)
        .containsOnly(last));
  }

  /** The run ids of 2024-S1's rows in each output table. */
  private static Map<Table, List<String>> runIdsOf2024S1(Publication publication) {
    Map<Table, List<String>> ids = new EnumMap<>(Table.class);
    for (Table t : Table.runOutputs()) {
      ids.put(t, publication.lake().read(t.tableName()).where("vintage = '2024-S1'").select(Publication.RUN_ID)
          .distinct().collectAsList().stream().map(r -> r.getString(0)).toList());
    }
    return ids;
  }

  /** The operations of the commits of {@code table}'s Delta log. */
  private static List<String> operations(Lake lake, Table table) {
    return DeltaTable.forPath(lake.spark(), lake.path(table.tableName())).history()
        .select("operation").collectAsList().stream().map(r -> r.getString(0)).toList();
  }

  @Test
  @Order(4)
  void revisionsOf2024S2ShowTheChangesFrom2024S1() {
    List<String> revisions = WorkedExports.lines(export("revisions", "2024-S2"));
    // Country, 2024-S1: 3 openings in vintage 2024-S1, 2 in 2024-S2 (one opening's date was
    // corrected into July by the 2024-S2 relève), so net 5 -> 4, a revision of -1.
    assertThat(revisions)
        .anySatisfy(l -> assertThat(l).startsWith("2024-S2,2024-S1,country,FR,2024-S1,France,2,3,-1,"));
    Golden.assertMatches("worked/revisions_2024-S2.csv", revisions);
  }

  @Test
  @Order(5)
  void theWorkedExampleComputedWithInterpretedExpressionsIsTheSame() {
    // What bin/barometre runs its quick commands with (small inputs: no generated code, the
    // expressions interpreted): the same rows as with Spark's code generation, which built the
    // shared worked lake.
    SparkSession spark = SparkTestSession.get();
    Path interpreted = SparkTestSession.tempDir("worked-interpreted").resolve("lake");
    Map<String, String> quick = Map.of("spark.sql.codegen.wholeStage", "false", "spark.sql.codegen.factoryMode", "NO_CODEGEN");
    quick.forEach(spark.conf()::set);
    try {
      assertThat(spark.range(3).selectExpr("id * 2").queryExecution().executedPlan())
          .as("no whole-stage code generation").isNotInstanceOf(WholeStageCodegenExec.class);
      assertThat(WorkedLake.run(interpreted, "2024-S1")).isZero();
      assertThat(WorkedLake.run(interpreted, "2024-S2")).isZero();
    } finally {
      quick.keySet().forEach(spark.conf()::unset);
    }
    assertThat(allColumnExports(interpreted)).isEqualTo(allColumnExports(lake));
  }
}
