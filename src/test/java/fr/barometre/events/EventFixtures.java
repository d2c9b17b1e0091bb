package fr.barometre.events;

import fr.barometre.config.BarometreConfig;
import fr.barometre.config.Methodology;
import fr.barometre.testing.SparkTestSession;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Small inline inputs for the rule tests: survey rows and SIRENE sites written as {@code
 * key=value} pairs, a handful of COG codes, and a runner that returns the events of a vintage.
 * Public for the tests of the jobs that read snapshots ({@code jobs.SnapshotCutsTest}).
 */
public final class EventFixtures {
  static final StructType SURVEY =
      new StructType()
          .add("file", DataTypes.StringType)
          .add("line", DataTypes.IntegerType)
          .add("releve", DataTypes.StringType)
          .add("id_evenement", DataTypes.StringType)
          .add("siret", DataTypes.StringType)
          .add("raison_sociale", DataTypes.StringType)
          .add("event_type", DataTypes.StringType)
          .add("effect_date", DataTypes.DateType)
          .add("code_commune", DataTypes.StringType)
          .add("effectif_avant", DataTypes.IntegerType)
          .add("effectif_apres", DataTypes.IntegerType)
          .add("naf", DataTypes.StringType)
          .add("statut", DataTypes.StringType)
          .add("variation_production_pct", DataTypes.DoubleType)
          .add("investissement_meur", DataTypes.DoubleType)
          .add("france2030", DataTypes.BooleanType)
          .add("commentaire", DataTypes.StringType)
          .add("filiere", DataTypes.StringType);

  public static final Methodology METHODOLOGY = BarometreConfig.load(Optional.empty()).methodology();

  private static int nextLine = 2;

  private EventFixtures() {}

  static SparkSession spark() {
    return SparkTestSession.get();
  }

  private static Map<String, String> pairs(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (String p : kv) {
      int eq = p.indexOf('=');
      m.put(p.substring(0, eq), p.substring(eq + 1));
    }
    return m;
  }

  private static Integer integer(String s) {
    return s == null ? null : Integer.valueOf(s);
  }

  private static Double decimal(String s) {
    return s == null ? null : Double.valueOf(s);
  }

  /**
   * A survey row of {@code releve}. Keys: siret, type, date, commune, avant, apres, naf, statut,
   * prod, invest, id, name, file, line, f2030 (true/false), filiere. Defaults: file r.csv, next
   * line, name "Site", CONFIRME.
   */
  public static Row survey(String releve, String... kv) {
    Map<String, String> m = pairs(kv);
    int line = m.containsKey("line") ? Integer.parseInt(m.get("line")) : nextLine++;
    return RowFactory.create(
        m.getOrDefault("file", "r.csv"),
        line,
        releve,
        m.get("id"),
        m.get("siret"),
        m.getOrDefault("name", "Site"),
        m.get("type"),
        Date.valueOf(m.get("date")),
        m.get("commune"),
        integer(m.get("avant")),
        integer(m.get("apres")),
        m.get("naf"),
        m.getOrDefault("statut", "CONFIRME"),
        decimal(m.get("prod")),
        decimal(m.get("invest")),
        m.containsKey("f2030") ? Boolean.valueOf(m.get("f2030")) : null,
        null,
        m.get("filiere"));
  }

  /**
   * A SIRENE site. Keys: naf (default 25.62A), naf25 (NAF 2025 code, default none as in a
   * 53-column stock), band, commune (default 38185), etat (A), created, debut, rm.
   */
  public static Row site(String siret, String... kv) {
    Map<String, String> m = pairs(kv);
    return RowFactory.create(
        siret,
        m.getOrDefault("naf", "25.62A"),
        m.get("rm"),
        m.get("band"),
        m.getOrDefault("commune", "38185"),
        m.getOrDefault("etat", "A"),
        m.containsKey("created") ? Date.valueOf(m.get("created")) : Date.valueOf("2000-01-01"),
        m.containsKey("debut") ? Date.valueOf(m.get("debut")) : Date.valueOf("2000-01-01"),
        m.get("naf25"));
  }

