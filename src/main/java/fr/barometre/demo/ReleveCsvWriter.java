package fr.barometre.demo;

import fr.barometre.events.EventType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes relève rows in the two CSV dialects local services send (shared/spec/survey-return-format.md):
 * {@link #NATIONAL} — UTF-8 with BOM, {@code ,}, snake-case headers, ISO dates, upper-case types;
 * {@link #FRENCH_EXCEL} — Windows-1252, {@code ;}, French headers with accents, {@code DD/MM/YYYY}
 * dates, decimal commas, capitalised types and SIRETs typed with spaces, as Excel exports them.
 */
final class ReleveCsvWriter {
  static final List<String> SNAKE_HEADERS =
      List.of("releve", "id_evenement", "siret", "raison_sociale", "type_evenement", "date_effet",
          "code_commune", "effectif_avant", "effectif_apres", "naf", "filiere", "statut",
          "variation_production_pct", "investissement_meur", "france2030", "commentaire");
  static final List<String> FRENCH_HEADERS =
      List.of("Relève", "ID événement", "SIRET", "Raison sociale", "Type d'événement", "Date d'effet",
          "Code commune", "Effectif avant", "Effectif après", "NAF", "Filière", "Statut",
          "Variation production PCT", "Investissement MEUR", "France 2030", "Commentaire");

  static final ReleveCsvWriter NATIONAL = new ReleveCsvWriter(StandardCharsets.UTF_8, ',', false);
  static final ReleveCsvWriter FRENCH_EXCEL = new ReleveCsvWriter(Charset.forName("windows-1252"), ';', true);

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
  private static final Pattern SIRET = Pattern.compile("(\\d{3})(\\d{3})(\\d{3})(\\d{5})");

  private final Charset charset;
  private final char separator;
  private final boolean french;

  private ReleveCsvWriter(Charset charset, char separator, boolean french) {
    this.charset = charset;
    this.separator = separator;
    this.french = french;
  }

  void write(Path out, List<SurveyRow> rows) throws IOException {
    StringBuilder sb = new StringBuilder();
    if (!french) {
      sb.append('\uFEFF'); // Excel's "CSV UTF-8" export starts with a BOM
    }
    line(sb, french ? FRENCH_HEADERS : SNAKE_HEADERS);
    for (SurveyRow row : rows) {
      line(sb, french ? row.cells().stream().map(this::frenchCell).toList() : row.cells());
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      o.write(sb.toString().getBytes(charset));
    }
  }

  private void line(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(separator);
      }
      String c = cells.get(i);
      boolean quote = c.indexOf(separator) >= 0 || c.contains("\"") || c.contains("\n");
      sb.append(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    sb.append("\r\n");
  }

  /** A cell as a French Excel shows it; text that is none of the patterns stays as typed. */
  private String frenchCell(String cell) {
    Matcher iso = ISO.matcher(cell);
    if (iso.matches()) {
      return iso.group(3) + "/" + iso.group(2) + "/" + iso.group(1);
    }
    if (DECIMAL.matcher(cell).matches()) {
      return cell.replace('.', ',');
    }
    if (SIRET.matcher(cell).matches()) {
      return SIRET.matcher(cell).replaceAll("$1 $2 $3 $4");
    }
    return capitalisedType(cell);
  }

  /** A type's code as French spreadsheets write it ({@code Réduction}); any other cell as it is. */
  static String capitalisedType(String cell) {
    return SurveyRow.typeOf(cell).map(ReleveCsvWriter::capitalised).orElse(cell);
  }

  private static String capitalised(EventType type) {
    return switch (type) {
      case OUVERTURE -> "Ouverture";
      case FERMETURE -> "Fermeture";
      case EXTENSION -> "Extension";
      case REDUCTION -> "Réduction";
    };
  }
}
