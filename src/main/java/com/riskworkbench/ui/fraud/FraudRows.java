package com.riskworkbench.ui.fraud;

import com.riskworkbench.analysis.FraudResult;
import com.riskworkbench.analysis.FraudResult.CaseTotals;
import com.riskworkbench.analysis.FraudResult.DaysToReport;
import com.riskworkbench.analysis.FraudResult.FraudRate;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.service.BookLookup;
import com.riskworkbench.service.BorrowerIdentity;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Labels;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of the Fraud screen, built in the background from one {@link FraudResult}: every number
 * comes from the result, the loans behind each row from its drill-down methods.
 */
record FraudRows(
    FraudResult result,
    String currency,
    YearMonth asOf,
    List<SummaryRow> byTypeStatus,
    List<SummaryRow> byChannel,
    List<SummaryRow> byRootCause,
    List<RateRow> byLoanChannel,
    List<RateRow> byCohort,
    List<DaysRow> days,
    List<CaseRow> cases) {

  /**
   * A row of a case-totals table: its label (and status, in the type × status table), the totals
   * and the loans the cases name — in the loaded book ({@code loans}), or by id for a result
   * computed in a database ({@code loanIds}).
   */
  record SummaryRow(
      String label,
      String status,
      CaseTotals totals,
      int[] loans,
      List<String> loanIds,
      boolean dismissed) {
    int loanCount() {
      return loanIds.isEmpty() ? loans.length : loanIds.size();
    }
  }

  /**
   * A confirmed-fraud rate by loan channel or cohort, with its fraud loans in the loaded book
   * (none, and not {@code drillable}, for a result computed in a database).
   */
  record RateRow(String label, FraudRate rate, int[] loans, boolean drillable) {}

  /** Days from origination to report of one fraud type. */
  record DaysRow(String type, DaysToReport days) {}

  /** One counted case of the list, with its loan, borrower and (unmasked) identity. */
  record CaseRow(
      FraudCase fraudCase,
      int loan,
      String loanId,
      String borrowerId,
      BorrowerIdentity who,
      String type,
      String status,
      String channel,
      String rootCause,
      String searchText,
      String reported) {

    String name() {
      return who.name().orElse("");
    }

    String idNumber() {
      return who.idNumber().orElse("");
    }

    /** Whether the lower-case {@code text} occurs in the case's ids, root cause or summary. */
    boolean matches(String text, boolean withIdentity) {
      return searchText.contains(text)
          || (withIdentity
              && (name().toLowerCase(Locale.ROOT).contains(text)
                  || idNumber().toLowerCase(Locale.ROOT).contains(text)));
    }
  }

  /** The rows of a result computed from the loaded book {@code p}. */
  static FraudRows of(
      FraudResult r,
      LoadedPortfolio p,
      YearMonth asOf,
      Map<String, BorrowerIdentity> identities,
      Labels labels,
      Formats formats,
      String noRootCause) {
    return of(
        r, Optional.of(p), Map.of(), p.currency(), asOf, identities, labels, formats, noRootCause);
  }

  /**
   * The rows of a result computed in a database: the loans behind a row by id, a case's borrower
   * its own or its loan's ({@code loanBorrowers}, by loan id).
   */
  static FraudRows inDatabase(
      FraudResult r,
      Map<String, String> loanBorrowers,
      String currency,
      YearMonth asOf,
      Map<String, BorrowerIdentity> identities,
      Labels labels,
      Formats formats,
      String noRootCause) {
    return of(
        r,
        Optional.empty(),
        loanBorrowers,
        currency,
        asOf,
        identities,
        labels,
        formats,
        noRootCause);
  }

  private static FraudRows of(
      FraudResult r,
      Optional<LoadedPortfolio> book,
      Map<String, String> loanBorrowers,
      String currency,
      YearMonth asOf,
      Map<String, BorrowerIdentity> identities,
      Labels labels,
      Formats formats,
      String noRootCause) {
    boolean byId = book.isEmpty();
    List<SummaryRow> typeStatus = new ArrayList<>();
    for (FraudResult.TypeStatusCell c : r.cells()) {
      typeStatus.add(
          new SummaryRow(
              labels.of(c.fraudType()),
              labels.of(c.status()),
              c.totals(),
              r.loansBehind(c.fraudType(), c.status()),
              byId ? r.loanIdsBehind(c.fraudType(), c.status()) : List.of(),
              c.status() == FraudStatus.DISMISSED));
    }
    List<SummaryRow> channels = new ArrayList<>();
    r.byChannel()
        .forEach(
            (ch, t) ->
                channels.add(
                    new SummaryRow(
                        labels.of(ch),
                        "",
                        t,
                        r.loansBehind(ch),
                        byId ? r.loanIdsBehind(ch) : List.of(),
                        false)));
    List<SummaryRow> causes = new ArrayList<>();
    r.byRootCause()
        .forEach(
            (cause, t) ->
                causes.add(
                    new SummaryRow(
                        cause.equals("(none)") ? noRootCause : cause,
                        "",
                        t,
                        r.loansBehindRootCause(cause),
                        byId ? r.loanIdsBehindRootCause(cause) : List.of(),
                        false)));
    List<RateRow> loanChannels = new ArrayList<>();
    r.confirmedRateByChannel()
        .forEach(
            (ch, rate) ->
                loanChannels.add(
                    new RateRow(
                        ch,
                        rate,
                        book.map(p -> r.confirmedFraudLoans(p, ch)).orElse(new int[0]),
                        !byId)));
    List<RateRow> cohorts = new ArrayList<>();
    r.confirmedRateByCohort()
        .forEach(
            (m, rate) ->
                cohorts.add(
                    new RateRow(
                        m.toString(),
                        rate,
                        book.map(p -> r.confirmedFraudLoans(p, m)).orElse(new int[0]),
                        !byId)));
    List<DaysRow> days = new ArrayList<>();
    r.daysToReport().forEach((type, d) -> days.add(new DaysRow(labels.of(type), d)));

    List<CaseRow> cases = new ArrayList<>(r.cases().size());
    for (int i = 0; i < r.cases().size(); i++) {
      FraudCase c = r.cases().get(i);
      int loan = r.loanOf(i);
      String loanId = c.loanId().orElse("");
      String borrowerId =
          book.map(p -> BookLookup.borrowerOf(c, loan, p))
              .orElseGet(
                  () ->
                      c.borrowerId()
                          .or(() -> c.loanId().map(id -> loanBorrowers.getOrDefault(id, "")))
                          .orElse(""));
      String cause = c.rootCause().filter(t -> !t.isBlank()).orElse(noRootCause);
      String search =
          String.join("\n", c.caseId(), loanId, borrowerId, cause, c.summary().orElse(""))
              .toLowerCase(Locale.ROOT);
      cases.add(
          new CaseRow(
              c,
              loan,
              loanId,
              borrowerId,
              identities.getOrDefault(borrowerId, BorrowerIdentity.UNKNOWN),
              labels.of(c.fraudType()),
              labels.of(c.status()),
              labels.of(c.detectionChannel()),
              cause,
              search,
              formats.date(c.reportedDate())));
    }
    return new FraudRows(
        r,
        currency,
        asOf,
        List.copyOf(typeStatus),
        List.copyOf(channels),
        List.copyOf(causes),
        List.copyOf(loanChannels),
        List.copyOf(cohorts),
        List.copyOf(days),
        List.copyOf(cases));
  }
}
