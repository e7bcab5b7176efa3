package com.riskworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.DataQualityReport;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.testing.ScoredBook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The Model monitoring sheet on {@link ScoredBook} (figures worked out there), as of 2025-01. */
class ModelSheetTest {
  private static final Progress QUIET =
      new Progress() {
        @Override
        public void update(long done, long total, String message) {}

        @Override
        public boolean isCancelled() {
          return false;
        }
      };

  static XSSFWorkbook pack(LoadedPortfolio book, String lang) {
    PackInputs in =
        PackInputs.builder()
            .scope(AnalysisScope.all(book))
            .params(Analyses.Params.defaults())
            .portfolio("/data/scored.mv.db")
            .portfolioSha256("ab12")
            .programVersion("1.0")
            .preparer("analyst")
            .generatedAt(Instant.EPOCH)
            .dataQuality(new DataQualityReport(Map.of(), List.of(), List.of()))
            .identities(Map.of())
            .labels(PackLabels.of(lang))
            .build();
    return CommitteePack.build(in, QUIET);
  }

  static Row row(Sheet sheet, String first) {
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().equals(first)) {
        return row;
      }
    }
    throw new AssertionError("no row " + first);
  }

  private static int rowsStartingWith(Sheet sheet, String first) {
    int n = 0;
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().equals(first)) {
        n++;
      }
    }
    return n;
  }

  private static String fill(Cell cell) {
    XSSFColor c = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor();
    return c == null ? null : c.getARGBHex().substring(2);
  }

  @Test
  void theSheetComesAfterFraudInBothLanguages() throws Exception {
    try (XSSFWorkbook en = pack(ScoredBook.build(), "en");
        XSSFWorkbook zh = pack(ScoredBook.build(), "zh")) {
      int at = en.getSheetIndex("Model monitoring");
      assertThat(en.getSheetName(at - 1)).isEqualTo("Fraud");
      assertThat(en.getSheetName(at + 1)).isEqualTo("Data quality");
      assertThat(zh.getSheetName(at)).isEqualTo("评分模型监测");
      assertThat(row(zh.getSheetAt(at), "2024-01").getCell(9).getStringCellValue()).isEqualTo("稳定");
    }
  }

  @Test
  void matureCohortHasItsFiguresAndImmatureOnesPsiOnly() throws Exception {
    try (XSSFWorkbook wb = pack(ScoredBook.build(), "en")) {
      Sheet s = wb.getSheet("Model monitoring");
      Row jan = row(s, "2024-01");
      assertThat(jan.getCell(1).getStringCellValue()).isEqualTo("Baseline");
      assertThat(jan.getCell(2).getNumericCellValue()).isEqualTo(5.0);
      assertThat(jan.getCell(3).getNumericCellValue()).isEqualTo(2.0);
      assertThat(jan.getCell(4).getNumericCellValue()).isCloseTo(0.4, within(1e-12));
      assertThat(jan.getCell(5).getNumericCellValue()).isCloseTo(2.0 / 3, within(1e-9));
      assertThat(jan.getCell(6).getNumericCellValue()).isCloseTo(0.916667, within(1e-6));
      assertThat(jan.getCell(7).getNumericCellValue()).isCloseTo(0.833333, within(1e-6));
      assertThat(jan.getCell(8).getNumericCellValue()).isCloseTo(0.073421, within(1e-6));
      assertThat(jan.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.000");
      assertThat(jan.getCell(9).getStringCellValue()).isEqualTo("Stable");

      // 2023-12 predates the data (2024-01): left out, and the note says so
      assertThat(rowsStartingWith(s, "2023-12")).isZero();
      assertThat(
              rowsStartingWith(s, "1 cohorts originated before the first month of data (2024-01)"))
          .isZero();
      assertThat(
              row(
                      s,
                      "Cohorts originated before the first month of data (2024-01), 1 in all, are left out:"
                          + " they hold only the loans still on book when the data begins.")
                  .getRowNum())
          .isGreaterThan(jan.getRowNum());

      Row mar = row(s, "2024-03");
      for (int col = 3; col <= 7; col++) {
        assertThat(mar.getCell(col).getStringCellValue()).as("column " + col).isEqualTo("—");
      }
      assertThat(mar.getCell(8).getNumericCellValue()).isCloseTo(2.703099, within(1e-6));
      assertThat(mar.getCell(9).getStringCellValue()).isEqualTo("Shifted");
    }
  }

  @Test
  void psiCellsAreFilledByBand() throws Exception {
    try (XSSFWorkbook wb = pack(ScoredBook.build(), "en")) {
      Sheet s = wb.getSheet("Model monitoring");
      // stable green, shifted red, as the Summary's green and red
      assertThat(fill(row(s, "2024-01").getCell(8))).isEqualTo("C6EFCE");
      assertThat(fill(row(s, "2024-02").getCell(9))).isEqualTo("C6EFCE");
      assertThat(fill(row(s, "2024-03").getCell(8))).isEqualTo("FFC7CE");
      assertThat(fill(row(s, "2024-01").getCell(5))).isNull();
    }
  }

  @Test
  void cutPointsAndBadRateByDecileComeFromTheBaseline() throws Exception {
    try (XSSFWorkbook wb = pack(ScoredBook.build(), "en")) {
      Sheet s = wb.getSheet("Model monitoring");
      Row header = row(s, "Decile");
      assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Bad rate, cohort 2024-01");
      int first = header.getRowNum() + 1;
      List<Double> cuts = new ArrayList<>();
      for (int d = 0; d < 9; d++) {
        cuts.add(s.getRow(first + d).getCell(2).getNumericCellValue());
      }
      assertThat(cuts)
          .containsExactly(550.0, 600.0, 600.0, 600.0, 600.0, 650.0, 700.0, 700.0, 700.0);
      assertThat(s.getRow(first).getCell(1).getStringCellValue()).isEqualTo("up to 550");
      assertThat(s.getRow(first + 1).getCell(1).getStringCellValue()).isEqualTo("550 – 600");
      assertThat(s.getRow(first + 9).getCell(1).getStringCellValue()).isEqualTo("above 700");
      // D2: baseline share 5/16; the baseline's mature loans are 2023-12's and 2024-01's: of the
      // three scored 600, one bad (1/3); 2024-01's share 2/5, bad rate 1/2
      Row d2 = s.getRow(first + 1);
      assertThat(d2.getCell(3).getNumericCellValue()).isCloseTo(5.0 / 16, within(1e-12));
      assertThat(d2.getCell(4).getNumericCellValue()).isCloseTo(1.0 / 3, within(1e-12));
      assertThat(d2.getCell(5).getNumericCellValue()).isEqualTo(0.4);
      assertThat(d2.getCell(6).getNumericCellValue()).isEqualTo(0.5);
      // D1 holds 550, bad: 100 %; the grid row of 2024-01 says the same under D1
      Row grid = row(s, "Bad rate by score decile, cohorts past the window");
      List<Row> gridRows = new ArrayList<>();
      for (Row r : s) {
        if (r.getRowNum() > grid.getRowNum()
            && r.getCell(1) != null
            && r.getCell(0) != null
            && r.getCell(0).getCellType() == CellType.STRING
            && r.getCell(0).getStringCellValue().startsWith("2024-")) {
          gridRows.add(r);
        }
      }
      assertThat(gridRows).hasSize(1);
      assertThat(gridRows.get(0).getCell(2).getNumericCellValue()).isEqualTo(1.0);
    }
  }

  @Test
  void theChartsAreTheTrendAndThePsiByBand() throws Exception {
    try (XSSFWorkbook wb = pack(ScoredBook.build(), "zh")) {
      XSSFSheet s = wb.getSheet("评分模型监测");
      List<String> titles =
          s.getDrawingPatriarch().getCharts().stream()
              .map(XSSFChart::getTitleText)
              .map(Object::toString)
              .toList();
      assertThat(titles).containsExactly("各批次 KS值与 AUC", "各批次相对基准期的 PSI");
      var bars =
          s.getDrawingPatriarch().getCharts().get(1).getCTChart().getPlotArea().getBarChartArray(0);
      assertThat(bars.getSerArray()).hasSize(3);
    }
  }

  @Test
  void aBookWithoutScoresSaysSoInASentence() throws Exception {
    try (XSSFWorkbook wb = pack(ScoredBook.unscored(), "en")) {
      XSSFSheet s = wb.getSheet("Model monitoring");
      assertThat(s.getRow(4).getCell(0).getStringCellValue())
          .isEqualTo(
              "No loan in scope has a borrower with a credit score: there is no scorecard to monitor.");
      assertThat(s.getDrawingPatriarch() == null || s.getDrawingPatriarch().getCharts().isEmpty())
          .isTrue();
    }
  }
}
