package fr.barometre.report;

import java.util.List;

/**
 * Small HTML building blocks of the report. Every piece of text goes through {@link #esc}: names
 * come from hand-filled relèves and may hold anything.
 */
final class Html {
  private Html() {}

  /** Escapes text for an element's content or a quoted attribute. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * A table of text cells (escaped here). Columns from index {@code firstNumeric} on hold figures
   * and are right-aligned; an empty table is replaced by the {@code empty} sentence.
   */
  static String table(List<String> header, List<List<String>> rows, int firstNumeric, String empty) {
    return table(List.of(), header, rows, firstNumeric, empty);
  }

  /** A heading over some adjacent columns of a table ({@code span} columns; empty text: none). */
  record Group(String text, int span) {}

  /**
   * The same with a first header row of column {@code groups} (empty list: none), e.g. the
   * periods each block of figures belongs to.
   */
  static String table(
      List<Group> groups, List<String> header, List<List<String>> rows, int firstNumeric, String empty) {
    if (rows.isEmpty()) {
      return "<p class=\"empty\">" + esc(empty) + "</p>\n";
    }
    StringBuilder sb = new StringBuilder("<table>\n<thead>");
    if (!groups.isEmpty()) {
      sb.append("<tr>");
      for (Group g : groups) {
        sb.append("<th class=\"group\" colspan=\"").append(g.span()).append("\">").append(esc(g.text())).append("</th>");
      }
      sb.append("</tr>");
    }
    sb.append("<tr>");
    for (int i = 0; i < header.size(); i++) {
      sb.append(cell("th", header.get(i), i >= firstNumeric));
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      sb.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        sb.append(cell("td", row.get(i), i >= firstNumeric));
      }
      sb.append("</tr>\n");
    }
    return sb.append("</tbody>\n</table>\n").toString();
  }

  private static String cell(String tag, String text, boolean numeric) {
    return "<" + tag + (numeric ? " class=\"n\"" : "") + ">" + esc(text) + "</" + tag + ">";
  }
}
