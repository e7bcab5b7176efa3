package com.riskworkbench.portfolio.book;

import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.FraudCase;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A portfolio loaded for analysis: every loan, borrower and loan month in primitive arrays, text
 * segments as dictionary codes, amounts in cents. Months of a loan are contiguous and ascending:
 * loan {@code l} owns rows {@code rowStart[l]} to {@code rowStart[l+1]-1}.
 *
 * <p>The arrays are shared, not copied: callers must treat them as read-only. Built by {@link
 * PortfolioBuilder}. See docs/decisions/0003.
 */
public final class LoadedPortfolio {
  /** An absent date (epoch day) in {@link #borrowerBirthDay()}. */
  public static final int NO_DATE = Integer.MIN_VALUE;

  public static final byte ACTIVE = 0;
  public static final byte PAID_OFF = 1;
  public static final byte CHARGED_OFF = 2;

  /** No booked category in {@link #rowCategory()}. */
  public static final byte NO_CATEGORY = -1;

  /** No booked amount in {@link #rowProvision()}. */
  public static final long NO_AMOUNT = Long.MIN_VALUE;

  /** No code in {@link #loanPartner()} (not co-lent) or {@link #borrowerGroup()} (no group). */
  public static final int NO_CODE = -1;

  /** No credit score in {@link #borrowerScore()}: the borrower was not scored. */
  public static final int NO_SCORE = Integer.MIN_VALUE;

  final String name;
  final String currency;
  final OptionalLong netAssetsCents;
  final OptionalLong tier1NetCapitalCents;

  final Dictionary products = new Dictionary();
  final Dictionary channels = new Dictionary();
  final Dictionary regions = new Dictionary();
  final Dictionary industries = new Dictionary();
  final Dictionary grades = new Dictionary();
  final Dictionary partners = new Dictionary();
  final Dictionary groups = new Dictionary();

  // Borrowers
  String[] borrowerIds;
  byte[] borrowerType;
  int[] borrowerBirthDay;
  int[] borrowerRegion;
  int[] borrowerIndustry;
  int[] borrowerGroup;
  int[] borrowerScore;

  // Loans
  String[] loanIds;
  int[] loanBorrower;
  int[] loanProduct;
  int[] loanChannel;
  int[] loanGrade;
  int[] loanOriginDay;
  int[] loanOriginMonth;
  int[] loanMaturityMonth;
  long[] loanPrincipal;
  double[] loanRate;
  int[] loanPartner;
  double[] loanOwnShare;
  int[] rowStart;

  // Loan months
  int[] rowMonth;
  long[] rowBalance;
  int[] rowDpd;
  byte[] rowStatus;
  long[] rowChargeOff;
  long[] rowRecovery;
  byte[] rowCategory;
  long[] rowProvision;
  boolean hasBookedCategories;
  boolean hasProvisions;

  List<CollectionAction> collectionActions;
  List<FraudCase> fraudCases;
  int firstMonth;
  int lastMonth;

  LoadedPortfolio(
      String name,
      String currency,
      OptionalLong netAssetsCents,
      OptionalLong tier1NetCapitalCents) {
    this.name = name;
    this.currency = currency;
    this.netAssetsCents = netAssetsCents;
    this.tier1NetCapitalCents = tier1NetCapitalCents;
  }

  public String name() {
    return name;
  }

  public String currency() {
    return currency;
  }

  public OptionalLong netAssetsCents() {
    return netAssetsCents;
  }

  /** The holder's tier 1 net capital (一级资本净额), when the portfolio gives it. */
  public OptionalLong tier1NetCapitalCents() {
    return tier1NetCapitalCents;
  }

  public int borrowers() {
    return borrowerIds.length;
  }

  public int loans() {
    return loanIds.length;
  }

  public int rows() {
    return rowMonth.length;
  }

  /** The first month with data, or empty for a portfolio without loan months. */
  public Optional<YearMonth> firstMonth() {
    return rows() == 0 ? Optional.empty() : Optional.of(Months.of(firstMonth));
  }

  public Optional<YearMonth> lastMonth() {
    return rows() == 0 ? Optional.empty() : Optional.of(Months.of(lastMonth));
  }

  public int firstMonthOrdinal() {
    return firstMonth;
  }

  public int lastMonthOrdinal() {
    return lastMonth;
  }

  public Dictionary products() {
    return products;
  }

  public Dictionary channels() {
    return channels;
  }

  public Dictionary regions() {
    return regions;
  }

  public Dictionary industries() {
    return industries;
  }

  public Dictionary grades() {
    return grades;
  }

  /** The co-lending partners named by {@link #loanPartner()}. */
  public Dictionary partners() {
    return partners;
  }

  /** The related-party groups named by {@link #borrowerGroup()}. */
  public Dictionary groups() {
    return groups;
  }

  public String[] borrowerIds() {
    return borrowerIds;
  }

  /** BorrowerType ordinals. */
  public byte[] borrowerType() {
    return borrowerType;
  }

