package fr.barometre.cli;

import fr.barometre.config.BarometreConfig;
import fr.barometre.errors.UsageException;
import fr.barometre.serve.LakeServer;
import fr.barometre.serve.LakeSessionExtensions;
import fr.barometre.spark.Sessions;
import fr.barometre.sql.LakeViews;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code barometre serve [--lake DIR] [--port 10000] [--bind 127.0.0.1]}: a read-only JDBC/ODBC
 * endpoint (Spark's Thrift server) on the lake for DBeaver, Excel, Power BI, R, Python. Every
 * connection sees the tables and {@code latest_*} views of {@code barometre sql}. Runs until
 * Ctrl-C.
 */
final class ServeCommand implements Command {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
  private static final Set<String> SINGLE = JobSetup.with(Set.of("port", "bind"));
  // Hive's Thrift service reads these before its configuration: they would silently win.
  private static final List<String> OVERRIDING_ENV = List.of("HIVE_SERVER2_THRIFT_BIND_HOST", "HIVE_SERVER2_THRIFT_PORT");

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "read-only JDBC/ODBC SQL endpoint on the lake: [--port 10000] [--bind 127.0.0.1] [--lake DIR]";
  }

  @Override
  public int execute(List<String> argv) throws InterruptedException {
    Args a = Args.parse("serve", argv, SINGLE, Set.of(), Set.of());
    for (String env : OVERRIDING_ENV) {
      if (System.getenv(env) != null) {
        throw new UsageException("serve: unset " + env + ": it would override --port/--bind");
      }
    }
    BarometreConfig config = JobSetup.config(a);
    int port = port(a.one("port").orElse(config.raw().getString("serve.port")));
    String bind = a.one("bind").orElse(config.raw().getString("serve.bind"));
    boolean loopback = loopback(bind);
    SparkSession spark = Sessions.create(config, Map.of(
        "spark.sql.extensions", Sessions.DELTA_EXTENSION + "," + LakeSessionExtensions.class.getName(),
        LakeSessionExtensions.LAKE_SETTING, config.lake(),
        // Results stream to the client a partition at a time instead of being collected whole
        // on the driver first: SELECT * FROM sirene_establishments must not exhaust its memory.
        "spark.sql.thriftServer.incrementalCollect",
        Boolean.toString(config.raw().getBoolean("serve.incremental-collect"))));
    // Fail before opening the port when there is no lake (exit 3), and show what is served.
    List<String> views = LakeViews.register(spark, config.lake());
    LakeServer server = LakeServer.start(spark, bind, port);
    if (!loopback) {
      LOG.warn("The SQL endpoint listens on {}, not on loopback: it has no authentication, anyone who"
          + " reaches port {} can read the lake and every file this account can read.", bind, port);
    }
    System.out.println("serving lake " + config.lake() + " read-only at " + server.url()
        + " (" + String.join(", ", views) + "); Ctrl-C stops");
    server.awaitStop();
    return 0;
  }

  private static int port(String value) {
    try {
      int p = Integer.parseInt(value);
      if (p >= 1 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("serve: --port takes a port number 1..65535, not '" + value + "'");
  }

  private static boolean loopback(String bind) {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new UsageException("serve: --bind takes an address of this machine, not '" + bind + "'");
    }
  }
}
