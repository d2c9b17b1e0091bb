package fr.barometre.ingest.sirene;

import org.apache.spark.sql.types.DataType;

/**
 * One column an INSEE file publishes and the lake keeps: its name in the file ({@code source}), its
 * snake-case name in the lake ({@code target}), its lake type, and whether a file lacking it is
 * still that kind of file (INSEE appends columns over time, e.g. the NAF 2025 code).
 *
 * @param width the code's fixed width, restored with leading zeros when a Parquet file stores it as
 *     a number (0: not a fixed-width code)
 */
public record SireneField(
    String source, String target, DataType type, boolean required, int width) {

  static SireneField required(String source, String target, DataType type) {
    return new SireneField(source, target, type, true, 0);
  }

  static SireneField code(String source, String target, int width) {
    return new SireneField(
        source, target, org.apache.spark.sql.types.DataTypes.StringType, true, width);
  }

  static SireneField optional(String source, String target, DataType type) {
    return new SireneField(source, target, type, false, 0);
  }
}
