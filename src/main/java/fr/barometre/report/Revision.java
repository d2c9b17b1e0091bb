package fr.barometre.report;

import static fr.barometre.lake.Columns.PERIOD;
import static fr.barometre.lake.Columns.TERRITORY_CODE;
import static fr.barometre.lake.Columns.TERRITORY_LEVEL;
import static fr.barometre.lake.Columns.TERRITORY_NAME;

import org.apache.spark.sql.Row;

/** A territory and period whose figures changed since the previous vintage (a {@code revisions} row). */
public record Revision(
    String level, String code, String name, String period, long netPrevious, long net, long netRevision,
    long openingsRevision, long extensionsRevision, long closuresRevision, long reductionsRevision) {

  static Revision of(Row r) {
    return new Revision(
        r.getAs(TERRITORY_LEVEL),
        r.getAs(TERRITORY_CODE),
        r.getAs(TERRITORY_NAME),
        r.getAs(PERIOD),
        Figures.number(r, "net_previous"),
        Figures.number(r, "net"),
        Figures.number(r, "net_revision"),
        Figures.number(r, "openings_revision"),
        Figures.number(r, "extensions_revision"),
        Figures.number(r, "closures_revision"),
        Figures.number(r, "reductions_revision"));
  }
}
