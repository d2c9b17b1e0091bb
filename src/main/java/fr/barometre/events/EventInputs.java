package fr.barometre.events;

import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Everything the counting rules read: the accepted survey rows of every relève, the current and
 * previous SIRENE snapshots, the succession links, and the COG's commune resolution.
 */
public record EventInputs(
    Dataset<Row> surveyRows,
    Optional<Snapshot> current,
    Optional<Snapshot> previous,
    Optional<Dataset<Row>> successions,
    Dataset<Row> communes) {}
