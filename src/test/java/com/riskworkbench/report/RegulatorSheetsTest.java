package com.riskworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.app.cli.CliTestAccess;
import com.riskworkbench.portfolio.tape.Tapes;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regulator's views in the pack (period comparison, migration, NPL walk, classification checks)
 * on a book of three loans over 2024-12 … 2025-03, as of 2025-03, rule regulatory-2023 (no booked
 * categories):
 *
 * <pre>
 *           2024-12        2025-01        2025-02             2025-03
 *   L1      1,000.00 d0    900.00 d0      800.00 d0           700.00 d100 (substandard)
 *   L2      2,000.00 d95   2,000.00 d125  CHARGED_OFF 2,000
 *   L3        500.00 d0    400.00 d0      300.00 d0           200.00 d0
 * </pre>
 *
 * The previous quarter end and the start of the year are both 2024-12; a year ago, 2024-03, is
 * outside the data.
 */
class RegulatorSheetsTest {
  @TempDir static Path temp;
  static XSSFWorkbook pack;

  static final String LOANS =
      """
      loan_id,borrower_id,product,channel,origination_date,maturity_date,principal,interest_rate,term_months,risk_grade,guarantee_type
      L1,B1,Credit loan,Own app,2024-11-10,2026-11-10,1000.00,0.18,24,B,CREDIT
      L2,B2,Business loan,Branch,2024-11-10,2026-11-10,2000.00,0.09,24,A,GUARANTEED
      L3,B1,Credit loan,Own app,2024-11-20,2025-11-20,500.00,0.18,12,B,CREDIT
      """;

  static final String LOAN_MONTHS =
      """
      loan_id,month,balance,days_past_due,status,charge_off_amount,recovery_amount
      L1,2024-12,1000.00,0,ACTIVE,,
      L1,2025-01,900.00,0,ACTIVE,,
      L1,2025-02,800.00,0,ACTIVE,,
      L1,2025-03,700.00,100,ACTIVE,,
      L2,2024-12,2000.00,95,ACTIVE,,
      L2,2025-01,2000.00,125,ACTIVE,,
      L2,2025-02,0,125,CHARGED_OFF,2000.00,
      L3,2024-12,500.00,0,ACTIVE,,
      L3,2025-01,400.00,0,ACTIVE,,
      L3,2025-02,300.00,0,ACTIVE,,
      L3,2025-03,200.00,0,ACTIVE,,
      """;

  @BeforeAll
  static void write() throws Exception {
    Map<String, String> files = Tapes.valid();
    files.put("loans.csv", LOANS);
    files.put("loan_months.csv", LOAN_MONTHS);
    pack = build(files, "three.xlsx");
  }

