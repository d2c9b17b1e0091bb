package fr.barometre.events;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** One SIRENE snapshot as the rules see it: its date and its sites in the {@link SireneSites} shape. */
public record Snapshot(LocalDate date, Dataset<Row> sites) {}
