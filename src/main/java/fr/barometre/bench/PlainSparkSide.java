package fr.barometre.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;

import fr.barometre.config.Methodology;
import fr.barometre.events.StaffBands;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The reference a data engineer would write without this project: {@code spark.read.csv} (or
 * {@code parquet}) with every column a string, the methodology's scope rule as plain column
 * conditions on INSEE's column names, the rule columns selected, zstd Parquet out. It uses none of
 * the pipeline's readers, typing or column functions, so the pipeline's scope filter can be
 * measured against plain Spark on the same session, file and cores (issue: ≤ 1.3×).
 */
final class PlainSparkSide {
  private final SparkSession spark;

  PlainSparkSide(SparkSession spark) {
    this.spark = spark;
  }

  /** Writes the sites in scope of {@code input} to zstd Parquet under {@code out}; returns them. */
  long scopeFilter(String input, boolean parquet, String out, Methodology m) throws IOException {
    Dataset<Row> stock =
        parquet
            ? spark.read().parquet(input)
            : spark.read().option("header", "true").schema(stringSchema(input)).csv(input);
    Column naf = trim(col("activitePrincipaleEtablissement"));
    Dataset<Row> sites =
        stock
            .where(
                trim(col("trancheEffectifsEtablissement"))
                    .isin(StaffBands.codesFrom(m.minEmployees()).toArray())
                    .and(substring(naf, 1, 2).isin(m.includedDivisions().toArray()))
                    .and(naf.isin(m.excludedClasses().toArray()).unary_$bang()))
            .select(
                col("siret"),
                naf.as("naf"),
                col("activitePrincipaleRegistreMetiersEtablissement").as("registre_metiers"),
                col("trancheEffectifsEtablissement").as("tranche_effectifs"),
                col("codeCommuneEtablissement").as("code_commune"),
                col("etatAdministratifEtablissement").as("etat"),
                col("dateCreationEtablissement").cast("date").as("date_creation"),
                col("dateDebut").cast("date").as("date_debut"));
    sites.write().mode(SaveMode.Overwrite).option("compression", "zstd").parquet(out);
    return spark.read().parquet(out).count();
  }

  /** Every column of the CSV's header as a string: no schema inference pass over 9 GB. */
  private static StructType stringSchema(String csv) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(Path.of(csv), StandardCharsets.UTF_8)) {
      StructType schema = new StructType();
      for (String name : r.readLine().replace("\uFEFF", "").split(",", -1)) {
        schema = schema.add(name.replace("\"", ""), DataTypes.StringType);
      }
      return schema;
    }
  }
}
