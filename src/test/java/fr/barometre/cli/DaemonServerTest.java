package fr.barometre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.barometre.config.BarometreConfig;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The daemon and its client over a real Unix domain socket, with stand-in commands: output and
 * exit status relayed, one command at a time, refusals the launcher turns into a JVM of its own,
 * a client gone cancelling its command, and the daemon stopping on request, on another build and
 * when idle, its socket removed.
 */
class DaemonServerTest {
  private static final String BUILD = "1700000000";
  private static final String HERE = System.getProperty("user.dir");

  private Thread serving;
  private DaemonServer server;
  private final List<Path> folders = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.stop();
      serving.join(10_000);
    }
    // The server removes its socket when it stops; the folders are the test's to remove.
    for (Path folder : folders) {
      Files.deleteIfExists(folder.resolve("socket"));
      Files.deleteIfExists(folder);
    }
  }

  private Path start(Duration idle, Function<List<String>, Integer> commands, Runnable onClientGone) throws Exception {
    return start(idle, commands, onClientGone, Optional.empty());
  }

  private Path start(
      Duration idle, Function<List<String>, Integer> commands, Runnable onClientGone, Optional<DaemonWarmUp> warmUp)
      throws Exception {
    // Under /tmp, not target/: a Unix socket's path must stay under ~100 bytes wherever CI checks out.
    Path folder = Files.createTempDirectory(Path.of("/tmp"), "barometre-daemon");
    folders.add(folder);
    Path socket = folder.resolve("socket");
    server = new DaemonServer(socket, BUILD, HERE, idle, commands, onClientGone, warmUp);
    serving = new Thread(() -> {
      try {
        server.serve();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    serving.start();
    for (int i = 0; i < 200 && !Files.exists(socket); i++) {
      Thread.sleep(25);
    }
    assertThat(socket).exists();
    return socket;
  }

  private Path start(Function<List<String>, Integer> commands) throws Exception {
    return start(Duration.ofMinutes(5), commands, () -> {});
  }

  /** A client call and what it printed. */
  private record Call(int status, String out, String err) {}

  private static Call call(Path socket, DaemonProtocol.Kind kind, String build, String dir, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        DaemonClient.call(
            socket,
            new DaemonProtocol.Request(kind, build, dir, List.of(args)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Call(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Call run(Path socket, String... args) {
    return call(socket, DaemonProtocol.Kind.RUN, BUILD, HERE, args);
  }

  @Test
  void relaysTheCommandsOutputAndExitStatus() throws Exception {
    Path socket = start(args -> {
      System.out.println("figures of " + String.join(" ", args));
      System.err.println("a warning");
      return 4;
    });

    PrintStream ownOut = System.out;
    Call call = run(socket, "export", "--vintage", "2024-S2");

    assertThat(call.status()).isEqualTo(4);
    assertThat(call.out()).isEqualTo("figures of export --vintage 2024-S2" + System.lineSeparator());
    assertThat(call.err()).isEqualTo("a warning" + System.lineSeparator());
    // The daemon's own streams are its own again once the command is over.
    assertThat(System.out).isSameAs(ownOut);
    assertThat(run(socket, "history").status()).isEqualTo(4);
  }

  @Test
  void servesTheLaunchersOwnCommands() throws Exception {
    Path socket = start(args -> Barometre.execute(args.toArray(String[]::new)));

    Call help = run(socket, "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).startsWith("usage: barometre COMMAND").contains("  daemon ");
    Call unknown = run(socket, "nonsense");
    assertThat(unknown.status()).isEqualTo(fr.barometre.errors.ExitCodes.USAGE);
    assertThat(unknown.err()).contains("unknown command 'nonsense'");
  }

  @Test
  void refusesWhatAWarmSessionCannotHonourSoTheLauncherRunsItAlone() throws Exception {
    Path socket = start(args -> 0);

    Call master = run(socket, "run", "--master", "local[1]", "--vintage", "2024-S2");
    assertThat(master.status()).isEqualTo(DaemonProtocol.NOT_SERVED);
    assertThat(master.err()).contains("--master chooses the Spark session");
    assertThat(run(socket, "sql", "--conf=conf/test.conf", "SELECT 1").status()).isEqualTo(DaemonProtocol.NOT_SERVED);
    assertThat(run(socket, "serve").err()).contains("'serve' runs in a JVM of its own");
    Call elsewhere = call(socket, DaemonProtocol.Kind.RUN, BUILD, "/elsewhere", "history");
    assertThat(elsewhere.status()).isEqualTo(DaemonProtocol.NOT_SERVED);
    assertThat(elsewhere.err()).contains("not in /elsewhere");
    assertThat(run(socket, "history").status()).isZero();
  }

  @Test
  void takesOneCommandAtATime() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Path socket = start(args -> {
      started.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return 0;
    });
    java.util.concurrent.atomic.AtomicInteger firstStatus = new java.util.concurrent.atomic.AtomicInteger(-1);
    Thread first = new Thread(() -> firstStatus.set(run(socket, "run").status()));
    first.start();
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

    Call second = run(socket, "sql", "SELECT 1");
    release.countDown();
    first.join(30_000);

    assertThat(second.status()).isEqualTo(DaemonProtocol.NOT_SERVED);
    assertThat(second.err()).contains("busy with another command");
    assertThat(firstStatus.get()).isZero();
  }

  @Test
  void aClientGoneCancelsItsCommand() throws Exception {
    CountDownLatch cancelled = new CountDownLatch(1);
    CountDownLatch running = new CountDownLatch(1);
    Path socket = start(Duration.ofMinutes(5), args -> {
      running.countDown();
      try {
        // A command that ends only when cancelled (as a Spark job would, with cancelAllJobs).
        return cancelled.await(30, TimeUnit.SECONDS) ? 1 : 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 1;
      }
    }, cancelled::countDown);
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      new DaemonProtocol.Request(DaemonProtocol.Kind.RUN, BUILD, HERE, List.of("run"))
          .write(new DataOutputStream(DaemonProtocol.output(channel)));
      assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
    } // the client goes: ^C

    assertThat(cancelled.await(30, TimeUnit.SECONDS)).as("command cancelled").isTrue();
  }

  @Test
  void aCommandArrivingDuringTheWarmUpCancelsItAndIsServed() throws Exception {
    Path scratch = Files.createTempDirectory("daemon-warm-up").resolve("scratch");
    List<List<String>> warmUpRuns = new CopyOnWriteArrayList<>();
    CountDownLatch warmUpRunning = new CountDownLatch(1);
    CountDownLatch jobsCancelled = new CountDownLatch(1);
    // A warm-up run that lasts until its jobs are cancelled, as a Spark run does.
    DaemonWarmUp warmUp = new DaemonWarmUp(scratch, 3, BarometreConfig.load(Optional.empty()).methodology(), args -> {
      warmUpRuns.add(args);
      warmUpRunning.countDown();
      try {
        return jobsCancelled.await(30, TimeUnit.SECONDS) ? 1 : 0;
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }, jobsCancelled::countDown);
    Path socket = start(Duration.ofMinutes(5), args -> {
      System.out.println("served " + String.join(" ", args));
      return 0;
    }, () -> {}, Optional.of(warmUp));
    assertThat(warmUpRunning.await(60, TimeUnit.SECONDS)).as("warm-up started").isTrue();
    assertThat(warmUpRuns.get(0)).startsWith("run", "--vintage", "2024-S2", "--lake", scratch.resolve("lake").toString());
    assertThat(Files.list(scratch.resolve("inputs").resolve("releves")).count()).as("demo relèves written").isPositive();

    Call call = run(socket, "history");

    assertThat(call.status()).as("served, not refused as busy").isZero();
    assertThat(call.out()).startsWith("served history");
    assertThat(jobsCancelled.getCount()).as("the warm-up's jobs cancelled").isZero();
    assertThat(warmUpRuns).as("no warm-up run after the cancellation").hasSize(1);
    assertThat(scratch).as("the warm-up's folder removed before the command ran").doesNotExist();
  }

  @Test
  void stopsOnRequestOnAnotherBuildAndWhenIdleRemovingItsSocket() throws Exception {
    Path socket = start(args -> 0);
    assertThat(call(socket, DaemonProtocol.Kind.PING, BUILD, HERE).status()).isZero();
    assertThat(call(socket, DaemonProtocol.Kind.STOP, BUILD, HERE).status()).isZero();
    serving.join(10_000);
    assertThat(serving.isAlive()).isFalse();
    assertThat(socket).doesNotExist();
    // No daemon listening: the launcher runs the command alone.
    assertThat(run(socket, "history").status()).isEqualTo(DaemonProtocol.NOT_SERVED);

    Path rebuilt = start(args -> 0);
    Call stale = call(rebuilt, DaemonProtocol.Kind.RUN, "1800000000", HERE, "history");
    assertThat(stale.status()).isEqualTo(DaemonProtocol.NOT_SERVED);
    assertThat(stale.err()).contains("another build");
    serving.join(10_000);
    assertThat(rebuilt).doesNotExist();

    Path idle = start(Duration.ofMillis(300), args -> 0, () -> {});
    serving.join(10_000);
    assertThat(serving.isAlive()).isFalse();
    assertThat(idle).doesNotExist();
  }
}
