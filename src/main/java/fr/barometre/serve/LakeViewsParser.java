package fr.barometre.serve;

import fr.barometre.sql.LakeViews;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.parser.ParserInterface;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import scala.Option;
import scala.collection.Seq;

/**
 * Spark's SQL parser (Delta's, in fact) plus a session-start hook: before the first statement a
 * session parses, the lake's views of {@link LakeViews} are registered in that session.
 *
 * <p>Why a parser: the Thrift server gives each JDBC connection its own session (temporary views,
 * settings and current database are private to it), and offers no hook when it creates one; the
 * session's parser is built for that session and sees every statement first. The Hive JDBC driver
 * sends {@code USE <database>} when it connects, so the views exist before any metadata call
 * (DBeaver's table list) or query.
 */
final class LakeViewsParser implements ParserInterface {
  private final SparkSession session;
  private final ParserInterface delegate;
  private boolean registered;
  private boolean registering;

  LakeViewsParser(SparkSession session, ParserInterface delegate) {
    this.session = session;
    this.delegate = delegate;
  }

  @Override
  public LogicalPlan parsePlan(String sqlText) throws ParseException {
    registerViewsOnce();
    return delegate.parsePlan(sqlText);
  }

  // Synchronized: one session may parse on several server threads. Re-entrant calls made while
  // registering (if reading a table ever parsed SQL) must not register again.
  private synchronized void registerViewsOnce() {
    if (registered || registering) {
      return;
    }
    Option<String> lake = session.sparkContext().getConf().getOption(LakeSessionExtensions.LAKE_SETTING);
    if (lake.isEmpty()) {
      registered = true;
      return;
    }
    registering = true;
    try {
      LakeViews.register(session, lake.get());
      registered = true; // after success only: a lake briefly unreadable is retried next statement
    } finally {
      registering = false;
    }
  }

  @Override
  public Expression parseExpression(String sqlText) throws ParseException {
    return delegate.parseExpression(sqlText);
  }

  @Override
  public TableIdentifier parseTableIdentifier(String sqlText) throws ParseException {
    return delegate.parseTableIdentifier(sqlText);
  }

  @Override
  public FunctionIdentifier parseFunctionIdentifier(String sqlText) throws ParseException {
    return delegate.parseFunctionIdentifier(sqlText);
  }

  @Override
  public Seq<String> parseMultipartIdentifier(String sqlText) throws ParseException {
    return delegate.parseMultipartIdentifier(sqlText);
  }

  @Override
  public LogicalPlan parseQuery(String sqlText) throws ParseException {
    return delegate.parseQuery(sqlText);
  }

  @Override
  public StructType parseTableSchema(String sqlText) throws ParseException {
    return delegate.parseTableSchema(sqlText);
  }

  @Override
  public DataType parseDataType(String sqlText) throws ParseException {
    return delegate.parseDataType(sqlText);
  }
}
