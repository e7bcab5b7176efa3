package com.riskworkbench.service;

import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.pushdown.LoanAttribute;
import com.riskworkbench.portfolio.store.pushdown.LoanPages;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * What the screens look up in a loaded book, so that they never read its arrays: a loan's facts and
 * monthly history, a borrower's loans, the loans a search matches, and the values a filter offers.
 * Loans are indexes into the book, as the analyses give them.
 */
public final class BookLookup {
  private BookLookup() {}

  /** A loan's facts; {@code state} and {@code balanceCents} are those of its last row to as-of. */
  public record LoanFacts(
      int index,
      String loanId,
      String product,
      String channel,
      long principalCents,
      LocalDate originated,
      Optional<LoanStatus> state,
      long balanceCents) {}

  /** One month of a loan's history. */
  public record LoanMonth(YearMonth month, long balanceCents, int dpd, LoanStatus status) {}

  /** The facts of loan {@code loan} at the month ordinal {@code asOf}. */
  public static LoanFacts facts(LoadedPortfolio p, int loan, int asOf) {
    Optional<LoanStatus> state = Optional.empty();
    long balance = 0;
    for (int r = p.rowStart()[loan + 1] - 1; r >= p.rowStart()[loan]; r--) {
      if (p.rowMonth()[r] <= asOf) {
        state = Optional.of(LoanStatus.values()[p.rowStatus()[r]]);
        balance = p.rowBalance()[r];
        break;
      }
    }
    return new LoanFacts(
        loan,
        p.loanIds()[loan],
        p.products().value(p.loanProduct()[loan]),
        p.channels().value(p.loanChannel()[loan]),
        p.loanPrincipal()[loan],
        LocalDate.ofEpochDay(p.loanOriginDay()[loan]),
        state,
        balance);
  }

  /** The months of a loan up to the month ordinal {@code asOf}, oldest first. */
  public static List<LoanMonth> history(LoadedPortfolio p, int loan, int asOf) {
    List<LoanMonth> out = new ArrayList<>();
    for (int r = p.rowStart()[loan]; r < p.rowStart()[loan + 1]; r++) {
      if (p.rowMonth()[r] > asOf) {
        break;
      }
      out.add(
          new LoanMonth(
              Months.of(p.rowMonth()[r]),
              p.rowBalance()[r],
              p.rowDpd()[r],
              LoanStatus.values()[p.rowStatus()[r]]));
    }
    return List.copyOf(out);
  }

  /**
   * The loans of the borrower of loan {@code loan}, or (with no loan, {@code loan < 0}) of the
   * borrower {@code borrowerId}; none when the borrower is not in the book.
   */
  public static List<LoanFacts> borrowerLoans(
      LoadedPortfolio p, int loan, String borrowerId, int asOf) {
    int borrower = loan >= 0 ? p.loanBorrower()[loan] : borrowerIndex(p, borrowerId);
    List<LoanFacts> out = new ArrayList<>();
    if (borrower >= 0) {
      int[] loanBorrower = p.loanBorrower();
      for (int l = 0; l < loanBorrower.length; l++) {
        if (loanBorrower[l] == borrower) {
          out.add(facts(p, l, asOf));
        }
      }
    }
    return List.copyOf(out);
  }

  private static int borrowerIndex(LoadedPortfolio p, String borrowerId) {
    String[] ids = p.borrowerIds();
    for (int b = 0; b < ids.length; b++) {
      if (ids[b].equals(borrowerId)) {
        return b;
      }
    }
    return -1;
  }

  /** The borrower a fraud case names, or else that of its loan ({@code loan < 0}: none); or "". */
  public static String borrowerOf(FraudCase c, int loan, LoadedPortfolio p) {
    if (c.borrowerId().isPresent()) {
      return c.borrowerId().get();
    }
    return loan >= 0 ? p.borrowerIds()[p.loanBorrower()[loan]] : "";
  }

  /** The borrower of every fraud case of the book that names one, directly or by its loan. */
  public static List<String> fraudBorrowers(LoadedPortfolio p) {
    List<String> out = new ArrayList<>();
    for (FraudCase c : p.fraudCases()) {
      int loan = c.loanId().map(p::loanIndex).orElse(-1);
      String b = borrowerOf(c, loan, p);
      if (!b.isEmpty()) {
        out.add(b);
      }
    }
    return out;
  }

  /**
   * Loans whose loan id or borrower id contains {@code query} (lower-case, trimmed), ignoring case.
   */
  public static IntPredicate idsContaining(LoadedPortfolio p, String query) {
    String[] loanIds = p.loanIds();
    String[] borrowerIds = p.borrowerIds();
    int[] loanBorrower = p.loanBorrower();
    return l ->
        loanIds[l].toLowerCase(Locale.ROOT).contains(query)
            || borrowerIds[loanBorrower[l]].toLowerCase(Locale.ROOT).contains(query);
  }

  /**
   * The loans of {@code list} whose loan or borrower id contains {@code query} (lower case), as a
   * set of loan indexes.
   */
  public static java.util.BitSet matching(LoadedPortfolio p, int[] list, String query) {
    IntPredicate matches = idsContaining(p, query);
    java.util.BitSet out = new java.util.BitSet(p.loans());
    for (int l : list) {
      if (l >= 0 && l < p.loans() && matches.test(l)) {
        out.set(l);
      }
    }
    return out;
  }

  /** The values a filter on {@code d} offers, sorted (borrower types by their codes' order). */
  public static List<String> filterValues(LoadedPortfolio book, Dimension d) {
    return switch (d) {
      case PRODUCT -> book.products().values().stream().sorted().toList();
      case CHANNEL -> book.channels().values().stream().sorted().toList();
      case REGION -> book.regions().values().stream().sorted().toList();
      case INDUSTRY -> book.industries().values().stream().sorted().toList();
      case RISK_GRADE -> book.grades().values().stream().sorted().toList();
      case BORROWER_TYPE -> Arrays.stream(BorrowerType.values()).map(Enum::name).toList();
      case FUNDING_PARTNER -> withNone(Dimension.OWN, book.partners().values());
      case GROUP -> withNone(Dimension.NO_GROUP, book.groups().values());
      default -> throw new IllegalArgumentException("not a filter: " + d);
    };
  }

  /**
   * The values a filter on {@code d} offers in a book left in its database, as {@link
   * #filterValues(LoadedPortfolio, Dimension)} orders them.
   */
  public static List<String> filterValues(LoanPages pages, Dimension d) {
    return switch (d) {
      case PRODUCT, CHANNEL, REGION, INDUSTRY, RISK_GRADE ->
          pages.values(LoanAttribute.valueOf(d.name())).stream().sorted().toList();
      case BORROWER_TYPE -> Arrays.stream(BorrowerType.values()).map(Enum::name).toList();
      case FUNDING_PARTNER -> withNone(Dimension.OWN, pages.values(LoanAttribute.FUNDING_PARTNER));
      case GROUP -> withNone(Dimension.NO_GROUP, pages.values(LoanAttribute.GROUP));
      default -> throw new IllegalArgumentException("not a filter: " + d);
    };
  }

  /** The segment of rows without a value first, then the values in order. */
  private static List<String> withNone(String none, List<String> values) {
    List<String> out = new ArrayList<>();
    out.add(none);
    values.stream().sorted().forEach(out::add);
    return List.copyOf(out);
  }
}
