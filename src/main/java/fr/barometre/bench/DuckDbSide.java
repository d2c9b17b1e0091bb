package fr.barometre.bench;

import fr.barometre.config.Methodology;
import fr.barometre.events.SireneSites;
import fr.barometre.events.StaffBands;
import fr.barometre.ingest.sirene.SireneField;
import fr.barometre.ingest.sirene.SireneLayout;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reference engine of the benchmark: DuckDB, in-process, doing on the same stock file what the
 * pipeline does with Spark — the scope filter to Parquet, the whole typed ingest to Parquet — with
 * the same columns and rules, so the ratio of the two wall times means something. Also converts
 * the generated CSV to the Parquet input (zstd, every column a string, as INSEE publishes codes).
 */
final class DuckDbSide implements AutoCloseable {
  /** Source column of each rule column of {@link SireneSites}, for the scope filter's output. */
  private static final Map<String, String> SOURCE =
      SireneLayout.ESTABLISHMENTS.fields().stream()
          .collect(Collectors.toMap(SireneField::target, SireneField::source));

  private final Connection connection;

  DuckDbSide(int threads) throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    execute("SET threads = " + threads);
    execute("SET preserve_insertion_order = false"); // Spark keeps no order either
  }

  /** Writes {@code csv} as one zstd Parquet file with every column a string. */
  void toParquet(String csv, String parquet) throws SQLException {
    execute(
        "COPY (SELECT * FROM " + source(csv, false) + ") TO '" + quote(parquet)
            + "' (FORMAT parquet, COMPRESSION zstd)");
  }

  /**
   * The industrial sites of the methodology's scope (NAF division included, class not excluded,
   * band at least {@code min-employees}) with the rule columns, to zstd Parquet; returns the rows
   * written.
   */
  long scopeFilter(String input, boolean parquet, String out, Methodology m) throws SQLException {
    String columns =
        java.util.Arrays.stream(SireneSites.SCHEMA.fields())
            .map(f -> typed(SOURCE.get(f.name()), f.name(), isDate(f) ? "DATE" : "VARCHAR"))
            .collect(Collectors.joining(", "));
    String naf = "trim(activitePrincipaleEtablissement)";
    String where =
        "substr(" + naf + ", 1, 2) IN (" + list(m.includedDivisions()) + ")"
            + " AND " + naf + " NOT IN (" + list(m.excludedClasses()) + ")"
            + " AND trim(trancheEffectifsEtablissement) IN ("
            + list(StaffBands.codesFrom(m.minEmployees())) + ")";
    return copy(
        "SELECT " + columns + " FROM " + source(input, parquet) + " WHERE " + where, out);
  }

  /**
   * Every row of the file with the landed columns of {@code sirene_establishments}, typed the same
   * way (blank and {@code [ND]} null, malformed values null), to zstd Parquet; returns the rows.
   */
  long ingest(String input, boolean parquet, String out, LocalDate snapshot) throws SQLException {
    String columns =
        "DATE '" + snapshot + "' AS " + SireneLayout.SNAPSHOT_DATE + ", "
            + SireneLayout.ESTABLISHMENTS.fields().stream()
                .map(f -> typed(f.source(), f.target(), duckType(f)))
                .collect(Collectors.joining(", "));
    return copy("SELECT " + columns + " FROM " + source(input, parquet), out);
  }

  long count(String parquet) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet('" + quote(parquet) + "')")) {
      r.next();
      return r.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  private long copy(String select, String out) throws SQLException {
    try (Statement s = connection.createStatement()) {
      // COPY answers with the number of rows it wrote.
      s.execute("COPY (" + select + ") TO '" + quote(out) + "' (FORMAT parquet, COMPRESSION zstd)");
      try (ResultSet r = s.getResultSet()) {
        return r != null && r.next() ? r.getLong(1) : count(out);
      }
    }
  }

  private static String typed(String source, String target, String type) {
    String value = "nullif(nullif(trim(\"" + source + "\"), ''), '[ND]')";
    return (type.equals("VARCHAR") ? value : "TRY_CAST(" + value + " AS " + type + ")")
        + " AS " + target;
  }

  private static boolean isDate(org.apache.spark.sql.types.StructField field) {
    return field.dataType().equals(org.apache.spark.sql.types.DataTypes.DateType);
  }

  private static String duckType(SireneField field) {
    return switch (field.type().typeName()) {
      case "string" -> "VARCHAR";
      case "date" -> "DATE";
      case "timestamp" -> "TIMESTAMP";
      case "integer" -> "INTEGER";
      case "double" -> "DOUBLE";
      case "boolean" -> "BOOLEAN";
      default -> throw new IllegalArgumentException("no DuckDB type for " + field);
    };
  }

  private static String source(String input, boolean parquet) {
    return parquet
        ? "read_parquet('" + quote(input) + "')"
        : "read_csv('" + quote(input) + "', header = true, all_varchar = true, quote = '\"',"
            + " escape = '\"', delim = ',')";
  }

  private static String list(List<String> values) {
    return values.stream().map(v -> "'" + quote(v) + "'").collect(Collectors.joining(", "));
  }

  private static String quote(String text) {
    return text.replace("'", "''");
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }
}
