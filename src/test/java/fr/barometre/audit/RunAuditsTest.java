package fr.barometre.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.errors.AuditFailedException;
import fr.barometre.errors.ExitCodes;
import fr.barometre.ingest.releve.ReleveCounts;
import fr.barometre.lake.Table;
import fr.barometre.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each audit of a run passes on consistent outputs and names itself when its rule is broken. */
class RunAuditsTest {
  private static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  private static final String NET_COLUMNS =
      "territory_level STRING, territory_code STRING, period STRING, openings BIGINT, extensions BIGINT,"
          + " closures BIGINT, reductions BIGINT, net BIGINT";

  /** 2024: one opening in Rhône (84 / 69) and one closure in Paris (11 / 75). */
  private static final String CONSISTENT =
      "('country','FR','2024',1,0,1,0,0), ('region','84','2024',1,0,0,0,1), ('region','11','2024',0,0,1,0,-1),"
          + " ('department','69','2024',1,0,0,0,1), ('department','75','2024',0,0,1,0,-1)";

  private static Dataset<Row> net(String values) {
    return spark.sql("SELECT * FROM VALUES " + values + " AS t(" + NET_COLUMNS.replaceAll(" [A-Z]+", "") + ")");
  }

  private static Dataset<Row> events(String values) {
    return spark.sql(
        "SELECT * FROM VALUES " + values + " AS t(event_id, counted, region_code, department_code)");
  }

  private static Dataset<Row> territories() {
    return spark.sql(
        "SELECT * FROM VALUES ('region','84'), ('region','11'), ('region','ZZ'), ('department','69'),"
            + " ('department','75'), ('department','ZZ') AS t(territory_level, territory_code)");
  }

  private static ReleveCounts balancedCounts() {
    return new ReleveCounts(List.of(new ReleveCounts.FileCount("a.csv", 3, 2, 1)));
  }

  private static List<RunAudits.Failure> audit(ReleveCounts counts, Dataset<Row> events, Dataset<Row> net) {
    return RunAudits.of(
        counts, events, net, territories(),
        Map.of(Table.EVENTS.tableName(), RunAudits.keyed(events, Table.EVENTS.keyColumns()),
            Table.NET_OPENINGS.tableName(), RunAudits.keyed(net, Table.NET_OPENINGS.keyColumns())));
  }

  private static final String GOOD_EVENTS =
      "('e1', true, '84', '69'), ('e2', true, '11', '75'), ('e3', false, NULL, NULL), ('e4', true, 'ZZ', 'ZZ')";

  @Test
  void consistentOutputsPassEveryCheck() {
    assertThat(audit(balancedCounts(), events(GOOD_EVENTS), net(CONSISTENT))).isEmpty();
  }

  @Test
  void anUnbalancedFileFailsRowsBalanced() {
    ReleveCounts counts = new ReleveCounts(List.of(new ReleveCounts.FileCount("b.xlsx", 5, 3, 1)));
    assertThat(checks(audit(counts, events(GOOD_EVENTS), net(CONSISTENT)))).containsExactly("rows_balanced");
    assertThat(audit(counts, events(GOOD_EVENTS), net(CONSISTENT)).get(0).detail()).contains("b.xlsx", "5", "3", "1");
  }

  @Test
  void aWrongNetFailsTheNetIdentity() {
    String wrong = CONSISTENT.replace("('region','11','2024',0,0,1,0,-1)", "('region','11','2024',0,0,1,0,0)");
    assertThat(checks(audit(balancedCounts(), events(GOOD_EVENTS), net(wrong)))).containsExactly("net_identity");
  }

  @Test
  void aCountryRowThatIsNotTheSumOfItsTerritoriesFails() {
    String wrong = CONSISTENT.replace("('department','75','2024',0,0,1,0,-1)", "('department','75','2024',0,0,0,0,0)");
    List<RunAudits.Failure> failures = audit(balancedCounts(), events(GOOD_EVENTS), net(wrong));
    assertThat(checks(failures)).containsExactly("country_equals_sum_of_territories");
    assertThat(failures.get(0).detail()).contains("2024", "closures", "departments");
  }

  @Test
  void aCountedEventWithoutAKnownTerritoryFails() {
    String unlocated = GOOD_EVENTS + ", ('e5', true, NULL, '69'), ('e6', true, '84', '999')";
    List<RunAudits.Failure> failures = audit(balancedCounts(), events(unlocated), net(CONSISTENT));
    assertThat(checks(failures)).containsExactly("counted_events_located", "counted_events_located");
  }

