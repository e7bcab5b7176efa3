package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.ui.TestWorkbench;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** On the small book of {@link TestWorkbench} (loans L1–L4 are indexes 0–3). */
class LoanListingTest {
  final LoadedPortfolio book = TestWorkbench.smallBook();
  final int march = Months.ordinal(YearMonth.of(2025, 3));

  @Test
  void activeLoanShowsItsRowOfTheMonth() {
    LoanListing.LoanLine l2 = LoanListing.line(book, 1, march);

    assertThat(l2.loanId()).isEqualTo("L2");
    assertThat(l2.borrowerId()).isEqualTo("B2");
    assertThat(l2.product()).isEqualTo("Business loan");
    assertThat(l2.channel()).isEqualTo("Partner B");
    assertThat(l2.riskGrade()).isEqualTo("C");
    assertThat(l2.originated()).isEqualTo(LocalDate.of(2025, 1, 20));
    assertThat(l2.principalCents()).isEqualTo(20_000_000);
    assertThat(l2.status()).contains(LoanStatus.ACTIVE);
    assertThat(l2.balanceCents()).isEqualTo(19_500_000);
    assertThat(l2.daysPastDue()).isEqualTo(45);
  }

  @Test
  void loanThatEndedEarlierKeepsItsTerminalStatusWithNoBalance() {
    // L4 paid off in 2025-02 and has no row in 2025-03.
    LoanListing.LoanLine l4 = LoanListing.line(book, 3, march);

    assertThat(l4.status()).contains(LoanStatus.PAID_OFF);
    assertThat(l4.balanceCents()).isZero();
  }

  @Test
  void loanWithNoRowYetHasNoStatus() {
    // L3 was originated in 2025-02: nothing in 2025-01.
    LoanListing.LoanLine l3 = LoanListing.line(book, 2, march - 2);

    assertThat(l3.status()).isEmpty();
  }

  @Test
  void historyListsEveryMonthEndOldestFirst() {
    List<LoanListing.MonthLine> l4 = LoanListing.history(book, 3);

    assertThat(l4)
        .containsExactly(
            new LoanListing.MonthLine(YearMonth.of(2025, 1), 3_000_000, 0, LoanStatus.ACTIVE, 0, 0),
            new LoanListing.MonthLine(YearMonth.of(2025, 2), 0, 0, LoanStatus.PAID_OFF, 0, 0));
  }

  @Test
  void scopeListsTheFilteredLoansOriginatedByTheAsOfMonth() {
    // At 2025-01, L3 (originated 2025-02) is not yet in the book: L1, L2, L4.
    assertThat(
            LoanListing.inScope(
                AnalysisScope.of(book, Optional.of(YearMonth.of(2025, 1)), SegmentFilter.NONE)))
        .containsExactly(0, 1, 3);
    // Partner B at 2025-03: L2 and L3.
    assertThat(
            LoanListing.inScope(
                AnalysisScope.of(
                    book,
                    Optional.empty(),
                    new SegmentFilter(Map.of(Dimension.CHANNEL, Set.of("Partner B"))))))
        .containsExactly(1, 2);
  }
}
