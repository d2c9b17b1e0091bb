package fr.barometre.ingest.sirene;

import fr.barometre.lake.Lake;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * INSEE's succession links between establishments ({@code StockEtablissementLiensSuccession},
 * {@code .csv}, {@code .csv.gz}, {@code .zip} or Parquet) landed once per snapshot in the Delta
 * table {@code sirene_successions}, one row per link, catalogued in {@code
 * sirene_succession_snapshots}. A move closes a SIRET and opens another: these links keep it from
 * being read as a closure plus an opening.
 */
public final class Successions {
  private Successions() {}

  /**
   * Lands {@code file} unless its snapshot is already landed, and returns the snapshot's date: the
   * given one, else the latest {@code dateDernierTraitementLienSuccession} of the file.
   */
  public static LocalDate land(Lake lake, String file, Optional<LocalDate> date, String runId) {
    return SnapshotLanding.land(lake, SireneLayout.SUCCESSIONS, file, date, runId).snapshotDate();
  }

  /**
   * The landed links of a snapshot: {@code snapshot_date DATE, predecessor_siret, successor_siret,
   * date_lien DATE, transfert_siege BOOLEAN, continuite_economique BOOLEAN, date_dernier_traitement
   * TIMESTAMP}.
   */
  public static Dataset<Row> read(Lake lake, LocalDate date) {
    return SnapshotLanding.read(lake, SireneLayout.SUCCESSIONS, date);
  }

  /**
   * Lands {@code file} as {@link #land} does and returns the links of its snapshot, as {@link
   * #read} would, without looking the snapshot up in the catalog a second time.
   */
  public static Dataset<Row> landed(Lake lake, String file, Optional<LocalDate> date, String runId) {
    return SnapshotLanding.readLanded(lake, SireneLayout.SUCCESSIONS, land(lake, file, date, runId));
  }
}
