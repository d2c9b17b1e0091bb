package fr.barometre.errors;

/** The launcher's exit statuses, as documented in the README and shared/spec/interfaces.md. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int UNREADABLE_INPUT = 3;
  public static final int AUDIT_FAILED = 4;

  private ExitCodes() {}

  /** The status for an exception that escaped a job. */
  public static int of(Throwable t) {
    if (t instanceof UsageException) {
      return USAGE;
    }
    if (t instanceof UnreadableInputException) {
      return UNREADABLE_INPUT;
    }
    if (t instanceof AuditFailedException) {
      return AUDIT_FAILED;
    }
    return FAILURE;
  }
}
