package fr.barometre.errors;

/** A bad command line or configuration: the launcher prints the message on one line and exits with 2. */
public class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }

  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
