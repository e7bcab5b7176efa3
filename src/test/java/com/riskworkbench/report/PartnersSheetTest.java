package com.riskworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The "Lorenz, groups, co-lending" sheet of a pack, read back. The book, at 2025-03, every loan
 * ACTIVE: L1 Z1 own funds 500.00; L2 X1 with P1, own share 0.30, 200.00; L3 X2 with P1, 0.20,
 * 100.00; L4 Y1 with P2, no share, 100.00; L5 X1 with P2, 0.50, 100.00. X1 and X2 in group G1, Y1
 * in G2. Net assets 2,000.00 (group limit 300.00), tier 1 net capital 1,000.00 (partner limit
 * 250.00) when stated.
 */
class PartnersSheetTest {

  static LoadedPortfolio book(boolean amounts) {
    PortfolioBuilder b = new PortfolioBuilder();
    if (amounts) {
      b.meta("net_assets", "2000.00");
      b.meta("tier1_net_capital", "1000.00");
    }
    int day = (int) LocalDate.parse("1990-05-01").toEpochDay();
    b.addBorrower("Z1", BorrowerType.INDIVIDUAL, day, "Zhejiang", "Retail");
    b.group(b.addBorrower("X1", BorrowerType.INDIVIDUAL, day, "Zhejiang", "Retail"), "G1");
    b.group(b.addBorrower("X2", BorrowerType.INDIVIDUAL, day, "Zhejiang", "Retail"), "G1");
    b.group(b.addBorrower("Y1", BorrowerType.INDIVIDUAL, day, "Zhejiang", "Retail"), "G2");
    loan(b, "L1", "Z1", null, Double.NaN, 50_000);
    loan(b, "L2", "X1", "P1", 0.30, 20_000);
    loan(b, "L3", "X2", "P1", 0.20, 10_000);
    loan(b, "L4", "Y1", "P2", Double.NaN, 10_000);
    loan(b, "L5", "X1", "P2", 0.50, 10_000);
    return b.build();
  }

  static void loan(
      PortfolioBuilder b, String id, String borrower, String partner, double share, long cents) {
    int l =
        b.addLoan(
            id, borrower, "Credit loan", "Online", "B", LocalDate.parse("2025-01-10"), cents, 0.1);
    if (partner != null) {
      b.coLending(l, partner, share);
    }
    b.addMonth(l, Months.ordinal(YearMonth.of(2025, 3)), cents, 0, LoadedPortfolio.ACTIVE, 0, 0);
  }

  static XSSFSheet sheet(boolean amounts, String lang) {
    AnalysisScope scope =
        AnalysisScope.of(
            book(amounts), Optional.empty(), com.riskworkbench.analysis.SegmentFilter.NONE);
    XSSFWorkbook wb =
        CommitteePack.build(
            PackInputsTest.complete().scope(scope).labels(PackLabels.of(lang)).build(),
            Progress.NONE);
    return wb.getSheetAt(3);
  }

  /** The first row whose first cell is {@code text}. */
  static Row row(XSSFSheet s, String text) {
    for (Row r : s) {
      if (r.getCell(0) != null
          && r.getCell(0).getCellType() == CellType.STRING
          && r.getCell(0).getStringCellValue().equals(text)) {
        return r;
      }
    }
    throw new AssertionError("no row " + text);
  }

  static String text(Row r, int c) {
    return r.getCell(c).getStringCellValue();
  }

  static double number(Row r, int c) {
    return r.getCell(c).getNumericCellValue();
  }

  @Test
  void giniTopSharesGroupsAndPartnersAsComputedByHand() {
    XSSFSheet s = sheet(true, "en");
    assertThat(s.getSheetName()).isEqualTo("Lorenz, groups, co-lending");

    // Borrowers 100, 100, 300, 500 of 1,000: Gini = 1 − (0.1 + 0.3 + 0.7 + 1.5) / 4 = 0.35; the
    // top 1, 5 and 10 % are each the largest borrower, Z1: 0.5.
    Row borrowers = row(s, "Borrower");
    assertThat(number(borrowers, 1)).isEqualTo(4);
    assertThat(number(borrowers, 2)).isCloseTo(0.35, within(1e-12));
    assertThat(number(borrowers, 3)).isEqualTo(0.5);
    assertThat(number(borrowers, 5)).isEqualTo(0.5);

    // G1 = 200 + 100 + 100 = 400.00, 20 % of net assets, over 300.00.
    Row g1 = row(s, "G1");
    assertThat(number(g1, 3)).isEqualTo(400.0);
    assertThat(number(g1, 5)).isCloseTo(0.2, within(1e-12));
    assertThat(number(g1, 6)).isEqualTo(300.0);
    assertThat(text(g1, 7)).isEqualTo("Breach");
    assertThat(text(row(s, "G2"), 7)).isEqualTo("Within limit");

    // All partners: 500.00 full, 200 × 0.3 + 100 × 0.2 + 100 + 100 × 0.5 = 230.00 own; L3 below.
    Row all = row(s, "All partners");
    assertThat(number(all, 2)).isEqualTo(500.0);
    assertThat(number(all, 3)).isEqualTo(230.0);
    assertThat(number(all, 8)).isEqualTo(1);
    assertThat(text(all, 9)).isEqualTo("Breach");
    // P1's 300.00 is over 250.00 at full balance; its own 80.00 is not, but L3 still breaks (a).
    Row p2 = row(s, "P2");
    assertThat(text(p2, 9)).isEqualTo("Within limit");
    assertThat(text(p2, 10)).isEqualTo("Within limit");
    assertThat(text(row(s, "L3"), 1)).isEqualTo("P1");
  }

  @Test
  void withoutNetAssetsOrTier1TheLimitsAreDashesWithTheReason() {
    XSSFSheet s = sheet(false, "zh");

    Row g1 = row(s, "G1");
    assertThat(text(g1, 5)).isEqualTo("—");
    assertThat(text(g1, 7)).isEqualTo("—");
    // P2 passes rule (a) and rule (b) cannot be judged: a dash, not "within".
    Row p2 = row(s, "P2");
    assertThat(text(p2, 7)).isEqualTo("—");
    assertThat(text(p2, 9)).isEqualTo("—");
    assertThat(text(row(s, "P1"), 9)).isEqualTo("超限");
    boolean noted = false;
    for (Row r : s) {
      if (r.getCell(0) != null
          && r.getCell(0).getCellType() == CellType.STRING
          && r.getCell(0).getStringCellValue().startsWith("组合未提供一级资本净额")) {
        noted = true;
      }
    }
    assertThat(noted).isTrue();
  }
}