  /**
   * A current snapshot for the tests of the snapshots' cuts: industrial sites that make or may make
   * an event, and two sites outside industry (02, 03) whose rows only a survey of them keeps.
   */
  public static final List<Row> CUT_CURRENT =
      List.of(
          site("01", "band=12", "created=2024-04-05"),
          site("02", "band=11", "naf=46.90Z"),
          site("03", "band=11", "naf=46.90Z"),
          site("04", "band=12", "etat=F", "debut=2024-03-10"),
          site("05", "band=22"),
          site("06", "band=11"),
          site("07", "band=03"));

  /** The previous snapshot of {@link #CUT_CURRENT}; 08 is gone since and below {@code min-jobs}. */
  public static final List<Row> CUT_PREVIOUS =
      List.of(
          site("02", "band=11", "naf=46.90Z"),
          site("03", "band=11", "naf=46.90Z"),
          site("04", "band=21"),
          site("05", "band=12"),
          site("06", "band=22"),
          site("07", "band=02"),
          site("08", "band=01"));

  static Dataset<Row> sites(List<Row> rows) {
    return spark().createDataFrame(rows, SireneSites.SCHEMA);
  }

  /**
   * A few COG codes with their EPCI: current communes, a Lyon arrondissement, a commune déléguée,
   * an island commune outside every EPCI (Île-de-Bréhat), a COM code.
   */
  static Dataset<Row> communes() {
    StructType schema =
        new StructType()
            .add("code", DataTypes.StringType)
            .add("commune_code", DataTypes.StringType)
            .add("department_code", DataTypes.StringType)
            .add("region_code", DataTypes.StringType)
            .add("epci_code", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create("38185", "38185", "38", "84", "200040715"));
    rows.add(RowFactory.create("69123", "69123", "69", "84", "200046977"));
    rows.add(RowFactory.create("69383", "69123", "69", "84", "200046977"));
    rows.add(RowFactory.create("01053", "01053", "01", "84", "200071751"));
    rows.add(RowFactory.create("49149", "49018", "49", "52", "244900882"));
    rows.add(RowFactory.create("49018", "49018", "49", "52", "244900882"));
    rows.add(RowFactory.create("75056", "75056", "75", "11", "200054781"));
    rows.add(RowFactory.create("22016", "22016", "22", "53", null));
    rows.add(RowFactory.create("98735", "98735", "987", "987", null));
    return spark().createDataFrame(rows, schema);
  }

  /** Inputs from inline rows; a null site list means "no such snapshot". */
  public static EventInputs inputs(List<Row> survey, List<Row> current, List<Row> previous, List<Row> links) {
    return new EventInputs(
        spark().createDataFrame(survey, SURVEY),
        Optional.ofNullable(current).map(c -> new Snapshot(LocalDate.of(2025, 1, 1), sites(c))),
        Optional.ofNullable(previous).map(p -> new Snapshot(LocalDate.of(2024, 1, 1), sites(p))),
        Optional.ofNullable(links).map(l -> spark().createDataFrame(l, EventsPipeline.LINKS)),
        communes());
  }

  /** The events of {@code vintage}, keyed by "SIRET TYPE" (or "name TYPE" without SIRET). */
  static Map<String, Row> events(String vintage, EventInputs in) {
    EventsPipeline p = new EventsPipeline(METHODOLOGY, Vintage.parse(vintage));
    Map<String, Row> out = new HashMap<>();
    for (Row r : p.events(p.identified(in), in).collectAsList()) {
      String who = r.getAs("siret") == null ? r.getAs("raison_sociale") : r.getAs("siret");
      out.put(who + " " + r.getAs("event_type") + " " + r.getAs("year"), r);
    }
    return out;
  }
}
