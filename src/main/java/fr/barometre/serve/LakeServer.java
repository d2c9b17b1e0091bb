package fr.barometre.serve;

import fr.barometre.errors.UsageException;
import java.io.File;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.util.ShutdownHookManager;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.hive.thriftserver.HiveThriftServer2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spark's Thrift JDBC/ODBC server (the HiveServer2 protocol) on a running SparkSession. The
 * session must have been built with {@link LakeSessionExtensions}: each JDBC connection gets its
 * own session cloned from the same extensions (read-only check, lake views).
 *
 * <p>Started with {@code HiveThriftServer2.startWithContext}, the embedding entry point: the server
 * shares the caller's SparkContext, so it runs wherever the caller's Spark runs (local or as a
 * cluster driver). No Hive metastore is used for tables (the catalog stays Spark's in-memory one);
 * the server only keeps Hive's in-memory Derby for its own session bookkeeping.
 */
public final class LakeServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LakeServer.class);
  // Hadoop runs higher priorities first; Spark stops its context at FileSystem's priority + 30.
  // The server must close its sessions before the context they run on goes away.
  private static final int SHUTDOWN_PRIORITY = FileSystem.SHUTDOWN_HOOK_PRIORITY + 40;

  private final HiveThriftServer2 server;
  private final String url;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean closing = new AtomicBoolean();

  private LakeServer(HiveThriftServer2 server, String url) {
    this.server = server;
    this.url = url;
  }

  /**
   * Starts listening on {@code bind}:{@code port} (binary Thrift transport, no authentication:
   * whoever reaches the port is served) and stops on JVM shutdown (Ctrl-C) before Spark does.
   */
  public static LakeServer start(SparkSession spark, String bind, int port) {
    // Hive's Derby writes derby.log into the working directory unless told otherwise. (Not with
    // derby.system.home: Derby then resolves Hive's in-memory metastore URL under that folder and
    // fails to create it, and every metadata call of a client fails with it.)
    if (System.getProperty("derby.stream.error.file") == null) {
      System.setProperty(
          "derby.stream.error.file", new File(System.getProperty("java.io.tmpdir"), "derby.log").getPath());
    }
    // The server reads its HiveConf from the session's Hadoop configuration, built from these.
    spark.sqlContext().setConf("hive.server2.thrift.bind.host", bind);
    spark.sqlContext().setConf("hive.server2.thrift.port", Integer.toString(port));
    spark.sqlContext().setConf("hive.server2.transport.mode", "binary");
    // Run statements as the server's own user: impersonating the JDBC user name would need
    // Hadoop proxy-user rights on HDFS, and the name is not authenticated anyway.
    spark.sqlContext().setConf("hive.server2.enable.doAs", "false");
    HiveThriftServer2 server;
    try {
      server = HiveThriftServer2.startWithContext(spark.sqlContext());
    } catch (RuntimeException e) {
      // Hive wraps the socket's failure in two service exceptions: say it on one line.
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BindException) {
          throw new UsageException("serve: cannot listen on " + bind + ":" + port + ": " + t.getMessage()
              + " (another server on that port? choose another with --port)", e);
        }
      }
      throw e;
    }
    LakeServer lakeServer = new LakeServer(server, "jdbc:hive2://" + bind + ":" + port + "/");
    ShutdownHookManager.get().addShutdownHook(lakeServer::close, SHUTDOWN_PRIORITY);
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onApplicationEnd(SparkListenerApplicationEnd end) {
        lakeServer.close(); // Spark stopped under the server (a cluster driver killed...)
      }
    });
    return lakeServer;
  }

  /** The JDBC URL clients use, e.g. {@code jdbc:hive2://127.0.0.1:10000/}. */
  public String url() {
    return url;
  }

  /** Blocks until the server has stopped (JVM shutdown, Spark stopped, or {@link #close()}). */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /** Stops accepting connections and closes every session; idempotent. */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    LOG.info("Stopping the SQL endpoint {}", url);
    try {
      server.stop();
    } finally {
      stopped.countDown();
      LOG.info("SQL endpoint stopped");
    }
  }
}
