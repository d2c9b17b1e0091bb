package fr.barometre.errors;

/**
 * A run whose outputs failed one of its audits (shared/spec/publication.md §2): nothing of the run
 * was written to the lake's tables; the launcher prints the message, naming the failed checks, on
 * one line and exits with 4.
 */
public class AuditFailedException extends RuntimeException {
  public AuditFailedException(String message) {
    super(message);
  }
}
