package fr.barometre.serve;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.catalyst.analysis.LocalTempView$;
import org.apache.spark.sql.catalyst.expressions.CallMethodViaReflection;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.DescribeColumn;
import org.apache.spark.sql.catalyst.plans.logical.DescribeFunction;
import org.apache.spark.sql.catalyst.plans.logical.DescribeNamespace;
import org.apache.spark.sql.catalyst.plans.logical.DescribeRelation;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.ScriptTransformation;
import org.apache.spark.sql.catalyst.plans.logical.SetCatalogAndNamespace;
import org.apache.spark.sql.catalyst.plans.logical.ShowColumns;
import org.apache.spark.sql.catalyst.plans.logical.ShowCreateTable;
import org.apache.spark.sql.catalyst.plans.logical.ShowFunctions;
import org.apache.spark.sql.catalyst.plans.logical.ShowNamespaces;
import org.apache.spark.sql.catalyst.plans.logical.ShowPartitions;
import org.apache.spark.sql.catalyst.plans.logical.ShowTableProperties;
import org.apache.spark.sql.catalyst.plans.logical.ShowTables;
import org.apache.spark.sql.catalyst.plans.logical.ShowViews;
import org.apache.spark.sql.delta.commands.DescribeDeltaDetailCommand;
import org.apache.spark.sql.delta.commands.DescribeDeltaHistoryCommand;
import org.apache.spark.sql.execution.command.CreateViewCommand;
import org.apache.spark.sql.execution.command.DescribeColumnCommand;
import org.apache.spark.sql.execution.command.DescribeDatabaseCommand;
import org.apache.spark.sql.execution.command.DescribeFunctionCommand;
import org.apache.spark.sql.execution.command.DescribeQueryCommand;
import org.apache.spark.sql.execution.command.DescribeTableCommand;
import org.apache.spark.sql.execution.command.DropTempViewCommand;
import org.apache.spark.sql.execution.command.ExplainCommand;
import org.apache.spark.sql.execution.command.ResetCommand;
import org.apache.spark.sql.execution.command.SetCommand;
import org.apache.spark.sql.execution.command.SetNamespaceCommand;
import org.apache.spark.sql.execution.command.ShowCatalogsCommand;
import org.apache.spark.sql.execution.command.ShowColumnsCommand;
import org.apache.spark.sql.execution.command.ShowCreateTableCommand;
import org.apache.spark.sql.execution.command.ShowCurrentNamespaceCommand;
import org.apache.spark.sql.execution.command.ShowFunctionsCommand;
import org.apache.spark.sql.execution.command.ShowPartitionsCommand;
import org.apache.spark.sql.execution.command.ShowTablePropertiesCommand;
import org.apache.spark.sql.execution.command.ShowTablesCommand;
import org.apache.spark.sql.execution.command.ShowViewsCommand;
import org.apache.spark.sql.execution.datasources.CreateTempViewUsing;
import scala.collection.JavaConverters;
import scala.runtime.BoxedUnit;

/**
 * The read-only rule of {@code barometre serve}, run by the analyzer on every analysed plan (an
 * extended check rule, {@link LakeSessionExtensions}): a plan holding any command is refused unless
 * the command only reads or only changes the caller's own session.
 *
 * <p>An allow-list of commands, not a deny-list of writes: after analysis every statement that
 * writes is a {@link Command} node ({@code AppendData} for INSERT, Delta's {@code DeleteCommand},
 * {@code MergeIntoCommand}, {@code VacuumTableCommand}, {@code OptimizeTableCommand}, Spark's
 * {@code CreateTable}, {@code DropTable}, {@code AlterTable...}, ...), so a write command nobody
 * listed (a new Delta command, a future Spark one) is refused too. Allowed: SET/RESET, USE,
 * SHOW, DESCRIBE (Delta's history and detail included), EXPLAIN, and local temporary views
 * (created and dropped within the session). Global temporary views, caching (memory shared by
 * every session), ADD JAR and functions are refused: they reach beyond the session.
 *
 * <p>Two query features run code on the server and are refused as well: {@code reflect} /
 * {@code java_method} (any static Java method, e.g. {@code System.exit}) and
 * {@code SELECT TRANSFORM ... USING 'command'} (a shell command per partition).
 */
public final class ReadOnlyCheck {
  private static final Set<Class<?>> SESSION_ONLY =
      Set.of(
          SetCommand.class, ResetCommand.class, SetCatalogAndNamespace.class, SetNamespaceCommand.class,
          ShowTables.class, ShowTablesCommand.class, ShowViews.class, ShowViewsCommand.class,
          ShowNamespaces.class, ShowCatalogsCommand.class, ShowCurrentNamespaceCommand.class,
          ShowColumns.class, ShowColumnsCommand.class, ShowFunctions.class, ShowFunctionsCommand.class,
          ShowPartitions.class, ShowPartitionsCommand.class,
          ShowTableProperties.class, ShowTablePropertiesCommand.class,
          ShowCreateTable.class, ShowCreateTableCommand.class,
          DescribeRelation.class, DescribeTableCommand.class, DescribeColumn.class, DescribeColumnCommand.class,
          DescribeNamespace.class, DescribeDatabaseCommand.class, DescribeFunction.class,
          DescribeFunctionCommand.class, DescribeQueryCommand.class,
          DescribeDeltaHistoryCommand.class, DescribeDeltaDetailCommand.class,
          ExplainCommand.class, DropTempViewCommand.class);

  private ReadOnlyCheck() {}

  /** Throws {@link WriteRefusedException} when {@code plan} (analysed) would do more than read. */
  public static void check(LogicalPlan plan) {
    plan.foreach(
        node -> {
          refuseCommand(node);
          refuseCode(node);
          // Subqueries live in expressions, not among the children: walk them too.
          JavaConverters.seqAsJavaList(node.subqueries()).forEach(ReadOnlyCheck::check);
          return BoxedUnit.UNIT;
        });
  }

  private static void refuseCommand(LogicalPlan node) {
    if (!(node instanceof Command) || SESSION_ONLY.contains(node.getClass())) {
      return;
    }
    if (node instanceof CreateViewCommand v && v.viewType() == LocalTempView$.MODULE$) {
      return;
    }
    if (node instanceof CreateTempViewUsing v && !v.global()) {
      return;
    }
    throw new WriteRefusedException(
        "this SQL endpoint is read-only: " + node.nodeName() + " is refused (it would write, delete, alter or"
            + " create something outside this session). Allowed: SELECT, SHOW, DESCRIBE (HISTORY, DETAIL),"
            + " EXPLAIN, SET, USE and CREATE/DROP TEMPORARY VIEW.");
  }

  private static void refuseCode(LogicalPlan node) {
    if (node instanceof ScriptTransformation) {
      throw new WriteRefusedException(
          "this SQL endpoint is read-only: SELECT TRANSFORM ... USING (a shell command on the server) is refused.");
    }
    List<org.apache.spark.sql.catalyst.expressions.Expression> expressions =
        JavaConverters.seqAsJavaList(node.expressions());
    for (var e : expressions) {
      if (e.find(x -> x instanceof CallMethodViaReflection).isDefined()) {
        throw new WriteRefusedException(
            "this SQL endpoint is read-only: reflect/java_method (calling Java methods on the server) is refused.");
      }
    }
  }

  /** A statement refused by {@link ReadOnlyCheck}; its message says what and why, on one line. */
  public static final class WriteRefusedException extends UnsupportedOperationException {
    private static final long serialVersionUID = 1L;

    WriteRefusedException(String message) {
      super(message);
    }
  }
}
