package fr.barometre.jobs;

import fr.barometre.export.ExportTable;

/** What {@code barometre export} was asked for; {@code allColumns} adds every stored column. */
public record ExportOptions(ExportTable table, String vintage, String out, boolean allColumns) {}
