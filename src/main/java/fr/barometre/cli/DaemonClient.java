package fr.barometre.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The client {@code bin/barometre} starts (a JVM without Spark, a fraction of a second) when a
 * {@link DaemonServer} is listening: it sends the command line, copies the daemon's output to its
 * own standard output and error as it comes, and exits with the command's status — or with
 * {@link DaemonProtocol#NOT_SERVED} when the daemon cannot take it, so that the launcher runs the
 * command in a JVM of its own instead.
 *
 * <p>Usage: {@code DaemonClient SOCKET STAMP run|ping|stop [ARG...]}.
 */
public final class DaemonClient {
  private DaemonClient() {}

  public static void main(String[] argv) {
    if (argv.length < 3) {
      System.err.println("usage: DaemonClient SOCKET STAMP run|ping|stop [ARG...]");
      System.exit(2);
    }
    DaemonProtocol.Kind kind = DaemonProtocol.Kind.valueOf(argv[2].toUpperCase(java.util.Locale.ROOT));
    List<String> args = Arrays.asList(argv).subList(3, argv.length);
    String dir = System.getProperty("user.dir");
    System.exit(call(Path.of(argv[0]), new DaemonProtocol.Request(kind, argv[1], dir, args), System.out, System.err));
  }

  /**
   * Sends {@code request} to the daemon at {@code socket}, copies its output to {@code out} and
   * {@code err}, and returns the command's exit status ({@link DaemonProtocol#NOT_SERVED} when it
   * was not run: the reason, if the daemon gave one, is on {@code err}).
   */
  static int call(Path socket, DaemonProtocol.Request request, PrintStream out, PrintStream err) {
    SocketChannel channel;
    try {
      channel = SocketChannel.open(StandardProtocolFamily.UNIX);
      channel.connect(UnixDomainSocketAddress.of(socket));
    } catch (IOException e) {
      // No daemon (a socket file it left behind): the command is left to a JVM of its own.
      return DaemonProtocol.NOT_SERVED;
    }
    try (channel) {
      DataOutputStream to = new DataOutputStream(DaemonProtocol.output(channel));
      request.write(to);
      DataInputStream from = new DataInputStream(new java.io.BufferedInputStream(DaemonProtocol.input(channel)));
      return relay(from, out, err);
    } catch (IOException e) {
      // The command may have started: it is not run again.
      err.println("barometre: lost the daemon during the command: " + e.getMessage());
      return 1;
    }
  }

  private static int relay(DataInputStream from, OutputStream out, PrintStream err) throws IOException {
    while (true) {
      int tag;
      try {
        tag = from.readByte();
      } catch (EOFException e) {
        err.println("barometre: the daemon stopped before the command ended");
        return 1;
      }
      switch (tag) {
        case DaemonProtocol.OUT, DaemonProtocol.ERR -> {
          byte[] chunk = readChunk(from);
          OutputStream to = tag == DaemonProtocol.OUT ? out : err;
          to.write(chunk);
          to.flush();
        }
        case DaemonProtocol.EXIT -> {
          return from.readInt();
        }
        case DaemonProtocol.REFUSED -> {
          err.println("barometre: not run by the daemon (" + from.readUTF() + "); running it in a JVM of its own");
          return DaemonProtocol.NOT_SERVED;
        }
        default -> throw new IOException("unexpected frame " + tag);
      }
    }
  }

  private static byte[] readChunk(DataInputStream in) throws IOException {
    byte[] chunk = new byte[in.readInt()];
    in.readFully(chunk);
    return chunk;
  }
}
