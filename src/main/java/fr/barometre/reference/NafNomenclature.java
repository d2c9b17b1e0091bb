package fr.barometre.reference;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The two NAF nomenclatures a code may belong to — rév. 2 (SIRENE's {@code NAFRev2}, the APE
 * nomenclature until 2026) and NAF 2025 (from 1 January 2027) — and the conversions between them,
 * as column functions over codes already in the {@code NN.NNL} form. Built from {@code
 * naf/naf2.csv}, {@code naf/naf2025.csv} and {@code naf/naf2_naf2025.csv} (SOURCES.md), read once
 * per JVM.
 *
 * <p>The final letter tells the nomenclatures apart: rév. 2 codes end in {@code Z} or {@code A}–
 * {@code F}, NAF 2025 codes in {@code Y}, {@code G}, {@code H}, {@code J}, {@code K} or {@code L}.
 * A code converts to the other nomenclature only where its correspondence is unique (one image).
 *
 * <p>Lookups are map literals ({@code try_element_at(map, code)}): one constant built once per
 * query, so the plan stays small, no UDF and no join. They
 * run on survey rows (thousands), and on SIRENE rows only where a code is missing (see callers).
 */
public final class NafNomenclature {
  /** Name of NAF rév. 2, as SIRENE's {@code nomenclatureActivitePrincipaleEtablissement} spells it. */
  public static final String REV2 = "NAFRev2";

  /** Name of NAF 2025. */
  public static final String NAF2025 = "NAF2025";

  /** The final letters of each nomenclature's codes (shared/spec/survey-return-format.md). */
  static final String REV2_LETTERS = "ZABCDEF";

  static final String NAF2025_LETTERS = "YGHJKL";

  private static volatile Tables tables;

  /**
   * The three tables, and each as the map literal its lookup puts in a plan. One literal per
   * table and JVM, not one per call: a stage's task binary is Java-serialised, which writes an
   * object once however many times the plan refers to it, so the stages that use the lookups
   * several times carry each map once.
   */
  private record Tables(
      Map<String, String> nomenclatureByCode,
      Map<String, String> toNaf2025,
      Map<String, String> toRev2,
      Literal nomenclatureLiteral,
      Literal toNaf2025Literal,
      Literal toRev2Literal) {
    Tables(Map<String, String> nomenclatureByCode, Map<String, String> toNaf2025, Map<String, String> toRev2) {
      this(nomenclatureByCode, toNaf2025, toRev2, mapLiteral(nomenclatureByCode), mapLiteral(toNaf2025), mapLiteral(toRev2));
    }
  }

  private NafNomenclature() {}

  /**
   * The nomenclature ({@link #REV2} or {@link #NAF2025}) whose final letter the code ends in; null
   * for a code of another shape. Says nothing about whether the code exists: see {@link #of}.
   */
  public static Column byLetter(Column code) {
    return when(code.rlike(pattern(REV2_LETTERS)), lit(REV2))
        .when(code.rlike(pattern(NAF2025_LETTERS)), lit(NAF2025));
  }

  /** The nomenclature of a code that exists in it; null for any other code (or null). */
  public static Column of(Column code) {
    return lookup(load().nomenclatureLiteral(), code);
  }

  /** The NAF 2025 image of a rév. 2 code whose correspondence is unique; null otherwise. */
  public static Column toNaf2025(Column rev2Code) {
    return lookup(load().toNaf2025Literal(), rev2Code);
  }

  /** The rév. 2 antecedent of a NAF 2025 code that has only one; null otherwise. */
  public static Column toRev2(Column naf2025Code) {
    return lookup(load().toRev2Literal(), naf2025Code);
  }

  /** Every NAF 2025 sous-classe, in code order. */
  public static Set<String> naf2025Codes() {
    Set<String> codes = new LinkedHashSet<>();
    load().nomenclatureByCode().forEach((c, n) -> {
      if (n.equals(NAF2025)) {
        codes.add(c);
      }
    });
    return codes;
  }

  /** The unique rév. 2 → NAF 2025 conversions, by rév. 2 code. */
  public static Map<String, String> uniqueToNaf2025() {
    return load().toNaf2025();
  }

  /** The unique NAF 2025 → rév. 2 conversions, by NAF 2025 code. */
  public static Map<String, String> uniqueToRev2() {
    return load().toRev2();
  }

  /** A regular expression for an {@code NN.NNL} code whose letter is one of {@code letters}. */
  static String pattern(String letters) {
    return "^[0-9]{2}\\.[0-9]{2}[" + letters + "]$";
  }

  private static Column lookup(Literal map, Column key) {
    return try_element_at(new Column(map), key);
  }

  private static Literal mapLiteral(Map<String, String> map) {
    // A map literal, not map_from_arrays of two array literals: the optimizer folds the latter
    // only in its main batch, after ConvertToLocalRelation has evaluated the survey rows'
    // projection, which then built the 1,450-entry map again for every row and every use (5.6 s
    // of a cold run's 8.7 s relèves read, docs/benchmarks.md).
    Object[] keys = map.keySet().stream().map(UTF8String::fromString).toArray();
    Object[] values = map.values().stream().map(UTF8String::fromString).toArray();
    return new Literal(
        new ArrayBasedMapData(new GenericArrayData(keys), new GenericArrayData(values)),
        DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false));
  }

  private static Tables load() {
    Tables loaded = tables;
    if (loaded == null) {
      synchronized (NafNomenclature.class) {
        if (tables == null) {
          tables = read();
        }
        loaded = tables;
      }
    }
    return loaded;
  }

  private static Tables read() {
    Map<String, String> byCode = new LinkedHashMap<>();
    Naf.load().keySet().forEach(c -> byCode.put(c, REV2));
    CsvResource codes = CsvResource.read("reference/naf/naf2025.csv");
    for (int i = 0; i < codes.size(); i++) {
      byCode.put(codes.get(i, "code"), NAF2025);
    }
    CsvResource pairs = CsvResource.read("reference/naf/naf2_naf2025.csv");
    Map<String, Set<String>> images = new HashMap<>();
    Map<String, Set<String>> antecedents = new HashMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      String rev2 = pairs.get(i, "naf_rev2");
      String naf2025 = pairs.get(i, "naf_2025");
      images.computeIfAbsent(rev2, k -> new LinkedHashSet<>()).add(naf2025);
      antecedents.computeIfAbsent(naf2025, k -> new LinkedHashSet<>()).add(rev2);
    }
    return new Tables(
        Collections.unmodifiableMap(byCode), unique(images), unique(antecedents));
  }

  /** The entries of a one-to-many relation that have exactly one value, in key order. */
  private static Map<String, String> unique(Map<String, Set<String>> relation) {
    Map<String, String> map = new TreeMap<>();
    relation.forEach((k, v) -> {
      if (v.size() == 1) {
        map.put(k, v.iterator().next());
      }
    });
    return Collections.unmodifiableMap(map);
  }
}