  /** Birth date as epoch day, or {@link #NO_DATE}. */
  public int[] borrowerBirthDay() {
    return borrowerBirthDay;
  }

  public int[] borrowerRegion() {
    return borrowerRegion;
  }

  public int[] borrowerIndustry() {
    return borrowerIndustry;
  }

  /** The borrower's related-party group as a {@link #groups()} code, or {@link #NO_CODE}. */
  public int[] borrowerGroup() {
    return borrowerGroup;
  }

  /**
   * The borrower's credit score at application ({@code borrower.credit_score}; higher is better),
   * or {@link #NO_SCORE}.
   */
  public int[] borrowerScore() {
    return borrowerScore;
  }

  public String[] loanIds() {
    return loanIds;
  }

  public int[] loanBorrower() {
    return loanBorrower;
  }

  public int[] loanProduct() {
    return loanProduct;
  }

  public int[] loanChannel() {
    return loanChannel;
  }

  public int[] loanGrade() {
    return loanGrade;
  }

  /** Origination date as epoch day. */
  public int[] loanOriginDay() {
    return loanOriginDay;
  }

  /** Origination month as a {@link Months} ordinal: the loan's cohort. */
  public int[] loanOriginMonth() {
    return loanOriginMonth;
  }

  /**
   * Maturity month as a {@link Months} ordinal, or {@link #NO_DATE} when the loan was built without
   * one (hand-built test books).
   */
  public int[] loanMaturityMonth() {
    return loanMaturityMonth;
  }

  public long[] loanPrincipal() {
    return loanPrincipal;
  }

  /** Annual interest rate as a fraction. */
  public double[] loanRate() {
    return loanRate;
  }

  /** The co-lending partner as a {@link #partners()} code, or {@link #NO_CODE}: not co-lent. */
  public int[] loanPartner() {
    return loanPartner;
  }

  /**
   * The share of the principal the portfolio's holder funds, 0 to 1; NaN where the tape gave none,
   * which means all of it.
   */
  public double[] loanOwnShare() {
    return loanOwnShare;
  }

  /** Loan {@code l}'s rows are {@code rowStart[l]} (inclusive) to {@code rowStart[l+1]}. */
  public int[] rowStart() {
    return rowStart;
  }

  public int[] rowMonth() {
    return rowMonth;
  }

  public long[] rowBalance() {
    return rowBalance;
  }

  public int[] rowDpd() {
    return rowDpd;
  }

  /** {@link #ACTIVE}, {@link #PAID_OFF} or {@link #CHARGED_OFF}. */
  public byte[] rowStatus() {
    return rowStatus;
  }

  /** Charge-off amount in cents; 0 where the tape had none. */
  public long[] rowChargeOff() {
    return rowChargeOff;
  }

  /** Recovery amount in cents; 0 where the tape had none. */
  public long[] rowRecovery() {
    return rowRecovery;
  }

  /**
   * The five-category classification the lender booked for the row, as a {@code BookedCategory}
   * ordinal (NORMAL 0 to LOSS 4), or {@link #NO_CATEGORY}.
   */
  public byte[] rowCategory() {
    return rowCategory;
  }

  /** The provision the lender booked for the row, in cents, or {@link #NO_AMOUNT}. */
  public long[] rowProvision() {
    return rowProvision;
  }

  /** Whether any row has a booked category. */
  public boolean hasBookedCategories() {
    return hasBookedCategories;
  }

  /** Whether any row has a booked provision. */
  public boolean hasProvisions() {
    return hasProvisions;
  }

  public List<CollectionAction> collectionActions() {
    return collectionActions;
  }

  public List<FraudCase> fraudCases() {
    return fraudCases;
  }

  /** The row of loan {@code l} at month {@code month}, or -1 when it has none. */
  public int rowAt(int loan, int month) {
    int lo = rowStart[loan];
    int hi = rowStart[loan + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int m = rowMonth[mid];
      if (m < month) {
        lo = mid + 1;
      } else if (m > month) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /**
   * The index of a loan id, or -1. The first call sorts the loan indexes by id (about a second at a
   * million loans, 4 bytes a loan); later calls are binary searches.
   */
  public int loanIndex(String loanId) {
    int[] sorted = loansById;
    if (sorted == null) {
      Integer[] order = new Integer[loanIds.length];
      for (int l = 0; l < order.length; l++) {
        order[l] = l;
      }
      java.util.Arrays.sort(order, (a, b) -> loanIds[a].compareTo(loanIds[b]));
      sorted = new int[order.length];
      for (int i = 0; i < sorted.length; i++) {
        sorted[i] = order[i];
      }
      loansById = sorted;
    }
    int lo = 0;
    int hi = sorted.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = loanIds[sorted[mid]].compareTo(loanId);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return sorted[mid];
      }
    }
    return -1;
  }

  /** Loan indexes sorted by loan id, built on the first {@link #loanIndex} call. */
  private volatile int[] loansById;
}