  static XSSFWorkbook build(Map<String, String> files, String name) throws Exception {
    Path tape = Tapes.write(temp.resolve(name + "-tape"), files);
    Path book = temp.resolve(name + ".mv.db");
    CliTestAccess.Result imported =
        CliTestAccess.run("import", "--from", tape.toString(), "--out", book.toString());
    assertThat(imported.status()).as(imported.err()).isZero();
    Path out = temp.resolve(name);
    CliTestAccess.Result r =
        CliTestAccess.run("report", "--portfolio", book.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    try (InputStream in = Files.newInputStream(out)) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void summaryOpensWithThePeriodComparison() {
    Sheet summary = pack.getSheet("Summary");
    Row header = summary.getRow(3);
    assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Previous month · 2025-02");
    assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Start of year · 2024-12");
    // Outstanding: 2025-03 L1 700 + L3 200 = 900; 2025-02 L1 800 + L3 300 = 1,100;
    // change −200, −200 / 1,100 = −18.18 %; 2024-12: 1,000 + 2,000 + 500 = 3,500.
    Row outstanding = row(summary, "Outstanding balance");
    assertThat(outstanding.getCell(1).getNumericCellValue()).isEqualTo(900.0);
    assertThat(outstanding.getCell(2).getNumericCellValue()).isEqualTo(1_100.0);
    assertThat(outstanding.getCell(3).getNumericCellValue()).isCloseTo(-200.0, within(1e-9));
    assertThat(outstanding.getCell(4).getNumericCellValue())
        .isCloseTo(-200.0 / 1_100, within(1e-12));
    assertThat(outstanding.getCell(8).getNumericCellValue()).isEqualTo(3_500.0);
    // NPL ratio: 700 / 900 = 77.78 % now, 0 at 2025-02 (+7,777.78 bp), 2,000 / 3,500 = 57.14 %
    // at 2024-12 (+2,063.49 bp); the change % of a ratio is left empty.
    Row npl = row(summary, "NPL ratio");
    assertThat(npl.getCell(1).getNumericCellValue()).isCloseTo(7.0 / 9, within(1e-12));
    assertThat(npl.getCell(3).getNumericCellValue()).isCloseTo(70_000.0 / 9, within(1e-6));
    assertThat(npl.getCell(3).getCellStyle().getDataFormatString()).contains("bp");
    assertThat(npl.getCell(9).getNumericCellValue())
        .isCloseTo((7.0 / 9 - 4.0 / 7) * 10_000, within(1e-6));
    assertThat(npl.getCell(4).getStringCellValue()).isEmpty();
  }

  @Test
  void worseIsRedAndBetterGreenWhileTheBookSizeIsNotColoured() {
    Sheet summary = pack.getSheet("Summary");
    // NPL balance 2,000 → 700 since the start of the year: better; NPL ratio up: worse.
    assertThat(fill(row(summary, "NPL balance").getCell(9))).isEqualTo("C6EFCE");
    assertThat(fill(row(summary, "NPL ratio").getCell(9))).isEqualTo("FFC7CE");
    assertThat(fill(row(summary, "Outstanding balance").getCell(9))).isNull();
  }

  @Test
  void notAvailableIsADashWithANoteNeverZero() {
    Sheet summary = pack.getSheet("Summary");
    // A year ago, 2024-03, is outside the data: value, change and change % are dashes.
    Row loans = row(summary, "Loans");
    for (int col = 11; col <= 13; col++) {
      assertThat(loans.getCell(col).getCellType()).isEqualTo(CellType.STRING);
      assertThat(loans.getCell(col).getStringCellValue()).isEqualTo(PeriodTable.DASH);
    }
    // 90+ / NPL at 2025-02 has no NPL to divide by; the NPL balance's change % from 0 neither.
    assertThat(row(summary, "90+ / NPL").getCell(2).getStringCellValue())
        .isEqualTo(PeriodTable.DASH);
    assertThat(row(summary, "NPL balance").getCell(4).getStringCellValue())
        .isEqualTo(PeriodTable.DASH);
    assertThat(textStartingWith(summary, "— not available: 2024-03 is outside the data"))
        .contains("2024-12 to 2025-03");
  }

  @Test
  void migrationRatesHaveTheirNumeratorAndDenominator() {
    Sheet sheet = pack.getSheet("Migration & NPL");
    // Normal at 2024-12: L1 1,000 and L3 500. L1 is substandard at 2025-03 with 700: numerator
    // 700; denominator 1,500 − (1,000 − 700) − (500 − 200) = 900; rate 77.78 %. From 2025-02
    // (also the previous month): 1,100 − 100 − 100 = 900, 700 / 900 again.
    Row normal = row(sheet, "Normal-class");
    assertThat(normal.getCell(1).getNumericCellValue()).isEqualTo(700.0);
    assertThat(normal.getCell(2).getNumericCellValue()).isEqualTo(900.0);
    assertThat(normal.getCell(3).getNumericCellValue()).isCloseTo(7.0 / 9, within(1e-12));
    assertThat(normal.getCell(4).getNumericCellValue()).isCloseTo(7.0 / 9, within(1e-12));
    assertThat(normal.getCell(5).getNumericCellValue()).isCloseTo(7.0 / 9, within(1e-12));
    // L2, substandard at 2024-12, was charged off: its whole balance decreased, denominator 0.
    Row substandard = row(sheet, "Substandard");
    assertThat(substandard.getCell(2).getNumericCellValue()).isZero();
    assertThat(substandard.getCell(3).getStringCellValue()).isEqualTo(PeriodTable.DASH);
  }

  @Test
  void theMatrixCountsLoansAndBalancesFromStartToEnd() {
    Sheet sheet = pack.getSheet("Migration & NPL");
    Row loans = rowAfter(sheet, "Category at 2024-12 × state at 2025-03, loans", "Normal");
    // Normal → normal: L3; normal → substandard: L1; then the charged-off L2 on its own row.
    assertThat(loans.getCell(1).getNumericCellValue()).isEqualTo(1.0);
    assertThat(loans.getCell(3).getNumericCellValue()).isEqualTo(1.0);
    assertThat(loans.getCell(9).getNumericCellValue()).isEqualTo(2.0);
    Row balance =
        rowAfter(
            sheet, "Category at 2024-12 × state at 2025-03, balance at 2024-12", "Substandard");
    assertThat(balance.getCell(7).getNumericCellValue()).isEqualTo(2_000.0); // charged off
  }

  @Test
  void theNplWalkAddsUpFromOpeningToClosing() {
    Sheet sheet = pack.getSheet("Migration & NPL");
    // 2024-12: L2 2,000 NPL. 2025-02: L2 charged off (written off 2,000 at its 2025-01 balance).
    // 2025-03: L1 turns NPL with 700 (new). 2,000 + 700 − 2,000 = 700.
    assertThat(row(sheet, "Opening NPL").getCell(1).getNumericCellValue()).isEqualTo(2_000.0);
    Row fresh = row(sheet, "New NPL");
    assertThat(fresh.getCell(1).getNumericCellValue()).isEqualTo(700.0);
    assertThat(fresh.getCell(3).getNumericCellValue()).isEqualTo(2_700.0);
    assertThat(fresh.getCell(5).getNumericCellValue()).isEqualTo(2_000.0); // the invisible base
    Row written = row(sheet, "Written off");
    assertThat(written.getCell(1).getNumericCellValue()).isEqualTo(-2_000.0);
    assertThat(written.getCell(5).getNumericCellValue()).isEqualTo(700.0);
    assertThat(written.getCell(8).getNumericCellValue()).isEqualTo(2_000.0);
    Row closing = row(sheet, "Closing NPL");
    assertThat(closing.getCell(1).getNumericCellValue()).isEqualTo(700.0);
    assertThat(closing.getCell(3).getNumericCellValue()).isEqualTo(700.0);
    assertThat(textStartingWith(sheet, "Opening NPL 2,000.00"))
        .isEqualTo(
            "Opening NPL 2,000.00 + New NPL 700.00 − Upgraded 0.00 − Collected 0.00 − Written off"
                + " 2,000.00 − Left the data 0.00 + Other 0.00 = Closing NPL 700.00");
    assertThat(pack.getSheet("Migration & NPL").getDrawingPatriarch().getCharts()).hasSize(1);
  }

  @Test
  void withoutBookedCategoriesOneLineSaysWhy() {
    Sheet dq = pack.getSheet("Data quality");
    Row under = row(dq, "Under-classified (booked better than the rule)");
    assertThat(under.getCell(1).getStringCellValue()).isEqualTo(PeriodTable.DASH);
    assertThat(textStartingWith(dq, "Under-classified and booked × rule: not available"))
        .contains("no loan at the as-of month has a booked");
    // 2025-03: L1 700 more than 90 (and 60) days past due, NPL 700: deviation 100 %.
    Row d90 = row(dq, "Deviation: more than 90 days past due / NPL");
    assertThat(d90.getCell(2).getNumericCellValue()).isEqualTo(700.0);
    assertThat(d90.getCell(3).getNumericCellValue()).isEqualTo(1.0);
  }

  @Test
  void underClassifiedLoansAreCountedWithBookedCategories() throws Exception {
    // Tapes' booked book: L2 booked NORMAL at 2025-03 while 45 days past due (rule: special
    // mention); it is the only ACTIVE loan then, with 490,000.10.
    try (XSSFWorkbook booked = build(Tapes.withOptionalInputs(), "booked.xlsx")) {
      Sheet dq = booked.getSheet("Data quality");
      Row under = row(dq, "Under-classified (booked better than the rule)");
      assertThat(under.getCell(1).getNumericCellValue()).isEqualTo(1.0);
      assertThat(under.getCell(2).getNumericCellValue()).isEqualTo(490_000.10);
      assertThat(under.getCell(3).getNumericCellValue()).isEqualTo(1.0);
      // booked NORMAL (first row) × rule SPECIAL_MENTION (third column), tinted red
      Row normal = rowAfter(dq, "Booked category × rule category, loans", "Normal");
      assertThat(normal.getCell(2).getNumericCellValue()).isEqualTo(1.0);
      assertThat(fill(normal.getCell(2))).isEqualTo("FFC7CE");
      assertThat(normal.getCell(1).getNumericCellValue()).isZero();
    }
  }

  private static String fill(Cell cell) {
    XSSFColor c = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor();
    return c == null ? null : c.getARGBHex().substring(2);
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
    throw new AssertionError("no row starting with " + first);
  }

  /** The first row starting with {@code first} after the row starting with {@code title}. */
  static Row rowAfter(Sheet sheet, String title, String first) {
    int from = row(sheet, title).getRowNum();
    for (int r = from + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      Cell cell = row == null ? null : row.getCell(0);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().equals(first)) {
        return row;
      }
    }
    throw new AssertionError("no row " + first + " after " + title);
  }

  static String textStartingWith(Sheet sheet, String prefix) {
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().startsWith(prefix)) {
        return cell.getStringCellValue();
      }
    }
    throw new AssertionError("no text starting with " + prefix);
  }
}
