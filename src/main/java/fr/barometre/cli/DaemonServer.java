package fr.barometre.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A warm JVM that runs {@code bin/barometre} commands for {@link DaemonClient}s, one at a time,
 * on a Unix domain socket: a command pays Spark's start, class loading and JIT compilation once
 * per daemon instead of once per command (docs/benchmarks.md: most of a small run's time). While
 * a command runs, the JVM's standard output and error are the client's; a client that goes away
 * cancels its command ({@code onClientGone}: the Spark jobs of the daemon's session).
 *
 * <p>A command is refused (the client then runs it in a JVM of its own) when another one is
 * running, when the client sees another build ({@code stamp}) or works in another folder than
 * the daemon (relative paths would resolve elsewhere), or when it names an option the warm session
 * cannot honour: {@code --conf} and {@code --master} choose the session's settings, which are the
 * daemon's. The daemon stops on a {@code stop} request, on a request from another build, or after
 * {@code idle} without a command, and removes its socket.
 *
 * <p>An optional warm-up ({@link DaemonWarmUp}) runs in the background as soon as the daemon
 * listens; a command that arrives meanwhile is not refused: it cancels the warm-up, waits for it
 * to end (the Spark jobs under way are cancelled) and runs.
 */
final class DaemonServer {
  private static final Logger LOG = LoggerFactory.getLogger(DaemonServer.class);

  /** Commands a daemon does not run: long-lived servers, itself, the benchmark (it times JVMs). */
  static final Set<String> NOT_SERVED_COMMANDS = Set.of("daemon", "serve", "bench");

  /** Options that choose the session, fixed when the daemon started. */
  static final Set<String> SESSION_OPTIONS = Set.of("--conf", "--master");

  private final Path socket;
  private final String stamp;
  private final String workingDir;
  private final Duration idle;
  private final Function<List<String>, Integer> commands;
  private final Runnable onClientGone;
  private final Optional<DaemonWarmUp> warmUp;
  private final AtomicBoolean busy = new AtomicBoolean();
  private volatile Thread warming;
  private volatile boolean stopping;
  private volatile Selector selector;

  DaemonServer(
      Path socket,
      String stamp,
      String workingDir,
      Duration idle,
      Function<List<String>, Integer> commands,
      Runnable onClientGone,
      Optional<DaemonWarmUp> warmUp) {
    this.socket = socket;
    this.stamp = stamp;
    this.workingDir = workingDir;
    this.idle = idle;
    this.commands = commands;
    this.onClientGone = onClientGone;
    this.warmUp = warmUp;
  }

  /** Serves until stopped or idle; the socket is removed on the way out. */
  void serve() throws IOException {
    Files.createDirectories(socket.toAbsolutePath().getParent());
    Files.deleteIfExists(socket);
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        Selector selector = Selector.open()) {
      this.selector = selector;
      server.bind(UnixDomainSocketAddress.of(socket));
      // Only the user who started the daemon may run commands through it.
      Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
      server.configureBlocking(false);
      server.register(selector, SelectionKey.OP_ACCEPT);
      LOG.info("Daemon listening on {} (build {}, folder {}, stops after {} idle)", socket, stamp, workingDir, idle);
      warmUp.ifPresent(w -> {
        Thread t = new Thread(w, "barometre-daemon-warm-up");
        t.setDaemon(true);
        warming = t;
        t.start();
      });
      while (!stopping) {
        if (selector.select(idle.toMillis()) == 0) {
          if (!busy.get() && !warmingUp()) {
            LOG.info("Daemon idle for {}: stopping", idle);
            return;
          }
          continue;
        }
        selector.selectedKeys().clear();
        SocketChannel client = server.accept();
        if (client != null) {
          Thread t = new Thread(() -> handle(client), "barometre-daemon-client");
          t.setDaemon(true);
          t.start();
        }
      }
    } finally {
      Files.deleteIfExists(socket);
      LOG.info("Daemon stopped");
    }
  }

  private void handle(SocketChannel client) {
    try (client) {
      client.configureBlocking(true);
      InputStream in = DaemonProtocol.input(client);
      DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(DaemonProtocol.output(client)));
      DaemonProtocol.Request request = DaemonProtocol.Request.read(new DataInputStream(in));
      if (!request.stamp().equals(stamp)) {
        // The sources were rebuilt since the daemon started: its classes are the old ones.
        stop();
      }
      Optional<String> refusal = refusal(request);
      if (refusal.isPresent()) {
        DaemonProtocol.refuse(out, refusal.get());
        return;
      }
      switch (request.kind()) {
        case PING -> DaemonProtocol.exit(out, 0);
        case STOP -> {
          stop();
          DaemonProtocol.exit(out, 0);
        }
        case RUN -> {
          if (!busy.compareAndSet(false, true)) {
            DaemonProtocol.refuse(out, "busy with another command");
            return;
          }
          int status;
          try {
            endWarmUp();
            status = run(request.args(), in, out);
          } finally {
            // Free before the client hears the status: its next command must not find it busy.
            busy.set(false);
          }
          DaemonProtocol.exit(out, status);
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("Daemon request failed: {}", e.toString());
    }
  }

  /** Why the daemon will not take {@code request}, if it will not. */
  Optional<String> refusal(DaemonProtocol.Request request) {
    if (!request.stamp().equals(stamp)) {
      return Optional.of("it was started on another build; it stops now");
    }
    if (request.kind() != DaemonProtocol.Kind.RUN) {
      return Optional.empty();
    }
    if (!request.workingDir().equals(workingDir)) {
      return Optional.of("it works in " + workingDir + ", not in " + request.workingDir());
    }
    if (!request.args().isEmpty() && NOT_SERVED_COMMANDS.contains(request.args().get(0))) {
      return Optional.of("'" + request.args().get(0) + "' runs in a JVM of its own");
    }
    return request.args().stream()
        .filter(a -> SESSION_OPTIONS.contains(a) || SESSION_OPTIONS.stream().anyMatch(o -> a.startsWith(o + "=")))
        .findFirst()
        .map(a -> a + " chooses the Spark session, and the daemon's is already set");
  }

  /** Runs one command with the JVM's output sent to the client; the command's exit status. */
  private int run(List<String> args, InputStream in, DataOutputStream out) {
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    AtomicBoolean done = new AtomicBoolean();
    Thread watch = new Thread(() -> {
      try {
        // The client sends nothing after its request: end of stream is the client gone.
        if (in.read() < 0 && !done.get()) {
          LOG.warn("Daemon client gone: cancelling its command");
          onClientGone.run();
        }
      } catch (IOException ignored) {
        // The socket closed under us: the command is over.
      }
    }, "barometre-daemon-watch");
    watch.setDaemon(true);
    LOG.info("Daemon runs: {}", String.join(" ", args));
    try (PrintStream o = new PrintStream(new DaemonProtocol.FrameStream(out, DaemonProtocol.OUT), true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(new DaemonProtocol.FrameStream(out, DaemonProtocol.ERR), true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      watch.start();
      return commands.apply(args);
    } finally {
      done.set(true);
      System.setOut(stdout);
      System.setErr(stderr);
    }
  }

  private boolean warmingUp() {
    Thread t = warming;
    return t != null && t.isAlive();
  }

  /** Cancels the warm-up if it is still running and waits for it to end. */
  private void endWarmUp() {
    Thread t = warming;
    if (t == null || !t.isAlive()) {
      return;
    }
    LOG.info("Daemon warm-up cancelled: a command arrived");
    try {
      // Cancelled again until it ends: a job it submits after one cancellation is cancelled too.
      while (t.isAlive()) {
        warmUp.orElseThrow().cancel();
        t.join(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void stop() {
    stopping = true;
    Selector s = selector;
    if (s != null) {
      s.wakeup();
    }
  }
}
