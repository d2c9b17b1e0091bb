package fr.barometre.export;

/**
 * Produces the value an export writes for a cell so that a spreadsheet opening the CSV runs no
 * formula (shared/spec/publication.md, point 5). Text from hand-filled relèves ({@code
 * raison_sociale}, {@code commentaire}, reject details, file names) may hold anything; a text cell
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is what
 * Excel, LibreOffice and Google Sheets evaluate, so it gets a leading {@code '}, which they all read
 * as "the rest is text".
 *
 * <p>Only text values are touched: a number of a numeric column ({@code net = -3}) comes as a
 * Java number, is no formula, and is written as it is.
 */
public final class FormulaCells {
  private static final String TRIGGERS = "=+-@\t\r";

  private FormulaCells() {}

  /** {@code value} itself, or a text value that starts like a formula with a leading {@code '}. */
  public static Object neutralised(Object value) {
    if (value instanceof String s && !s.isEmpty() && TRIGGERS.indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return value;
  }
}
