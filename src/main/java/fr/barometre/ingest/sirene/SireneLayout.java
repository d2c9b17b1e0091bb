package fr.barometre.ingest.sirene;

import static fr.barometre.ingest.sirene.SireneField.code;
import static fr.barometre.ingest.sirene.SireneField.optional;
import static fr.barometre.ingest.sirene.SireneField.required;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.Collection;
import java.util.List;

/**
 * What the lake keeps of one kind of INSEE file (the establishment stock, the succession links):
 * the columns read by header name, the lake tables it lands in (data and catalog, both keyed by
 * {@code snapshot_date}), and the column whose latest value dates a snapshot by default.
 */
public record SireneLayout(
    String description,
    String table,
    String catalogTable,
    String datingTarget,
    List<SireneField> fields) {

  /** The partition column of the data table and the key of the catalog. */
  public static final String SNAPSHOT_DATE = "snapshot_date";

  /** {@code StockEtablissement} (format 3.11, 53 columns, or 54 with the NAF 2025 code). */
  public static final SireneLayout ESTABLISHMENTS =
      new SireneLayout(
          "SIRENE establishment stock (StockEtablissement)",
          "sirene_establishments",
          "sirene_snapshots",
          "date_dernier_traitement",
          List.of(
              code("siret", "siret", 14),
              code("siren", "siren", 9),
              code("nic", "nic", 5),
              required("statutDiffusionEtablissement", "statut_diffusion", StringType),
              required("dateCreationEtablissement", "date_creation", DateType),
              required("trancheEffectifsEtablissement", "tranche_effectifs", StringType),
              required("anneeEffectifsEtablissement", "annee_effectifs", IntegerType),
              required(
                  "activitePrincipaleRegistreMetiersEtablissement", "registre_metiers", StringType),
              required(
                  "dateDernierTraitementEtablissement", "date_dernier_traitement", TimestampType),
              required("etablissementSiege", "siege", BooleanType),
              code("codeCommuneEtablissement", "code_commune", 5),
              required("libelleCommuneEtablissement", "libelle_commune", StringType),
              code("codePostalEtablissement", "code_postal", 5),
              required("coordonneeLambertAbscisseEtablissement", "lambert_x", DoubleType),
              required("coordonneeLambertOrdonneeEtablissement", "lambert_y", DoubleType),
              required("dateDebut", "date_debut", DateType),
              required("etatAdministratifEtablissement", "etat", StringType),
              required("enseigne1Etablissement", "enseigne", StringType),
              required("denominationUsuelleEtablissement", "denomination_usuelle", StringType),
              required("activitePrincipaleEtablissement", "naf", StringType),
              required("nomenclatureActivitePrincipaleEtablissement", "nomenclature", StringType),
              required("caractereEmployeurEtablissement", "employeur", StringType),
              // Published since December 2025 only: older 53-column files still read.
              optional("activitePrincipaleNAF25Etablissement", "naf25", StringType)));

  /** {@code StockEtablissementLiensSuccession} (6 columns). */
  public static final SireneLayout SUCCESSIONS =
      new SireneLayout(
          "SIRENE succession links (StockEtablissementLiensSuccession)",
          "sirene_successions",
          "sirene_succession_snapshots",
          "date_dernier_traitement",
          List.of(
              code("siretEtablissementPredecesseur", "predecessor_siret", 14),
              code("siretEtablissementSuccesseur", "successor_siret", 14),
              required("dateLienSuccession", "date_lien", DateType),
              required("transfertSiege", "transfert_siege", BooleanType),
              required("continuiteEconomique", "continuite_economique", BooleanType),
              required(
                  "dateDernierTraitementLienSuccession",
                  "date_dernier_traitement",
                  TimestampType)));

  /** The required source columns a file's header lacks, in layout order. */
  public List<String> missingIn(Collection<String> header) {
    return fields.stream()
        .filter(f -> f.required() && !header.contains(f.source()))
        .map(SireneField::source)
        .toList();
  }

  /** The lake columns, in table order, {@code snapshot_date} first. */
  public List<String> tableColumns() {
    java.util.ArrayList<String> columns = new java.util.ArrayList<>();
    columns.add(SNAPSHOT_DATE);
    fields.forEach(f -> columns.add(f.target()));
    return columns;
  }
}
