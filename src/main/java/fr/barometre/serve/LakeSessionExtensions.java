package fr.barometre.serve;

import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import scala.Function1;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * The session extensions of {@code barometre serve}, named in {@code spark.sql.extensions} so that
 * every session of the server gets them, including each one the Thrift server creates per JDBC
 * connection: {@link ReadOnlyCheck} as an analyzer check rule, and a parser that registers the
 * lake's views ({@link LakeViewsParser}) in a session before its first statement.
 */
public final class LakeSessionExtensions extends AbstractFunction1<SparkSessionExtensions, BoxedUnit> {
  /**
   * The Spark setting naming the lake whose views every session gets; unset, the parser registers
   * nothing (the extensions then only enforce read-only).
   */
  public static final String LAKE_SETTING = "spark.barometre.serve.lake";

  @Override
  public BoxedUnit apply(SparkSessionExtensions extensions) {
    extensions.injectCheckRule(
        session -> (Function1<LogicalPlan, BoxedUnit>) plan -> {
          ReadOnlyCheck.check(plan);
          return BoxedUnit.UNIT;
        });
    extensions.injectParser(LakeViewsParser::new);
    return BoxedUnit.UNIT;
  }
}
