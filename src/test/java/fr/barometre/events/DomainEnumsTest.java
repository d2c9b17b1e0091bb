package fr.barometre.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The domain enums spell the values shared/spec/interfaces.md pins, in its order: the reasons (the
 * first that applies is reported, so their order is the rule), the flags of {@code events.flags}
 * and the event types.
 */
class DomainEnumsTest {

  @Test
  void reasonsInTheOrderOfTheSpec() {
    assertThat(Arrays.stream(Reason.values()).map(Reason::code))
        .containsExactly(
            "cancelled", "before_first_period", "not_yet_effective", "out_of_scope_naf",
            "out_of_scope_craft", "below_threshold", "inconsistent_change", "not_significant",
            "transfer");
    assertThat(Reason.ofRules()).doesNotContain(Reason.TRANSFER).hasSize(Reason.values().length - 1);
    assertThat(Reason.NOT_YET_EFFECTIVE.ruleColumn()).isEqualTo("r_not_yet_effective");
  }

  @Test
  void flagsListedInTheOrderOfTheSpec() {
    assertThat(Flag.inFlagsColumn().stream().map(Flag::code))
        .containsExactly("naf_unknown", "headcount_unknown", "significance_sirene", "significance_declared");
    assertThat(Flag.SECTOR_UNRECOGNISED.code()).isEqualTo("sector_unrecognised");
    assertThat(Flag.JOBS_ESTIMATED.code()).isEqualTo("jobs_estimated");
  }

  @Test
  void eventTypesAndTheirDirection() {
    assertThat(Arrays.stream(EventType.values()).map(EventType::code))
        .containsExactly("OUVERTURE", "FERMETURE", "EXTENSION", "REDUCTION");
    assertThat(EventType.codes(EventType::isPositive)).containsExactly("OUVERTURE", "EXTENSION");
    assertThat(EventType.codes(EventType::isChange)).containsExactly("EXTENSION", "REDUCTION");
  }
}
