package fr.barometre.jobs;

import fr.barometre.export.ExportTable;

import java.util.List;

/**
 * What {@code barometre export} was asked for; {@code allColumns} adds every stored column, {@code
 * raw} writes text cells as stored, without neutralising those that start like a formula; {@code
 * levels} the territory levels to export (empty: the table's {@link ExportTable#defaultLevels()};
 * {@link #ALL_LEVELS}: every level).
 */
public record ExportOptions(
    ExportTable table, String vintage, String out, boolean allColumns, boolean raw, List<String> levels) {
  /** The {@code --level} value that exports every level. */
  public static final String ALL_LEVELS = "all";
}
