package com.riskworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Provisions and Forecast sheets of a pack of a small hand-built book, as of 2024-03 (the ECL
 * book of docs/methodology.md §14):
 *
 * <pre>
 * A  CURRENT 01 -> CURRENT 02 -> CURRENT 03: 1,000.00 at 18 %, maturity 2024-12 (stage 1)
 * B  CURRENT 01 (500.00) -> PAID_OFF 02
 * E  CURRENT 02 (500.00) -> PAID_OFF 03
 * D  DPD_1_29 01 -> DPD_1_29 02 (500.00) -> CHARGED_OFF 03 (500.00 charged off, 100.00 recovered)
 * G  DPD_1_29 01 (300.00) -> CHARGED_OFF 02 (300.00, nothing recovered)
 * F  DPD_1_29 02 -> DPD_1_29 03 (25 days): 600.00 at 12 %, maturity 2024-05 (stage 2, H = 2)
 * </pre>
 *
 * Outstanding 1,600.00; no NPL (F is special mention). LGD = 1 − 100 / 800 = 0.875. Count matrix:
 * DPD_1_29 half stays, half is charged off, so PD_k = 1 − 0.5^k and F's ECL = 0.875 × 600 × (0.5 /
 * 1.01 + 0.25 / 1.01²) = 388.56; A's is 0.
 */
class ForwardLookingSheetsTest {
  static XSSFWorkbook en;
  static XSSFWorkbook zh;

  static LoadedPortfolio book() {
    PortfolioBuilder b = new PortfolioBuilder();
    b.addBorrower("B1", BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "Guangdong", "Retail");
    int a = loan(b, "A", "2023-12-15", 0.18);
    active(b, a, "2024-01", 100_000, 0);
    active(b, a, "2024-02", 100_000, 0);
    active(b, a, "2024-03", 100_000, 0);
    b.maturity(a, LocalDate.parse("2024-12-15"));
    int bl = loan(b, "B", "2023-12-15", 0.18);
    active(b, bl, "2024-01", 50_000, 0);
    row(b, bl, "2024-02", 0, 0, LoanStatus.PAID_OFF, 0, 0);
    int e = loan(b, "E", "2024-01-15", 0.18);
    active(b, e, "2024-02", 50_000, 0);
    row(b, e, "2024-03", 0, 0, LoanStatus.PAID_OFF, 0, 0);
    int d = loan(b, "D", "2023-12-15", 0.18);
    active(b, d, "2024-01", 50_000, 10);
    active(b, d, "2024-02", 50_000, 20);
    row(b, d, "2024-03", 0, 50, LoanStatus.CHARGED_OFF, 50_000, 10_000);
    int g = loan(b, "G", "2023-12-15", 0.18);
    active(b, g, "2024-01", 30_000, 10);
    row(b, g, "2024-02", 0, 40, LoanStatus.CHARGED_OFF, 30_000, 0);
    int f = loan(b, "F", "2024-01-15", 0.12);
    active(b, f, "2024-02", 60_000, 15);
    active(b, f, "2024-03", 60_000, 25);
    b.maturity(f, LocalDate.parse("2024-05-15"));
    return b.build();
  }

  private static int loan(PortfolioBuilder b, String id, String date, double rate) {
    return b.addLoan(
        id, "B1", "Consumer loan", "Online", "B", LocalDate.parse(date), 100_000, rate);
  }

  private static void active(PortfolioBuilder b, int loan, String month, long cents, int dpd) {
    row(b, loan, month, cents, dpd, LoanStatus.ACTIVE, 0, 0);
  }

  private static void row(
      PortfolioBuilder b,
      int loan,
      String month,
      long cents,
      int dpd,
      LoanStatus status,
      long chargeOff,
      long recovery) {
    b.addMonth(
        loan,
        Months.ordinal(YearMonth.parse(month)),
        cents,
        dpd,
        (byte) status.ordinal(),
        chargeOff,
        recovery);
  }

