package fr.barometre.lake;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFs;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.FSLinkResolver;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FsServerDefaults;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.local.LocalConfigKeys;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}) as Hadoop ships it, checksums included, except that it
 * never starts a process. Without Hadoop's native library (not on Maven Central, so never on this
 * project's classpath), {@link RawLocalFileSystem} runs {@code chmod} for every file it creates and
 * {@code readlink} for every link status Delta's log store asks before renaming a commit into
 * place: JFR counted 374 processes in one run of the demo vintage (101 {@code chmod}, 272 {@code
 * readlink}), 5–12 ms each, most on the path of a Delta commit (docs/benchmarks.md).
 *
 * <p>Here permissions are set and symbolic links read through {@code java.nio.file}. (Hadoop 3.3.4
 * passes {@code readlink} the path with its {@code file:} scheme, which {@code readlink} never
 * resolves: every path, links included, reads there as no link.)
 *
 * <p>Enabled by {@code spark.hadoop.fs.file.impl} (this class, for {@code FileSystem}) and {@code
 * spark.hadoop.fs.AbstractFileSystem.file.impl} ({@link Fs}, for the {@code FileContext} Delta's
 * log store renames with), both in {@code reference.conf}; removing the two settings gives Hadoop's
 * own classes back. Other schemes (HDFS, S3) are untouched.
 */
public final class LocalFileSystemWithoutShell extends LocalFileSystem {
  public LocalFileSystemWithoutShell() {
    super(new Raw());
  }

  /** The raw (checksum-less) local file system without shell commands. */
  public static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission));
    }

    /**
     * The status of {@code f} itself: a file's or folder's status, or for a symbolic link its
     * target's length and times with the link's (qualified) target, as Hadoop builds it.
     */
    @Override
    public FileStatus getFileLinkStatus(Path f) throws IOException {
      java.nio.file.Path local = pathToFile(f).toPath();
      if (!Files.isSymbolicLink(local)) {
        return getFileStatus(f);
      }
      Path target = new Path(Files.readSymbolicLink(local).toString());
      FileStatus link;
      try {
        FileStatus s = getFileStatus(f);
        link = new FileStatus(s.getLen(), false, s.getReplication(), s.getBlockSize(), s.getModificationTime(),
            s.getAccessTime(), FsPermission.getDefault(), "", "", target, f);
      } catch (FileNotFoundException dangling) {
        link = new FileStatus(0, false, 0, 0, 0, 0, FsPermission.getDefault(), "", "", target, f);
      }
      link.setSymlink(FSLinkResolver.qualifySymlinkTarget(getUri(), f, target));
      return link;
    }
  }

  /**
   * The same file system for Hadoop's {@code FileContext} API: checksummed like Hadoop's {@code
   * LocalFs}, over {@link Raw}.
   */
  public static final class Fs extends ChecksumFs {
    public Fs(URI uri, Configuration conf) throws IOException, URISyntaxException {
      super(new RawFs(uri, conf));
    }
  }

  /** Hadoop's {@code RawLocalFs} (whose constructors are package-private) over {@link Raw}. */
  static final class RawFs extends DelegateToFileSystem {
    RawFs(URI uri, Configuration conf) throws IOException, URISyntaxException {
      super(uri, new Raw(), conf, "file", false);
    }

    @Override
    public int getUriDefaultPort() {
      return -1;
    }

    @Override
    @SuppressWarnings("deprecation")
    public FsServerDefaults getServerDefaults() throws IOException {
      return LocalConfigKeys.getServerDefaults();
    }

    @Override
    public FsServerDefaults getServerDefaults(Path f) throws IOException {
      return LocalConfigKeys.getServerDefaults();
    }

    @Override
    public boolean isValidName(String src) {
      return true;
    }
  }

  /** The read, write and execute bits of {@code permission} (sticky bit aside: NIO cannot set it). */
  static Set<PosixFilePermission> posix(FsPermission permission) {
    Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
    add(out, permission.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    add(out, permission.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE);
    add(out, permission.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    return out;
  }

  private static void add(
      Set<PosixFilePermission> out, FsAction action, PosixFilePermission read, PosixFilePermission write, PosixFilePermission execute) {
    if (action.implies(FsAction.READ)) {
      out.add(read);
    }
    if (action.implies(FsAction.WRITE)) {
      out.add(write);
    }
    if (action.implies(FsAction.EXECUTE)) {
      out.add(execute);
    }
  }
}