  @Test
  void keysAreCheckedWithinEachOutputNotAcrossOutputs() {
    // All outputs' keys go through one aggregation: the same key value in two outputs is no
    // duplicate, and a duplicate is named with its own output and count.
    Dataset<Row> events = events(GOOD_EVENTS + ", ('e2', false, NULL, NULL), ('e3', true, '84', '69')");
    Dataset<Row> sameIds = events(GOOD_EVENTS);
    List<RunAudits.Failure> failures =
        RunAudits.of(
            balancedCounts(), events(GOOD_EVENTS), net(CONSISTENT), territories(),
            Map.of(
                "first", RunAudits.keyed(sameIds, Table.EVENTS.keyColumns()),
                "second", RunAudits.keyed(events, Table.EVENTS.keyColumns())));
    assertThat(checks(failures)).containsExactly("unique_keys");
    assertThat(failures.get(0).detail()).startsWith("second: 2 keys (event_id)");
  }

  @Test
  void twoRowsWithOneKeyFailUniqueKeys() {
    List<RunAudits.Failure> failures =
        audit(balancedCounts(), events(GOOD_EVENTS + ", ('e1', false, NULL, NULL)"), net(CONSISTENT));
    assertThat(checks(failures)).containsExactly("unique_keys");
    assertThat(failures.get(0).detail()).startsWith("events: 1 keys (event_id)");
  }

  @Test
  void anEpciLevelThatDoesNotSumToTheCountryFails() {
    String withEpci = CONSISTENT + ", ('epci','200046977','2024',1,0,0,0,1), ('epci','ZZ','2024',0,0,0,0,0)";
    List<RunAudits.Failure> failures = audit(balancedCounts(), events(GOOD_EVENTS), net(withEpci));
    assertThat(checks(failures)).containsExactly("country_equals_sum_of_territories");
    assertThat(failures.get(0).detail()).contains("2024", "closures", "epcis");
  }

  /** net_openings with the jobs figures: the opening of Rhône (50 jobs) and the closure of Paris (30). */
  private static Dataset<Row> netWithJobs(String values) {
    return spark.sql(
        "SELECT * FROM VALUES " + values + " AS t(territory_level, territory_code, period, openings, extensions,"
            + " closures, reductions, net, greenfield_net, jobs_created, jobs_lost, net_jobs)");
  }

  private static Dataset<Row> bySector(String values) {
    return spark.sql(
        "SELECT * FROM VALUES " + values + " AS t(territory_level, territory_code, period, sector, openings,"
            + " extensions, closures, reductions, net, greenfield_net, jobs_created, jobs_lost, net_jobs)");
  }

  private static final String NET_WITH_JOBS =
      "('country','FR','2024',1,0,1,0,0,0,50,30,20), ('region','84','2024',1,0,0,0,1,1,50,0,50),"
          + " ('region','11','2024',0,0,1,0,-1,-1,0,30,-30), ('region','52','2024',0,0,0,0,0,0,0,0,0)";

  private static final String SECTORS =
      "('country','FR','2024','chimie',1,0,0,0,1,1,50,0,50), ('country','FR','2024','sante',0,0,1,0,-1,-1,0,30,-30),"
          + " ('country','FR','2024','defense',0,0,0,0,0,0,0,0,0), ('region','84','2024','chimie',1,0,0,0,1,1,50,0,50),"
          + " ('region','11','2024','sante',0,0,1,0,-1,-1,0,30,-30)";

  @Test
  void sectorRowsSumToTheirTerritorysRow() {
    assertThat(RunAudits.sectorSums(netWithJobs(NET_WITH_JOBS), bySector(SECTORS))).isEmpty();
    // A région's jobs lost by sector that do not add up to its row.
    String wrong = SECTORS.replace("('region','11','2024','sante',0,0,1,0,-1,-1,0,30,-30)",
        "('region','11','2024','sante',0,0,1,0,-1,-1,0,31,-31)");
    List<RunAudits.Failure> failures = RunAudits.sectorSums(netWithJobs(NET_WITH_JOBS), bySector(wrong));
    assertThat(checks(failures)).containsExactly("sectors_sum_to_territory");
    assertThat(failures.get(0).detail()).startsWith("1 territories");
    // A territory with events in net_openings and no sector row.
    String missing = SECTORS.replace(", ('region','84','2024','chimie',1,0,0,0,1,1,50,0,50)", "");
    assertThat(checks(RunAudits.sectorSums(netWithJobs(NET_WITH_JOBS), bySector(missing))))
        .containsExactly("sectors_sum_to_territory");
  }

  @Test
  void aFailedAuditExitsWithFour() {
    assertThat(ExitCodes.of(new AuditFailedException("audit failed: net_identity"))).isEqualTo(4);
  }

  private static List<String> checks(List<RunAudits.Failure> failures) {
    List<String> names = new ArrayList<>();
    failures.forEach(f -> names.add(f.check()));
    return names;
  }
}
