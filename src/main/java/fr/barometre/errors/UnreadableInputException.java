package fr.barometre.errors;

/**
 * An input that cannot be read at all (missing file, empty file, wrong format): the launcher prints
 * the message on one line and exits with 3. Rows that are read but invalid are rejects, not this.
 */
public class UnreadableInputException extends RuntimeException {
  public UnreadableInputException(String message) {
    super(message);
  }

  public UnreadableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
