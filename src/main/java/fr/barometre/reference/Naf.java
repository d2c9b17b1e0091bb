package fr.barometre.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Labels of the 732 NAF rév. 2 sous-classes, from {@code reference/naf/naf2.csv} (see
 * SOURCES.md), read once per JVM: as a map by code for reports, or as a Dataset {@code naf,
 * naf_label, naf_section} to join on a {@code naf} column in the {@code 27.20Z} form.
 */
public final class Naf {
  /** Schema of {@link #labels(SparkSession)}. */
  public static final StructType LABEL_SCHEMA =
      new StructType()
          .add("naf", DataTypes.StringType, false)
          .add("naf_label", DataTypes.StringType, false)
          .add("naf_section", DataTypes.StringType, false);

  private static volatile Map<String, NafClass> classes;
  private static final SessionCache LABELS = new SessionCache(Naf::labelRows, LABEL_SCHEMA);

  private Naf() {}

  /** Every sous-classe by code, in code order. */
  public static Map<String, NafClass> load() {
    Map<String, NafClass> loaded = classes;
    if (loaded == null) {
      synchronized (Naf.class) {
        if (classes == null) {
          classes = read();
        }
        loaded = classes;
      }
    }
    return loaded;
  }

  /** The label of a code in {@code NN.NNL} form; empty for a code NAF rév. 2 does not have. */
  public static Optional<String> label(String code) {
    return Optional.ofNullable(code == null ? null : load().get(code)).map(NafClass::label);
  }

  /** The labels as a small Dataset, one row per sous-classe. */
  public static Dataset<Row> labels(SparkSession spark) {
    return LABELS.get(spark);
  }

  private static List<Row> labelRows() {
    List<Row> rows = new ArrayList<>();
    for (NafClass c : load().values()) {
      rows.add(RowFactory.create(c.code(), c.label(), c.section()));
    }
    return rows;
  }

  private static Map<String, NafClass> read() {
    CsvResource file = CsvResource.read("reference/naf/naf2.csv");
    Map<String, NafClass> map = new LinkedHashMap<>();
    for (int i = 0; i < file.size(); i++) {
      String code = file.get(i, "code");
      map.put(code, new NafClass(code, file.get(i, "label"), file.get(i, "section")));
    }
    return Collections.unmodifiableMap(map);
  }
}
