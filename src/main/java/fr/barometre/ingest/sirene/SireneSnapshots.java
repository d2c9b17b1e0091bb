package fr.barometre.ingest.sirene;

import fr.barometre.lake.Lake;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * INSEE's establishment stock ({@code StockEtablissement}, {@code .csv}, {@code .csv.gz}, {@code
 * .zip} or Parquet) landed once per snapshot in the Delta table {@code sirene_establishments}: one
 * row per snapshot and SIRET, every establishment of the file (see {@link
 * SireneLayout#ESTABLISHMENTS} for the columns), catalogued in {@code sirene_snapshots}.
 */
public final class SireneSnapshots {
  private SireneSnapshots() {}

  /**
   * Lands {@code file} unless its snapshot is already landed, and returns the snapshot's date: the
   * given one, else the latest {@code dateDernierTraitementEtablissement} of the file.
   *
   * @throws fr.barometre.errors.UnreadableInputException when the file is missing, empty, or no
   *     establishment stock
   */
  public static LocalDate land(Lake lake, String file, Optional<LocalDate> date, String runId) {
    return landed(lake, file, date, runId).date();
  }

  /**
   * A landed snapshot: its date, the rows its catalog entry records, and which landing wrote it
   * (the run and the instant): a snapshot landed again under the same date is another landing.
   */
  public record Landed(LocalDate date, long rows, String runId, java.time.Instant landedAt) {
    /** The landing as text: the same for every run reading this landing, another after a new one. */
    public String landing() {
      return date + " landed by " + runId + " at " + landedAt.toEpochMilli();
    }
  }

  /**
   * As {@link #land}, with the snapshot's row count from the catalog entry the landing read or
   * wrote (no second read of the catalog).
   */
  public static Landed landed(Lake lake, String file, Optional<LocalDate> date, String runId) {
    SnapshotCatalog.Entry entry = SnapshotLanding.land(lake, SireneLayout.ESTABLISHMENTS, file, date, runId);
    return new Landed(entry.snapshotDate(), entry.rows(), entry.runId(), entry.landedAt());
  }

  /**
   * The establishments of a stock file typed as {@link #land} lands them (the same columns without
   * {@code snapshot_date}), read straight from the file without landing it: for one-off reads and
   * measurements.
   *
   * @param stagingDir where a zip's CSV is extracted; the caller deletes it when done
   * @throws fr.barometre.errors.UnreadableInputException when the file is missing, empty, or no
   *     establishment stock
   */
  public static Dataset<Row> parse(SparkSession spark, String file, String stagingDir) {
    return RawStockReader.read(
            spark, SourceFile.stat(spark, file), SireneLayout.ESTABLISHMENTS, stagingDir)
        .transform(SireneTyping.typed(SireneLayout.ESTABLISHMENTS));
  }

  /**
   * The landed establishments of a snapshot: {@code snapshot_date DATE, siret, siren, nic,
   * statut_diffusion, date_creation DATE, tranche_effectifs, annee_effectifs INT, registre_metiers,
   * date_dernier_traitement TIMESTAMP, siege BOOLEAN, code_commune, libelle_commune, code_postal,
   * lambert_x DOUBLE, lambert_y DOUBLE, date_debut DATE, etat, enseigne, denomination_usuelle, naf,
   * nomenclature, employeur, naf25} (other columns strings; masked {@code [ND]} fields null).
   *
   * @throws IllegalStateException when that snapshot was never landed
   */
  public static Dataset<Row> read(Lake lake, LocalDate date) {
    return SnapshotLanding.read(lake, SireneLayout.ESTABLISHMENTS, date);
  }

  /** As {@link #read(Lake, LocalDate)}, for a landing {@link #landed} has just returned: no catalog lookup. */
  public static Dataset<Row> read(Lake lake, Landed landed) {
    return SnapshotLanding.readLanded(lake, SireneLayout.ESTABLISHMENTS, landed.date());
  }
}
