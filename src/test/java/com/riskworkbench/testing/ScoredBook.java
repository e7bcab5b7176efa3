package com.riskworkbench.testing;

import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import java.time.YearMonth;

/**
 * A small book with credit scores for scorecard monitoring's screen and sheet, observed 2024-01 to
 * 2025-01 (the as-of month), every loan ACTIVE at 0 days past due unless said, one borrower each:
 *
 * <pre>
 * cohort 2024-01: scores 700, 650, 600 good; 600 (90 dpd at MOB 3) and 550 (120 dpd at MOB 3) bad
 * cohort 2024-02: scores 700, 650, 600, 600, 550, all good
 * cohort 2024-03: scores 700, 700, 700, 650, 550, all good
 * cohort 2023-12: score 600, good, seen from 2024-01 only (originated before the data)
 * </pre>
 *
 * With K = 12 and 90+ days 2024-01 is past the window (2024-01 + 12 = 2025-01), and so is 2023-12.
 * The baseline is the first six cohorts with a score, here all four (2023-12 included, though it
 * predates the data). Its 16 scores sorted: 550 ×3, 600 ×5, 650 ×3, 700 ×5; cut j is the score at
 * position ⌈1.6·j⌉ = 2, 4, 5, 7, 8, 10, 12, 13, 15: 550, 600, 600, 600, 600, 650, 700, 700, 700. A
 * score falls in the decile after the cuts below it: 550 → 1, 600 → 2, 650 → 6, 700 → 7. Baseline
 * shares: D1 3/16, D2 5/16, D6 3/16, D7 5/16.
 *
 * <p>2024-01: D1 0.2, D2 0.4, D6 0.2, D7 0.2. PSI = 2 × (0.2 − 0.1875)·ln(0.2 / 0.1875) + (0.4 −
 * 0.3125)·ln 1.28 + (0.2 − 0.3125)·ln 0.64 = 2 × 0.0125 × 0.064539 + 0.0875 × 0.246860 + 0.1125 ×
 * 0.446287 = 0.001613 + 0.021600 + 0.050207 = 0.073421: stable. KS = 2/3 (at 600 the bads are all
 * at or below, the goods a third), AUC = 5.5 / 6 = 0.916667 (700 and 650 beat both bads, 600 ties
 * one and beats one), Gini = 0.833333, bad rate 2/5 = 40 %; bad rate by decile D1 1/1, D2 1/2, D6
 * 0, D7 0. The baseline's mature loans (2023-12 and 2024-01): D1 1/1, D2 1/3, D6 0, D7 0.
 *
 * <p>2024-02 has 2024-01's distribution: PSI 0.073421, stable. 2024-03: D1 0.2, D2 0 (floored at
 * 0.0001), D6 0.2, D7 0.6. PSI = 0.001613 (D1, D6) + (0.0001 − 0.3125)·ln(0.0001 / 0.3125) + (0.6 −
 * 0.3125)·ln 1.92; ln 0.00032 = ln 3.2 − ln 10,000 = 1.163151 − 9.210340 = −8.047190, so 0.001613 +
 * 0.3124 × 8.047190 + 0.2875 × 0.652325 = 0.001613 + 2.513942 + 0.187543 = 2.703099: shifted.
 *
 * <p>2023-12: all in D2 (share 1). PSI = 2 × (0.0001 − 0.1875)·ln(0.0001 / 0.1875) (D1, D6) + (1 −
 * 0.3125)·ln 3.2 + (0.0001 − 0.3125)·ln 0.00032 (D7) = 2 × 0.1874 × 7.536364 + 0.6875 × 1.163151 +
 * 2.513942 = 2.824629 + 0.799666 + 2.513942 = 6.138237; no bad, so KS is a dash, bad rate 0 %.
 */
public final class ScoredBook {
  private ScoredBook() {}

  public static LoadedPortfolio build() {
    PortfolioBuilder b = new PortfolioBuilder();
    b.meta("name", "Scored book");
    b.meta("currency", "CNY");
    int[] next = {0};
    int early = b.addBorrower("B0", BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "Hubei", "X");
    b.score(early, 600);
    int l0 =
        b.addLoan(
            "L0",
            "B0",
            "Credit loan",
            "Online",
            "A",
            YearMonth.of(2023, 12).atDay(5),
            1_000_000,
            0.1);
    for (int m = Months.ordinal(YearMonth.of(2024, 1));
        m <= Months.ordinal(YearMonth.of(2025, 1));
        m++) {
      b.addMonth(l0, m, 900_000, 0, LoadedPortfolio.ACTIVE, 0, 0);
    }
    loan(b, next, "2024-01", 700, 0);
    loan(b, next, "2024-01", 650, 0);
    loan(b, next, "2024-01", 600, 0);
    loan(b, next, "2024-01", 600, 90);
    loan(b, next, "2024-01", 550, 120);
    for (int score : new int[] {700, 650, 600, 600, 550}) {
      loan(b, next, "2024-02", score, 0);
    }
    for (int score : new int[] {700, 700, 700, 650, 550}) {
      loan(b, next, "2024-03", score, 0);
    }
    return b.build();
  }

  /** The same months with one loan whose borrower has no score: nothing to monitor. */
  public static LoadedPortfolio unscored() {
    PortfolioBuilder b = new PortfolioBuilder();
    b.meta("name", "Unscored book");
    b.meta("currency", "CNY");
    b.addBorrower("B1", BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "Hubei", "X");
    int l =
        b.addLoan(
            "L1",
            "B1",
            "Credit loan",
            "Online",
            "A",
            YearMonth.of(2024, 1).atDay(5),
            1_000_000,
            0.1);
    for (int m = Months.ordinal(YearMonth.of(2024, 1));
        m <= Months.ordinal(YearMonth.of(2025, 1));
        m++) {
      b.addMonth(l, m, 800_000, 0, LoadedPortfolio.ACTIVE, 0, 0);
    }
    return b.build();
  }

  /** A loan of {@code cohort} to 2025-01, {@code dpd} days past due at MOB 3 (0: never). */
  private static void loan(PortfolioBuilder b, int[] next, String cohort, int score, int dpd) {
    String id = "L" + ++next[0];
    int borrower =
        b.addBorrower(
            "B" + next[0], BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "Hubei", "X");
    b.score(borrower, score);
    YearMonth start = YearMonth.parse(cohort);
    int l =
        b.addLoan(id, "B" + next[0], "Credit loan", "Online", "A", start.atDay(5), 1_000_000, 0.1);
    int from = Months.ordinal(start);
    int to = Months.ordinal(YearMonth.of(2025, 1));
    for (int m = from; m <= to; m++) {
      b.addMonth(l, m, 800_000, m - from == 3 ? dpd : 0, LoadedPortfolio.ACTIVE, 0, 0);
    }
  }
}
