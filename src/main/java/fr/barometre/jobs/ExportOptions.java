package fr.barometre.jobs;

import fr.barometre.export.ExportTable;

/**
 * What {@code barometre export} was asked for; {@code allColumns} adds every stored column, {@code
 * raw} writes text cells as stored, without neutralising those that start like a formula.
 */
public record ExportOptions(
    ExportTable table, String vintage, String out, boolean allColumns, boolean raw) {}
