package fr.barometre.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of one relève, as the services that send them: Auvergne-Rhône-Alpes' directorate (a
 * French-Excel CSV, then an XLSX workbook from 2024), Grand Est's and Nouvelle-Aquitaine's (French
 * Excel CSVs) and a national file for every other région (UTF-8 CSV).
 */
enum ReleveFile {
  AUVERGNE_RHONE_ALPES("84", "auvergne-rhone-alpes"),
  GRAND_EST("44", "grand-est"),
  NOUVELLE_AQUITAINE("75", "nouvelle-aquitaine"),
  NATIONAL("", "national");

  private final String region;
  private final String slug;

  ReleveFile(String region, String slug) {
    this.region = region;
    this.slug = slug;
  }

  static ReleveFile of(String region) {
    for (ReleveFile f : values()) {
      if (f.region.equals(region)) {
        return f;
      }
    }
    return NATIONAL;
  }

  void write(Path dir, String releve, List<SurveyRow> rows) throws IOException {
    String name = "releve_" + releve + "_" + slug;
    if (this == AUVERGNE_RHONE_ALPES && releve.compareTo("2024-S1") >= 0) {
      ReleveXlsxWriter.write(dir.resolve(name + ".xlsx"), rows);
    } else if (this == NATIONAL) {
      ReleveCsvWriter.NATIONAL.write(dir.resolve(name + ".csv"), rows);
    } else {
      ReleveCsvWriter.FRENCH_EXCEL.write(dir.resolve(name + ".csv"), rows);
    }
  }
}
