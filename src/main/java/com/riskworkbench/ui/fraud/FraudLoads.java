package com.riskworkbench.ui.fraud;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.FraudResult;
import com.riskworkbench.analysis.LoanListing;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.service.BookLookup;
import com.riskworkbench.service.BorrowerIdentity;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.service.PortfolioService;
import com.riskworkbench.ui.common.KeptInDatabase;
import com.riskworkbench.ui.common.ScopeText;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the Fraud screen loads off the FX thread: the summary of the scope with the borrowers' names
 * and ID numbers for masking — from the loaded book, or for a book left in its database computed
 * there, with the lines of the loans its counted cases name (their borrowers, and the detail of a
 * case) read a page at a time, never the book.
 */
final class FraudLoads {
  /** How many case loans one request reads. */
  static final int PAGE = 500;

  /**
   * The rows of one scope and the identities they show; {@code portfolio} is the loaded book the
   * identities are of, {@code inDatabase} the book left in its database with each case loan's line
   * at the as-of month, by loan id.
   */
  record Loaded(
      FraudRows rows,
      String scopeLine,
      Optional<OpenedPortfolio> portfolio,
      Map<String, BorrowerIdentity> identities,
      Optional<KeptInDatabase> inDatabase,
      Map<String, LoanListing.LoanLine> lines) {
    YearMonth asOf() {
      return rows.asOf();
    }
  }

  private FraudLoads() {}

  /**
   * The summary of a loaded book's scope; the identities are read again unless {@code known} are
   * those of the same book.
   */
  static Loaded inMemory(
      ScreenContext context,
      WorkbenchState.Scope s,
      Analyses.Params params,
      Optional<Map<String, BorrowerIdentity>> known,
      String noRootCause,
      Progress progress)
      throws PortfolioException {
    FraudResult r = (FraudResult) Analyses.run(Analyses.Kind.FRAUD, s.resolve(), params);
    progress.checkCancelled();
    OpenedPortfolio portfolio = s.portfolio();
    Map<String, BorrowerIdentity> who =
        known.isPresent() ? known.get() : identities(context, portfolio);
    FraudRows rows =
        FraudRows.of(
            r, portfolio.book(), s.asOf(), who, context.labels(), context.formats(), noRootCause);
    return new Loaded(
        rows,
        ScopeText.of(context).line(s.asOf(), s.filter()),
        Optional.of(portfolio),
        who,
        Optional.empty(),
        Map.of());
  }

  /** Names and ID numbers of every borrower the portfolio's fraud cases name (masked on screen). */
  private static Map<String, BorrowerIdentity> identities(
      ScreenContext context, OpenedPortfolio portfolio) throws PortfolioException {
    Set<String> ids = new TreeSet<>(BookLookup.fraudBorrowers(portfolio.book()));
    return context.service().borrowerIdentities(portfolio.overview().location(), ids);
  }

  /** The summary of a book left in its database, computed there. */
  static Loaded inDatabase(
      ScreenContext context,
      KeptInDatabase k,
      Analyses.Params params,
      String noRootCause,
      Progress progress)
      throws PortfolioException {
    PortfolioService service = context.service();
    FraudResult r =
        (FraudResult)
            service.analyzeInDatabase(
                k.location(), Analyses.Kind.FRAUD, k.asOf(), k.filter(), params, progress);
    progress.checkCancelled();
    List<String> caseLoans =
        r.cases().stream().flatMap(c -> c.loanId().stream()).distinct().toList();
    Map<String, LoanListing.LoanLine> lines = new HashMap<>();
    DatabaseLoans.Named named = new DatabaseLoans.Named(k.asOf(), caseLoans);
    Optional<String> after = Optional.empty();
    while (!caseLoans.isEmpty()) {
      DatabaseLoans.Page page = service.loansInDatabase(k.location(), named, after, PAGE);
      page.lines().forEach(l -> lines.put(l.loanId(), l));
      progress.checkCancelled();
      if (page.next().isEmpty()) {
        break;
      }
      after = page.next();
    }
    Map<String, String> borrowers = new HashMap<>();
    lines.forEach((id, l) -> borrowers.put(id, l.borrowerId()));
    TreeSet<String> borrowerIds = new TreeSet<>();
    for (FraudCase c : r.cases()) {
      c.borrowerId()
          .or(() -> c.loanId().map(borrowers::get))
          .filter(b -> !b.isEmpty())
          .ifPresent(borrowerIds::add);
    }
    Map<String, BorrowerIdentity> who =
        borrowerIds.isEmpty() ? Map.of() : service.borrowerIdentities(k.location(), borrowerIds);
    FraudRows rows =
        FraudRows.inDatabase(
            r,
            borrowers,
            k.currency(),
            k.asOf(),
            who,
            context.labels(),
            context.formats(),
            noRootCause);
    return new Loaded(
        rows,
        ScopeText.of(context).line(k.asOf(), k.filter()),
        Optional.empty(),
        who,
        Optional.of(k),
        lines);
  }

  /** The detail of a case: its loan's line (read at load) and months, from the database. */
  static CaseDetail detail(
      ScreenContext context,
      KeptInDatabase k,
      FraudRows.CaseRow row,
      Map<String, LoanListing.LoanLine> lines)
      throws PortfolioException {
    Optional<LoanListing.LoanLine> line = Optional.ofNullable(lines.get(row.loanId()));
    List<LoanListing.MonthLine> months =
        line.isEmpty()
            ? List.of()
            : context.service().historyInDatabase(k.location(), row.loanId());
    return CaseDetail.inDatabase(row, line, months, k.asOf(), context.formats(), context.labels());
  }
}
