package fr.barometre.events;

import java.util.Arrays;
import java.util.function.Predicate;
import org.apache.spark.sql.Column;

/**
 * The four event types of a relève (methodology §1), as stored in {@code event_type} of the
 * accepted rows, {@code events} and {@code candidates}, with the direction each moves a
 * territory's figures: openings and extensions add, closures and reductions take away. Spark
 * transforms compare columns with {@link #code()} (never a UDF): {@code
 * col(Columns.EVENT_TYPE).equalTo(EventType.OUVERTURE.code())}, {@link #positive(Column)}.
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

  /** The value stored in {@code event_type} and typed in relèves (upper case, no accent). */
  public String code() {
    return name();
  }

  /** +1 for an opening or extension, −1 for a closure or reduction. */
  public int sign() {
    return sign;
  }

  /** True for the types that add to a territory's figures (opening, extension). */
  public boolean isPositive() {
    return sign > 0;
  }

  /** True for the changes of an existing site (extension, reduction), false for openings and closures. */
  public boolean isChange() {
    return this == EXTENSION || this == REDUCTION;
  }

  /** True where {@code type} (an {@code event_type} column) is an opening or an extension. */
  public static Column positive(Column type) {
    return type.isin(codes(EventType::isPositive));
  }

  /** True where {@code type} (an {@code event_type} column) is an extension or a reduction. */
  public static Column change(Column type) {
    return type.isin(codes(EventType::isChange));
  }

  /** The codes of the types that {@code which} accepts, in declaration order, for {@code Column.isin}. */
  public static Object[] codes(Predicate<EventType> which) {
    return Arrays.stream(values()).filter(which).map(EventType::code).toArray();
  }
}