  static XSSFWorkbook pack(String lang) {
    AnalysisScope scope =
        AnalysisScope.of(book(), Optional.of(YearMonth.parse("2024-03")), SegmentFilter.NONE);
    return CommitteePack.build(
        PackInputsTest.complete().scope(scope).labels(PackLabels.of(lang)).build(), Progress.NONE);
  }

  @BeforeAll
  static void packs() {
    en = pack("en");
    zh = pack("zh");
  }

  @AfterAll
  static void close() throws Exception {
    en.close();
    zh.close();
  }

  /** The first row whose first cell is {@code label}. */
  static Row row(Sheet s, String label) {
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
        return r;
      }
    }
    throw new AssertionError("no row " + label + " on " + s.getSheetName());
  }

  static String text(Row r, int c) {
    return r.getCell(c).getStringCellValue();
  }

  static double number(Row r, int c) {
    return r.getCell(c).getNumericCellValue();
  }

  static String format(Row r, int c) {
    return r.getCell(c).getCellStyle().getDataFormatString();
  }

  /** The fill of a cell as RRGGBB. */
  static String fill(Row r, int c) {
    return ((XSSFCellStyle) r.getCell(c).getCellStyle())
        .getFillForegroundXSSFColor()
        .getARGBHex()
        .substring(2);
  }

  @Test
  void newSheetsStandAfterRollRatesInBothLanguages() {
    assertThat(en.getSheetIndex("Provisions")).isEqualTo(en.getSheetIndex("Roll rates") + 1);
    assertThat(en.getSheetIndex("Forecast")).isEqualTo(en.getSheetIndex("Provisions") + 1);
    // Cover, summary, concentration, Lorenz/groups/co-lending, vintage, roll rates, then these.
    assertThat(zh.getSheetIndex("拨备")).isEqualTo(6);
    assertThat(zh.getSheetIndex("损失预测")).isEqualTo(7);
  }

  /**
   * Held: a dash, never 0, and a note. ECL-based 388.56: provision-to-loan 388.56 / 1,600 =
   * 0.242850, above 2.5 %: green. Regulatory 1 % × 1,600 + 2 % × 600 (special mention) = 28.00: 28
   * / 1,600 = 0.0175, within 1.5–2.5 %: amber. No NPL: neither coverage is available.
   */
  @Test
  void provisionsOnThreeBasesAgainstTheBands() {
    Sheet s = en.getSheet("Provisions");
    Row held = row(s, "Held (booked)");
    Row ecl = row(s, "ECL-based (base scenario)");
    Row regulatory = row(s, "Regulatory rates (2002 guideline)");

    assertThat(text(held, 1)).isEqualTo("—");
    assertThat(text(held, 4)).isEqualTo("—");
    assertThat(text(held, 6)).isEqualTo("—");
    assertThat(number(held, 3)).isEqualTo(1_600.00);
    assertThat(
            row(
                s,
                "Held: not available — the portfolio records no booked provisions (the"
                    + " loan_month provision column), so the held basis is shown as a dash, not 0."))
        .isNotNull();

    assertThat(number(ecl, 1)).isCloseTo(388.56, within(0.005));
    assertThat(format(ecl, 1)).isEqualTo("#,##0.00");
    assertThat(number(ecl, 2)).isZero();
    assertThat(number(ecl, 6)).isCloseTo(0.242850, within(1e-9));
    assertThat(format(ecl, 6)).isEqualTo("0.00%");
    assertThat(fill(ecl, 6)).isEqualToIgnoringCase("C6EFCE");
    assertThat(text(ecl, 7)).isEqualTo("Above the band");
    assertThat(text(ecl, 4)).isEqualTo("—");
    assertThat(text(ecl, 5)).isEqualTo("Not available (no NPL balance)");

    assertThat(number(regulatory, 1)).isCloseTo(28.00, within(0.005));
    assertThat(number(regulatory, 6)).isCloseTo(0.0175, within(1e-12));
    assertThat(fill(regulatory, 6)).isEqualToIgnoringCase("FFEB9C");
    assertThat(text(regulatory, 7)).isEqualTo("Within the band");
  }

  /**
   * Stage 1: A, 1,000.00, ECL 0, PD 0. Stage 2: F, 600.00, 388.56, coverage 388.56 / 600 =
   * 0.647600, PD over its two months 1 − 0.25 = 0.75. Stage 3 empty: coverage not available. All: 2
   * loans, 1,600.00, 388.56, 0.242850, average PD 0.75 × 600 / 1,600 = 0.28125; LGD 0.875.
   */
  @Test
  void eclByStageWithTheBootstrapInterval() {
    Sheet s = en.getSheet("Provisions");
    Row stage2 = row(s, "Stage 2");
    Row stage3 = row(s, "Stage 3");
    Row all = row(s, "All stages");

    assertThat(number(row(s, "Stage 1"), 3)).isZero();
    assertThat(number(stage2, 1)).isEqualTo(1);
    assertThat(number(stage2, 2)).isEqualTo(600.00);
    assertThat(number(stage2, 3)).isCloseTo(388.56, within(0.005));
    assertThat(number(stage2, 4)).isCloseTo(0.6476, within(1e-9));
    assertThat(number(stage2, 5)).isCloseTo(0.75, within(1e-12));
    assertThat(number(stage3, 1)).isZero();
    assertThat(stage3.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
    assertThat(number(all, 1)).isEqualTo(2);
    assertThat(number(all, 2)).isEqualTo(1_600.00);
    assertThat(number(all, 4)).isCloseTo(0.242850, within(1e-9));
    assertThat(number(all, 5)).isCloseTo(0.28125, within(1e-12));
    assertThat(number(all, 6)).isCloseTo(0.875, within(1e-12));
    // the interval row follows its header, also labelled "All stages"
    Row header = row(s, "ECL, 90 % bootstrap interval");
    Row interval = s.getRow(header.getRowNum() + 1);
    assertThat(number(interval, 1)).isLessThanOrEqualTo(number(interval, 2));
    assertThat(format(interval, 1)).isEqualTo("#,##0.00");
  }

  /**
   * Balance matrix of the window: CURRENT 2,000 stay, 1,000 paid off; DPD_1_29 1,100 stay, 800
   * charged off (8/19). The 600.00 in DPD_1_29 charges off 600 × 8/19 = 252.63 in month 1, net
   * 252.63 × 0.875 = 221.05; by month 2 600 × (1 − (11/19)²) = 398.89, net 349.03; by month 12 600
   * × (1 − (11/19)^12) = 599.1492, net 524.2556, loss rate 524.2556 / 1,600 = 0.327660. Adverse:
   * 8/19 × 1.25 = 10/19, month 1 net 600 × 10/19 × 0.875 = 276.32; severe 12/19: 331.58. Worst
   * month (a tie at 0 %: the latest, 2024-03): DPD_1_29 600 stay, 500 charged off (5/11), month 1
   * net 600 × 5/11 × 0.875 = 238.64.
   */
  @Test
  void forecastByScenarioAndMonth() {
    Sheet s = en.getSheet("Forecast");
    Row base = row(s, "Base");
    assertThat(number(base, 1)).isEqualTo(1_600.00);
    assertThat(number(base, 2)).isCloseTo(599.15, within(0.005));
    assertThat(number(base, 5)).isCloseTo(524.26, within(0.005));
    assertThat(number(base, 8)).isCloseTo(0.327660, within(1e-6));
    assertThat(format(base, 8)).isEqualTo("0.00%");
    assertThat(number(base, 3)).isLessThanOrEqualTo(number(base, 4));

    Row month1 = row(s, "2024-04");
    assertThat(number(month1, 1)).isCloseTo(221.05, within(0.005));
    assertThat(number(month1, 2)).isCloseTo(276.32, within(0.005));
    assertThat(number(month1, 3)).isCloseTo(331.58, within(0.005));
    assertThat(number(month1, 4)).isCloseTo(238.64, within(0.005));
    assertThat(number(row(s, "2024-05"), 1)).isCloseTo(349.03, within(0.005));
    assertThat(((XSSFSheet) s).getDrawingPatriarch().getCharts()).hasSize(1);
  }

  /**
   * The base balances start at the as-of month (month 0: CURRENT 1,000.00, 1–29 DPD 600.00, no
   * flows yet); month 1 moves 252.63 to charged off, 333.33 of CURRENT to paid off.
   */
  @Test
  void baseBalancesByStateStartAtTheAsOfMonth() {
    Sheet s = en.getSheet("Forecast");
    int first = row(s, "Base scenario: balance by state and the month's flows").getRowNum() + 1;
    Row header = s.getRow(first);
    assertThat(text(header, 1)).isEqualTo("Current");
    assertThat(text(header, 7)).isEqualTo("Charged off");
    Row month0 = s.getRow(first + 1);
    assertThat(text(month0, 0)).isEqualTo("2024-03");
    assertThat(number(month0, 1)).isEqualTo(1_000.00);
    assertThat(number(month0, 2)).isEqualTo(600.00);
    assertThat(month0.getCell(8).getCellType()).isEqualTo(CellType.BLANK);
    Row month1 = s.getRow(first + 2);
    assertThat(number(month1, 7)).isCloseTo(252.63, within(0.005));
    assertThat(number(month1, 8)).isCloseTo(252.63, within(0.005));
    assertThat(number(month1, 10)).isCloseTo(333.33, within(0.005));
  }

  /** Data from 2024-01 only: a 12-month backtest would need a forecast made at 2023-03. */
  @Test
  void backtestBeforeTheDataIsNotAvailableWithItsReason() {
    assertThat(
            row(
                en.getSheet("Forecast"),
                "Not available: a backtest over 12 months needs data from 2023-03, before the"
                    + " portfolio's first month."))
        .isNotNull();
    assertThat(row(zh.getSheet("损失预测"), "不适用：12 个月的回溯检验需要 2023-03 起的数据，早于组合的首月。")).isNotNull();
  }

  @Test
  void chineseSheetsSpeakChinese() {
    Sheet s = zh.getSheet("拨备");
    assertThat(text(row(s, "预期信用损失法（基准情景）"), 7)).isEqualTo("高于区间");
    assertThat(text(row(s, "监管比例法（2002年计提指引）"), 7)).isEqualTo("区间内");
    assertThat(number(row(s, "第二阶段"), 3)).isCloseTo(388.56, within(0.005));
    assertThat(number(row(zh.getSheet("损失预测"), "基准情景"), 5)).isCloseTo(524.26, within(0.005));
  }

  /**
   * The Summary's early warnings carry both ratios of the ECL basis: coverage not available (no
   * NPL), provision-to-loan 0.242850 green, with the basis named.
   */
  @Test
  void summaryWarningsListTheProvisionRatios() {
    Sheet s = en.getSheet("Summary");
    // the period table above names the same figures: the warnings' rows come after their title
    Row coverage = RegulatorSheetsTest.rowAfter(s, "Early warnings", "Provision coverage");
    Row toLoan = RegulatorSheetsTest.rowAfter(s, "Early warnings", "Provision-to-loan ratio");

    assertThat(text(coverage, 1)).isEqualTo("ECL-based");
    assertThat(text(coverage, 5)).isEqualTo("n/a");
    assertThat(number(toLoan, 2)).isCloseTo(0.242850, within(1e-9));
    assertThat(format(toLoan, 2)).isEqualTo("0.00%");
    assertThat(number(toLoan, 3)).isEqualTo(0.025);
    assertThat(number(toLoan, 4)).isEqualTo(0.015);
    assertThat(text(toLoan, 5)).isEqualTo("Green");
  }

  /**
   * A book with no loan ACTIVE at the as-of month (all of it paid off): nothing to cover, so every
   * ratio is a dash with its reason, never 0, and the pack is still written.
   */
  @Test
  void aBookWithNothingOutstandingShowsDashesNotZeros() throws Exception {
    PortfolioBuilder b = new PortfolioBuilder();
    b.addBorrower("B1", BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "Guangdong", "Retail");
    int a = loan(b, "A", "2023-12-15", 0.18);
    active(b, a, "2024-01", 100_000, 0);
    row(b, a, "2024-02", 0, 0, LoanStatus.PAID_OFF, 0, 0);
    AnalysisScope scope =
        AnalysisScope.of(b.build(), Optional.of(YearMonth.parse("2024-02")), SegmentFilter.NONE);

    try (XSSFWorkbook wb =
        CommitteePack.build(PackInputsTest.complete().scope(scope).build(), Progress.NONE)) {
      Row regulatory = row(wb.getSheet("Provisions"), "Regulatory rates (2002 guideline)");
      assertThat(number(regulatory, 1)).isZero();
      assertThat(text(regulatory, 4)).isEqualTo("—");
      assertThat(text(regulatory, 5)).isEqualTo("Not available (no NPL balance)");
      assertThat(text(regulatory, 6)).isEqualTo("—");
      assertThat(text(regulatory, 7)).isEqualTo("Not available (no outstanding balance)");
      assertThat(number(row(wb.getSheet("Forecast"), "Base"), 1)).isZero();
    }
  }

  /**
   * One loan CURRENT from 2023-01 to 2024-03: the backtest of 12 months is made at 2023-03, when
   * the only transitions (into 2023-02 and 2023-03) were CURRENT → CURRENT; it forecasts no
   * charge-off and none happened: twelve rows 2023-04 … 2024-03 of zeros, the ratio (actual /
   * forecast) not available, and a total row.
   */
  @Test
  void backtestListsEveryMonthOfTheHorizonWithItsTotal() throws Exception {
    PortfolioBuilder b = new PortfolioBuilder();
    b.addBorrower("B1", BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "Guangdong", "Retail");
    int a = loan(b, "A", "2022-12-15", 0.18);
    for (YearMonth m = YearMonth.of(2023, 1);
        !m.isAfter(YearMonth.of(2024, 3));
        m = m.plusMonths(1)) {
      active(b, a, m.toString(), 100_000, 0);
    }
    AnalysisScope scope =
        AnalysisScope.of(b.build(), Optional.of(YearMonth.parse("2024-03")), SegmentFilter.NONE);

    try (XSSFWorkbook wb =
        CommitteePack.build(PackInputsTest.complete().scope(scope).build(), Progress.NONE)) {
      Sheet s = wb.getSheet("Forecast");
      int caption =
          row(
                  s,
                  "Forecast made at 2023-03 with the data up to then (base scenario), against the"
                      + " charge-offs of the same loans since; ratio = actual / forecast balance.")
              .getRowNum();
      assertThat(text(s.getRow(caption + 1), 1)).isEqualTo("Forecast charge-offs (loans)");
      Row first = s.getRow(caption + 2);
      assertThat(text(first, 0)).isEqualTo("2023-04");
      assertThat(number(first, 1)).isZero();
      assertThat(number(first, 4)).isZero();
      assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(text(s.getRow(caption + 13), 0)).isEqualTo("2024-03");
      Row total = s.getRow(caption + 14);
      assertThat(text(total, 0)).isEqualTo("Total");
      assertThat(number(total, 3)).isZero();
      assertThat(total.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
      // the cumulative net loss chart and the backtest's forecast-against-actual chart
      assertThat(((XSSFSheet) s).getDrawingPatriarch().getCharts()).hasSize(2);
    }
  }
}
