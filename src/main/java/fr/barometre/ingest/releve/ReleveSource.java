package fr.barometre.ingest.releve;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One relève file as a run read it: its path, size in bytes and the SHA-256 of its content — what
 * the run record keeps so that a statistician can tell which files a published figure came from.
 */
public record ReleveSource(String path, long bytes, String sha256) {

  /** The record of {@code content}, read from {@code path}. */
  static ReleveSource of(String path, byte[] content) {
    try {
      return new ReleveSource(
          path, content.length, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
