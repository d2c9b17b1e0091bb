package fr.barometre.testing;

import fr.barometre.config.BarometreConfig;
import fr.barometre.config.Limits;
import java.util.Optional;

/** The input limits of {@code reference.conf}, for tests that call the relève readers directly. */
public final class DefaultLimits {
  private DefaultLimits() {}

  public static Limits get() {
    return BarometreConfig.load(Optional.empty()).limits();
  }
}
