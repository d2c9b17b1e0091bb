package fr.barometre.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code bin/barometre} and a warm {@code barometre daemon} say to each other over a Unix
 * domain socket. A request: the protocol's name, the request kind, the build stamp and working
 * folder the client sees, the command line. A response: output frames (standard output or error,
 * as written), then one closing frame, the exit status or a refusal. Kept free of Spark so the
 * client starts in a fraction of a second.
 */
final class DaemonProtocol {
  static final String NAME = "barometre-daemon/1";

  /** What a client asks. */
  enum Kind { RUN, PING, STOP }

  static final byte OUT = 'O';
  static final byte ERR = 'E';
  static final byte EXIT = 'X';
  static final byte REFUSED = 'R';

  /**
   * The client's exit status when the daemon cannot take the command (busy, another build,
   * another folder, an option it cannot honour, gone): {@code bin/barometre} then runs the command
   * in a JVM of its own. 75 is {@code EX_TEMPFAIL} of sysexits.h.
   */
  static final int NOT_SERVED = 75;

  private DaemonProtocol() {}

  /** One request. */
  record Request(Kind kind, String stamp, String workingDir, List<String> args) {
    void write(DataOutputStream out) throws IOException {
      out.writeUTF(NAME);
      out.writeUTF(kind.name());
      out.writeUTF(stamp);
      out.writeUTF(workingDir);
      out.writeInt(args.size());
      for (String a : args) {
        out.writeUTF(a);
      }
      out.flush();
    }

    static Request read(DataInputStream in) throws IOException {
      String name = in.readUTF();
      if (!name.equals(NAME)) {
        throw new IOException("not a " + NAME + " request: " + name);
      }
      Kind kind = Kind.valueOf(in.readUTF());
      String stamp = in.readUTF();
      String dir = in.readUTF();
      int n = in.readInt();
      List<String> args = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        args.add(in.readUTF());
      }
      return new Request(kind, stamp, dir, List.copyOf(args));
    }
  }

  /** Writes output frames of one stream ({@link #OUT} or {@link #ERR}) to the client. */
  static final class FrameStream extends OutputStream {
    private final DataOutputStream socket;
    private final byte tag;

    FrameStream(DataOutputStream socket, byte tag) {
      this.socket = socket;
      this.tag = tag;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return;
      }
      // Both streams share the socket: one frame at a time.
      synchronized (socket) {
        socket.writeByte(tag);
        socket.writeInt(len);
        socket.write(b, off, len);
        socket.flush();
      }
    }
  }

  /**
   * A socket channel's bytes as streams. {@code Channels.newInputStream} and {@code
   * newOutputStream} of one blocking channel share a lock, so a thread waiting to read (the
   * daemon's watch for a client gone) blocks every write; these go to the channel directly,
   * which allows one reader and one writer at once.
   */
  static InputStream input(ByteChannel channel) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
      }
    };
  }

  /** See {@link #input}. */
  static OutputStream output(ByteChannel channel) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    };
  }

  static void exit(DataOutputStream socket, int status) throws IOException {
    synchronized (socket) {
      socket.writeByte(EXIT);
      socket.writeInt(status);
      socket.flush();
    }
  }

  static void refuse(DataOutputStream socket, String reason) throws IOException {
    synchronized (socket) {
      socket.writeByte(REFUSED);
      socket.writeUTF(reason);
      socket.flush();
    }
  }
}
