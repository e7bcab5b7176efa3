package com.riskworkbench.ui.fraud;

import com.riskworkbench.analysis.LoanListing;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.service.BookLookup;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Labels;
import com.riskworkbench.ui.fraud.FraudRows.CaseRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The detail pane of one case: the case, its loan's facts and monthly history, and the borrower's
 * loans — looked up in the loaded book through {@link BookLookup} (built in the background: finding
 * a borrower's loans is a pass over every loan), with the texts the pane shows.
 */
record CaseDetail(
    CaseRow row,
    Optional<LoanFacts> loan,
    List<HistoryRow> history,
    List<LoanFacts> borrowerLoans) {

  /** A loan's facts; {@code state} is its status at its last row up to the as-of month. */
  record LoanFacts(
      int index,
      String loanId,
      String product,
      String channel,
      long principalCents,
      LocalDate originated,
      Optional<LoanStatus> state,
      long balanceCents,
      String originatedText,
      String stateText) {}

  /** One month of a loan's history. */
  record HistoryRow(
      YearMonth month,
      long balanceCents,
      int dpd,
      LoanStatus status,
      String monthText,
      String statusText) {}

  static CaseDetail of(CaseRow row, LoadedPortfolio p, int asOf, Formats formats, Labels labels) {
    Optional<LoanFacts> loan =
        row.loan() >= 0
            ? Optional.of(facts(BookLookup.facts(p, row.loan(), asOf), formats, labels))
            : Optional.empty();
    List<HistoryRow> history =
        row.loan() < 0
            ? List.of()
            : BookLookup.history(p, row.loan(), asOf).stream()
                .map(
                    m ->
                        new HistoryRow(
                            m.month(),
                            m.balanceCents(),
                            m.dpd(),
                            m.status(),
                            formats.month(m.month()),
                            labels.of(m.status())))
                .toList();
    List<LoanFacts> loans =
        BookLookup.borrowerLoans(p, row.loan(), row.borrowerId(), asOf).stream()
            .map(f -> facts(f, formats, labels))
            .toList();
    return new CaseDetail(row, loan, history, loans);
  }

  /**
   * The detail of a case of a book left in its database: its loan's line at the as-of month and its
   * months up to then, read from the database; the borrower's other loans are not looked up.
   */
  static CaseDetail inDatabase(
      CaseRow row,
      Optional<LoanListing.LoanLine> line,
      List<LoanListing.MonthLine> months,
      YearMonth asOf,
      Formats formats,
      Labels labels) {
    Optional<LoanFacts> loan =
        line.map(
            l ->
                new LoanFacts(
                    -1,
                    l.loanId(),
                    l.product(),
                    l.channel(),
                    l.principalCents(),
                    l.originated(),
                    l.status(),
                    l.balanceCents(),
                    formats.date(l.originated()),
                    l.status().map(labels::of).orElse(Formats.NONE)));
    List<HistoryRow> history =
        months.stream()
            .filter(m -> !m.month().isAfter(asOf))
            .map(
                m ->
                    new HistoryRow(
                        m.month(),
                        m.balanceCents(),
                        m.daysPastDue(),
                        m.status(),
                        formats.month(m.month()),
                        labels.of(m.status())))
            .toList();
    return new CaseDetail(row, loan, history, List.of());
  }

  private static LoanFacts facts(BookLookup.LoanFacts f, Formats formats, Labels labels) {
    return new LoanFacts(
        f.index(),
        f.loanId(),
        f.product(),
        f.channel(),
        f.principalCents(),
        f.originated(),
        f.state(),
        f.balanceCents(),
        formats.date(f.originated()),
        f.state().map(labels::of).orElse(Formats.NONE));
  }
}
