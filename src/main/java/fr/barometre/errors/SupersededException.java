package fr.barometre.errors;

/**
 * A run that published nothing because a run of the same vintage that started after it published
 * first (shared/spec/publication.md §3): the later run's figures stand whole. Exit status 1, with
 * a one-line message naming both runs.
 */
public class SupersededException extends RuntimeException {
  public SupersededException(String message) {
    super(message);
  }
}
