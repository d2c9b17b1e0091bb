package fr.barometre.report;

import org.apache.spark.sql.Row;

/** A territory and period whose figures changed since the previous vintage (a {@code revisions} row). */
public record Revision(
    String level, String code, String name, String period, long netPrevious, long net, long netRevision,
    long openingsRevision, long extensionsRevision, long closuresRevision, long reductionsRevision) {

  static Revision of(Row r) {
    return new Revision(
        r.getAs("territory_level"),
        r.getAs("territory_code"),
        r.getAs("territory_name"),
        r.getAs("period"),
        Figures.number(r, "net_previous"),
        Figures.number(r, "net"),
        Figures.number(r, "net_revision"),
        Figures.number(r, "openings_revision"),
        Figures.number(r, "extensions_revision"),
        Figures.number(r, "closures_revision"),
        Figures.number(r, "reductions_revision"));
  }
}
