package fr.barometre.events;

/**
 * The four event types of a relève (methodology §1), with the direction each moves a territory's
 * figures: openings and extensions add, closures and reductions take away.
 */
public enum EventType {
  OUVERTURE(1),
  FERMETURE(-1),
  EXTENSION(1),
  REDUCTION(-1);

  private final int sign;

  EventType(int sign) {
    this.sign = sign;
  }

  /** +1 for an opening or extension, −1 for a closure or reduction. */
  public int sign() {
    return sign;
  }

  /** True for the changes of an existing site (extension, reduction), false for openings and closures. */
  public boolean isChange() {
    return this == EXTENSION || this == REDUCTION;
  }
}
