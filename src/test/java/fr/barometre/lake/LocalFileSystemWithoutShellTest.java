package fr.barometre.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.barometre.testing.SparkTestSession;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shell-free local file system behaves as Hadoop's where Spark and Delta rely on it: created
 * files get the umasked default permissions, explicit permissions are applied, link statuses tell
 * links from files, and a rename without overwrite (Delta's put-if-absent commit) refuses an
 * existing target. And the session's configuration selects it for {@code file:} paths.
 */
class LocalFileSystemWithoutShellTest {
  private static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  private static Configuration conf() {
    return spark.sparkContext().hadoopConfiguration();
  }

  @Test
  void theSessionUsesItForLocalFilesThroughBothHadoopApis() throws Exception {
    java.nio.file.Path dir = SparkTestSession.tempDir("fs");
    assertThat(new Path(dir.toUri()).getFileSystem(conf())).isInstanceOf(LocalFileSystemWithoutShell.class);
    FileContext context = FileContext.getFileContext(dir.toUri(), conf());
    assertThat(context.getDefaultFileSystem()).isInstanceOf(LocalFileSystemWithoutShell.Fs.class);
  }

  @Test
  void createdFilesGetTheUmaskedDefaultAndSetPermissionApplies() throws Exception {
    java.nio.file.Path dir = SparkTestSession.tempDir("fs");
    FileSystem fs = FileSystem.get(dir.toUri(), conf());
    Path file = new Path(dir.resolve("a.txt").toUri());
    try (OutputStream out = fs.create(file)) {
      out.write("a".getBytes(StandardCharsets.UTF_8));
    }
    String umasked =
        PosixFilePermissions.toString(
            LocalFileSystemWithoutShell.posix(FsPermission.getFileDefault().applyUMask(FsPermission.getUMask(conf()))));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a.txt")))).isEqualTo(umasked);

    fs.setPermission(file, new FsPermission((short) 0750));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a.txt")))).isEqualTo("rwxr-x---");
    assertThat(fs.getFileStatus(file).getPermission()).isEqualTo(new FsPermission((short) 0750));
    // The checksum sidecar Hadoop's local file system writes is still there.
    assertThat(dir.resolve(".a.txt.crc")).exists();
  }

  @Test
  void linkStatusTellsLinksFromFiles() throws Exception {
    java.nio.file.Path dir = SparkTestSession.tempDir("fs");
    java.nio.file.Path target = Files.writeString(dir.resolve("target.txt"), "t");
    java.nio.file.Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
    FileSystem fs = FileSystem.get(dir.toUri(), conf());

    FileStatus file = fs.getFileLinkStatus(new Path(target.toUri()));
    assertThat(file.isSymlink()).isFalse();
    assertThat(file.getLen()).isEqualTo(1);
    FileStatus symlink = fs.getFileLinkStatus(new Path(link.toUri()));
    assertThat(symlink.isSymlink()).isTrue();
    assertThat(symlink.getSymlink().toUri().getPath()).isEqualTo(target.toString());
    assertThatThrownBy(() -> fs.getFileLinkStatus(new Path(dir.resolve("none").toUri())))
        .isInstanceOf(java.io.FileNotFoundException.class);
  }

  @Test
  void renameWithoutOverwriteRefusesAnExistingTarget() throws Exception {
    java.nio.file.Path dir = SparkTestSession.tempDir("fs");
    FileContext context = FileContext.getFileContext(dir.toUri(), conf());
    Path first = new Path(dir.resolve("first.json").toUri());
    Path second = new Path(dir.resolve("second.json").toUri());
    Path committed = new Path(dir.resolve("00000000000000000001.json").toUri());
    for (Path p : new Path[] {first, second}) {
      try (OutputStream out = context.create(p, java.util.EnumSet.of(org.apache.hadoop.fs.CreateFlag.CREATE))) {
        out.write(p.getName().getBytes(StandardCharsets.UTF_8));
      }
    }

    context.rename(first, committed, Options.Rename.NONE);
    assertThatThrownBy(() -> context.rename(second, committed, Options.Rename.NONE))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(dir.resolve(committed.getName()))).isEqualTo("first.json");
  }
}
