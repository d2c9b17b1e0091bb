package fr.barometre.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Puts each row without a relève into the relève that would report it: the one of its half-year
 * (events of 2022's first half in 2022-S2, the first relève; later ones in 2024-S2, the last), a
 * tenth of them one relève late. Some rows are reported again by a later relève (the latest wins,
 * unchanged) and a few are typed twice in the same relève (the earlier copy becomes a
 * {@code duplicate} reject).
 */
final class ReleveSchedule {
  static final List<String> RELEVES = List.of("2022-S2", "2023-S1", "2023-S2", "2024-S1", "2024-S2");

  private ReleveSchedule() {}

  static List<SurveyRow> assign(List<SurveyRow> rows, SplittableRandom r) {
    List<SurveyRow> out = new ArrayList<>();
    for (SurveyRow row : rows) {
      if (!row.releve().isEmpty()) {
        out.add(row);
        continue;
      }
      int index = indexOf(LocalDate.parse(row.dateEffet()));
      if (index < RELEVES.size() - 1 && r.nextInt(10) == 0) {
        index++;
      }
      SurveyRow scheduled = row.withReleve(RELEVES.get(index));
      out.add(scheduled);
      int draw = r.nextInt(100);
      if (draw < 5 && index < RELEVES.size() - 1) {
        out.add(scheduled.withReleve(RELEVES.get(index + 1)).withStatut("CONFIRME", "confirmé à la relève suivante"));
      } else if (draw == 99) {
        out.add(scheduled);
      }
    }
    return out;
  }

  /** The relève of {@code date}'s half-year, within the first and last relèves. */
  static int indexOf(LocalDate date) {
    String half = date.getYear() + "-S" + (date.getMonthValue() <= 6 ? 1 : 2);
    if (half.compareTo(RELEVES.get(0)) < 0) {
      return 0;
    }
    int i = RELEVES.indexOf(half);
    return i < 0 ? RELEVES.size() - 1 : i;
  }

  /** The relève whose files hold {@code row}: its own, or the last one for a malformed name. */
  static String fileReleve(SurveyRow row) {
    return RELEVES.contains(row.releve()) ? row.releve() : RELEVES.get(RELEVES.size() - 1);
  }
}
