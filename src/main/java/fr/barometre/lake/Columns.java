package fr.barometre.lake;

/**
 * Names of the columns that several tables share, or that many stages of the pipeline read (the
 * territory of a figure, the period, an event's type and location). Compile-time constants, so
 * that the catalog {@link Table} can name them in its own definitions. A column only one class
 * reads keeps its name there.
 */
public final class Columns {
  /** The vintage a row belongs to ({@code YYYY-S1}, {@code YYYY-S2}); every run output's partition. */
  public static final String VINTAGE = "vintage";
  /** {@code YYYY}, {@code YYYY-S1} or {@code YYYY-S2}. */
  public static final String PERIOD = "period";
  /** {@code country}, {@code region}, {@code department}, {@code epci} or a user zoning's level. */
  public static final String TERRITORY_LEVEL = "territory_level";
  public static final String TERRITORY_CODE = "territory_code";
  public static final String TERRITORY_NAME = "territory_name";
  /** An event's région and département ({@code ZZ} when not located). */
  public static final String REGION_CODE = "region_code";
  public static final String DEPARTMENT_CODE = "department_code";
  /** An event's EPCI ({@code ZZ} outside every EPCI). */
  public static final String EPCI_CODE = "epci_code";
  public static final String SIRET = "siret";
  /** The code of an {@code events.EventType}. */
  public static final String EVENT_TYPE = "event_type";
  public static final String EFFECT_DATE = "effect_date";
  public static final String EVENT_ID = "event_id";
  public static final String SECTOR = "sector";

  private Columns() {}
}
