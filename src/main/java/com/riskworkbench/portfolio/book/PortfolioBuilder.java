package com.riskworkbench.portfolio.book;

import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.PortfolioSink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Builds a {@link LoadedPortfolio} from rows in any order: the database loader, the generator and
 * tests all feed it. Rows are appended to growable primitive arrays; {@link #build()} groups the
 * months by loan (skipping the work when they already arrive grouped and ascending, as from the
 * database) and trims the arrays.
 */
public final class PortfolioBuilder implements PortfolioSink {
  private String name = "Portfolio";
  private String currency = "CNY";
  private OptionalLong netAssets = OptionalLong.empty();
  private OptionalLong tier1NetCapital = OptionalLong.empty();
  private final OptionalInputs inputs = new OptionalInputs();
  private final Dictionary products = new Dictionary();
  private final Dictionary channels = new Dictionary();
  private final Dictionary regions = new Dictionary();
  private final Dictionary industries = new Dictionary();
  private final Dictionary grades = new Dictionary();

  private final Map<String, Integer> borrowerIndex = new HashMap<>();
  private final Map<String, Integer> loanIndex = new HashMap<>();
  private final List<String> borrowerIds = new ArrayList<>();
  private final List<String> loanIds = new ArrayList<>();
  private byte[] borrowerType = new byte[1024];
  private int[] borrowerBirthDay = new int[1024];
  private int[] borrowerRegion = new int[1024];
  private int[] borrowerIndustry = new int[1024];

  private int[] loanBorrower = new int[1024];
  private int[] loanProduct = new int[1024];
  private int[] loanChannel = new int[1024];
  private int[] loanGrade = new int[1024];
  private int[] loanOriginDay = new int[1024];
  private int[] loanMaturityMonth = new int[1024];
  private long[] loanPrincipal = new long[1024];
  private double[] loanRate = new double[1024];

  private int rows;
  private int[] rowLoan = new int[1024];
  private int[] rowMonth = new int[1024];
  private long[] rowBalance = new long[1024];
  private int[] rowDpd = new int[1024];
  private byte[] rowStatus = new byte[1024];
  private long[] rowChargeOff = new long[1024];
  private long[] rowRecovery = new long[1024];

  private final List<CollectionAction> actions = new ArrayList<>();
  private final List<FraudCase> cases = new ArrayList<>();

  // Totals of each amount column: a book whose sums would not be exact is refused (Money).
  private long totalPrincipal;
  private long totalBalance;
  private long totalChargeOff;
  private long totalRecovery;
  private long totalProvision;

  /** The first and last month a book may hold (1900-01 and 2099-12), as ordinals. */
  static final int FIRST_MONTH = 1900 * 12;

  static final int LAST_MONTH = 2099 * 12 + 11;

  /** Rows allocated up front at most; a larger book grows its arrays as rows arrive. */
  private static final int MAX_EXPECTED_ROWS = 1 << 24;

  /** Sizes the month arrays for {@code n} rows up front, so a large load does not regrow them. */
  public void expectRows(long n) {
    int size = (int) Math.min(MAX_EXPECTED_ROWS, Math.max(n, 16));
    if (size > rowMonth.length) {
      growRows(size);
    }
  }

  @Override
  public void meta(String key, String value) {
    switch (key) {
      case "name" -> name = value;
      case "currency" -> currency = value;
      case "net_assets" -> netAssets = amount(value, "its net assets '%s' are not an amount");
      case "tier1_net_capital" ->
          tier1NetCapital = amount(value, "its tier 1 net capital '%s' is not an amount");
      default -> {
        // other meta is not needed for analysis
      }
    }
  }

  /** An amount of the meta; {@code refusal} names it when it is none. */
  private static OptionalLong amount(String value, String refusal) {
    try {
      return OptionalLong.of(Money.parseCents(value.trim()));
    } catch (NumberFormatException e) {
      throw new BadValue(String.format(java.util.Locale.ROOT, refusal, value));
    }
  }

  @Override
  public void borrower(Borrower b) {
    int i =
        addBorrower(
            b.borrowerId(),
            b.type(),
            b.birthDate().map(d -> (int) d.toEpochDay()).orElse(LoadedPortfolio.NO_DATE),
            b.region(),
            b.industry());
    b.groupId().ifPresent(g -> group(i, g));
    b.creditScore().ifPresent(s -> score(i, s));
  }

  /** Gives borrower {@code borrower}, as returned by {@link #addBorrower}, a credit score. */
  public void score(int borrower, int score) {
    if (borrower < 0 || borrower >= borrowerIds.size()) {
      throw new BadValue("a credit score names a borrower that is not in the book");
    }
    if (score == LoadedPortfolio.NO_SCORE) {
      throw new BadValue("borrower " + borrowerIds.get(borrower) + " has an impossible score");
    }
    inputs.score(borrower, score);
  }

  /**
   * Puts borrower {@code borrower}, as returned by {@link #addBorrower}, in a related-party group.
   */
  public void group(int borrower, String groupId) {
    if (borrower < 0 || borrower >= borrowerIds.size()) {
      throw new BadValue("a group names a borrower that is not in the book");
    }
    inputs.borrower(borrower, inputs.groups.intern(groupId));
  }

  /**
   * Marks loan {@code loan} as co-lent with {@code partner}; {@code ownShare} is the fraction of
   * the principal the holder funds, NaN when not given (all of it).
   */
  public void coLending(int loan, String partner, double ownShare) {
    if (loan < 0 || loan >= loanIds.size()) {
      throw new BadValue("a funding partner names a loan that is not in the book");
    }
    if (!Double.isNaN(ownShare) && !(ownShare >= 0 && ownShare <= 1)) {
      throw new BadValue("loan " + loanIds.get(loan) + " has an own share outside 0 to 1");
    }
    inputs.loan(
        loan,
        partner == null ? LoadedPortfolio.NO_CODE : inputs.partners.intern(partner),
        ownShare);
  }

  public int addBorrower(
      String id, BorrowerType type, int birthEpochDay, String region, String industry) {
    if (birthEpochDay != LoadedPortfolio.NO_DATE) {
      int birthMonth = Months.ordinal(LocalDate.ofEpochDay(birthEpochDay));
      if (birthMonth < FIRST_MONTH || birthMonth > LAST_MONTH) {
        throw new BadValue(
            "borrower " + id + " was born on " + LocalDate.ofEpochDay(birthEpochDay));
      }
    }
    int i = borrowerIds.size();
    if (i == borrowerType.length) {
      int n = i * 2;
      borrowerType = Arrays.copyOf(borrowerType, n);
      borrowerBirthDay = Arrays.copyOf(borrowerBirthDay, n);
      borrowerRegion = Arrays.copyOf(borrowerRegion, n);
      borrowerIndustry = Arrays.copyOf(borrowerIndustry, n);
    }
    borrowerIds.add(id);
    borrowerIndex.put(id, i);
    borrowerType[i] = (byte) type.ordinal();
    borrowerBirthDay[i] = birthEpochDay;
    borrowerRegion[i] = regions.intern(region);
    borrowerIndustry[i] = industries.intern(industry);
    inputs.borrower(i, LoadedPortfolio.NO_CODE);
    inputs.score(i, LoadedPortfolio.NO_SCORE);
    return i;
  }

  @Override
  public void loan(Loan l) {
    int i =
        addLoan(
            l.loanId(),
            l.borrowerId(),
            l.product(),
            l.channel(),
            l.riskGrade(),
            l.originationDate(),
            l.principalCents(),
            l.interestRate().doubleValue());
    maturity(i, l.maturityDate());
    if (l.fundingPartner().isPresent() || l.ownShare().isPresent()) {
      coLending(
          i,
          l.fundingPartner().orElse(null),
          l.ownShare().map(java.math.BigDecimal::doubleValue).orElse(Double.NaN));
    }
  }

  /** Sets the maturity date of loan {@code loan}, as returned by {@link #addLoan}. */
  public void maturity(int loan, LocalDate maturity) {
    if (loan < 0 || loan >= loanIds.size()) {
      throw new BadValue("a maturity date names a loan that is not in the book");
    }
    loanMaturityMonth[loan] = Months.ordinal(maturity);
  }

  public int addLoan(
      String id,
      String borrowerId,
      String product,
      String channel,
      String grade,
      LocalDate origination,
      long principalCents,
      double rate) {
    Integer borrower = borrowerIndex.get(borrowerId);
    if (borrower == null) {
      throw new BadValue("loan " + id + " names the unknown borrower " + borrowerId);
    }
    int originMonth = Months.ordinal(origination);
    if (originMonth < FIRST_MONTH || originMonth > LAST_MONTH) {
      throw new BadValue("loan " + id + " was originated on " + origination);
    }
    if (principalCents < 0 || !Double.isFinite(rate) || rate < 0) {
      throw new BadValue("loan " + id + " has a negative principal or interest rate");
    }
    totalPrincipal = checkedTotal(totalPrincipal, principalCents, "principal");
    int i = loanIds.size();
    if (i == loanBorrower.length) {
      int n = i * 2;
      loanBorrower = Arrays.copyOf(loanBorrower, n);
      loanProduct = Arrays.copyOf(loanProduct, n);
      loanChannel = Arrays.copyOf(loanChannel, n);
      loanGrade = Arrays.copyOf(loanGrade, n);
      loanOriginDay = Arrays.copyOf(loanOriginDay, n);
      loanMaturityMonth = Arrays.copyOf(loanMaturityMonth, n);
      loanPrincipal = Arrays.copyOf(loanPrincipal, n);
      loanRate = Arrays.copyOf(loanRate, n);
    }
    loanIds.add(id);
    loanIndex.put(id, i);
    loanBorrower[i] = borrower;
    loanProduct[i] = products.intern(product);
    loanChannel[i] = channels.intern(channel);
    loanGrade[i] = grades.intern(grade);
    loanOriginDay[i] = (int) origination.toEpochDay();
    loanMaturityMonth[i] = LoadedPortfolio.NO_DATE;
    loanPrincipal[i] = principalCents;
    loanRate[i] = rate;
    inputs.loan(i, LoadedPortfolio.NO_CODE, Double.NaN);
    return i;
  }

  @Override
  public void loanMonth(LoanMonth m) {
    Integer loan = loanIndex.get(m.loanId());
    if (loan == null) {
      throw new BadValue("a loan month names the unknown loan " + m.loanId());
    }
    addMonth(
        loan,
        Months.ordinal(m.month()),
        m.balanceCents(),
        m.daysPastDue(),
        (byte) m.status().ordinal(),
        m.chargeOffCents().orElse(0),
        m.recoveryCents().orElse(0),
        m.fiveCategory().map(c -> (byte) c.ordinal()).orElse(LoadedPortfolio.NO_CATEGORY),
        m.provisionCents().orElse(LoadedPortfolio.NO_AMOUNT));
  }

  /** Appends a loan month; {@code status} is a LoanStatus ordinal. */
  public void addMonth(
      int loan, int month, long balance, int dpd, byte status, long chargeOff, long recovery) {
    addMonth(
        loan,
        month,
        balance,
        dpd,
        status,
        chargeOff,
        recovery,
        LoadedPortfolio.NO_CATEGORY,
        LoadedPortfolio.NO_AMOUNT);
  }

  /**
   * Appends a loan month with what the lender booked: {@code category} a BookedCategory ordinal or
   * {@link LoadedPortfolio#NO_CATEGORY}, {@code provision} in cents or {@link
   * LoadedPortfolio#NO_AMOUNT}.
   */
  public void addMonth(
      int loan,
      int month,
      long balance,
      int dpd,
      byte status,
      long chargeOff,
      long recovery,
      byte category,
      long provision) {
    if (loan < 0 || loan >= loanIds.size()) {
      throw new BadValue("a loan month names a loan that is not in the book");
    }
    if (month < Months.ordinal(LocalDate.ofEpochDay(loanOriginDay[loan])) || month > LAST_MONTH) {
      throw new BadValue(
          "loan " + loanIds.get(loan) + " has a month before its origination or after 2099");
    }
    if (balance < 0
        || dpd < 0
        || chargeOff < 0
        || recovery < 0
        || (provision < 0 && provision != LoadedPortfolio.NO_AMOUNT)) {
      throw new BadValue("loan " + loanIds.get(loan) + " has a negative amount or days past due");
    }
    if (category < LoadedPortfolio.NO_CATEGORY || category > 4) {
      throw new BadValue("loan " + loanIds.get(loan) + " has an unknown five-category code");
    }
    if (provision != LoadedPortfolio.NO_AMOUNT) {
      totalProvision = checkedTotal(totalProvision, provision, "provision");
    }
    totalBalance = checkedTotal(totalBalance, balance, "balance");
    totalChargeOff = checkedTotal(totalChargeOff, chargeOff, "charge-off amount");
    totalRecovery = checkedTotal(totalRecovery, recovery, "recovery amount");
    if (rows == rowMonth.length) {
      growRows(rows * 2);
    }
    rowLoan[rows] = loan;
    rowMonth[rows] = month;
    rowBalance[rows] = balance;
    rowDpd[rows] = dpd;
    rowStatus[rows] = status;
    rowChargeOff[rows] = chargeOff;
    rowRecovery[rows] = recovery;
    inputs.row(rows, category, provision);
    rows++;
  }

  private void growRows(int n) {
    rowLoan = Arrays.copyOf(rowLoan, n);
    rowMonth = Arrays.copyOf(rowMonth, n);
    rowBalance = Arrays.copyOf(rowBalance, n);
    rowDpd = Arrays.copyOf(rowDpd, n);
    rowStatus = Arrays.copyOf(rowStatus, n);
    rowChargeOff = Arrays.copyOf(rowChargeOff, n);
    rowRecovery = Arrays.copyOf(rowRecovery, n);
    inputs.grow(n);
  }

  @Override
  public void collectionAction(CollectionAction a) {
    actions.add(a);
  }

  @Override
  public void fraudCase(FraudCase f) {
    cases.add(f);
  }

  @Override
  public void finish() {}

  @Override
  public void close() {}

  /** The loan's index, or -1; for loaders that stream months by loan id. */
  private static long checkedTotal(long total, long cents, String what) {
    long sum = Money.addToTotal(total, cents);
    if (sum < 0) {
      throw new BadValue(
          "its "
              + what
              + "s add up to more than 1,000,000,000,000,000.00, more than any portfolio");
    }
    return sum;
  }

  /** A value that no portfolio can hold: the book is refused rather than analysed wrong. */
  public static final class BadValue extends IllegalArgumentException {
    public BadValue(String message) {
      super(message);
    }
  }

  public int loanIndex(String loanId) {
    return loanIndex.getOrDefault(loanId, -1);
  }

  public LoadedPortfolio build() {
    LoadedPortfolio out = new LoadedPortfolio(name, currency, netAssets, tier1NetCapital);
    copyDictionaries(out);
    int b = borrowerIds.size();
    out.borrowerIds = borrowerIds.toArray(new String[0]);
    out.borrowerType = Arrays.copyOf(borrowerType, b);
    out.borrowerBirthDay = Arrays.copyOf(borrowerBirthDay, b);
    out.borrowerRegion = Arrays.copyOf(borrowerRegion, b);
    out.borrowerIndustry = Arrays.copyOf(borrowerIndustry, b);
    int l = loanIds.size();
    out.loanIds = loanIds.toArray(new String[0]);
    out.loanBorrower = Arrays.copyOf(loanBorrower, l);
    out.loanProduct = Arrays.copyOf(loanProduct, l);
    out.loanChannel = Arrays.copyOf(loanChannel, l);
    out.loanGrade = Arrays.copyOf(loanGrade, l);
    out.loanOriginDay = Arrays.copyOf(loanOriginDay, l);
    out.loanOriginMonth = new int[l];
    for (int i = 0; i < l; i++) {
      out.loanOriginMonth[i] = Months.ordinal(LocalDate.ofEpochDay(loanOriginDay[i]));
    }
    out.loanMaturityMonth = Arrays.copyOf(loanMaturityMonth, l);
    out.loanPrincipal = Arrays.copyOf(loanPrincipal, l);
    out.loanRate = Arrays.copyOf(loanRate, l);
    if (!RowOrder.groupedAndAscending(rowLoan, rowMonth, rows)) {
      sortRows(l);
    }
    out.rowStart = new int[l + 1];
    for (int r = 0; r < rows; r++) {
      out.rowStart[rowLoan[r] + 1]++;
    }
    for (int i = 0; i < l; i++) {
      out.rowStart[i + 1] += out.rowStart[i];
    }
    out.rowMonth = trim(rowMonth);
    out.rowBalance = trim(rowBalance);
    out.rowDpd = trim(rowDpd);
    out.rowStatus = Arrays.copyOf(rowStatus, rows);
    out.rowChargeOff = trim(rowChargeOff);
    out.rowRecovery = trim(rowRecovery);
    inputs.copyTo(out, b, l, rows);
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (int r = 0; r < rows; r++) {
      first = Math.min(first, rowMonth[r]);
      last = Math.max(last, rowMonth[r]);
    }
    out.firstMonth = first;
    out.lastMonth = last;
    out.collectionActions = List.copyOf(actions);
    out.fraudCases = List.copyOf(cases);
    return out;
  }

  private void copyDictionaries(LoadedPortfolio out) {
    products.values().forEach(out.products::intern);
    channels.values().forEach(out.channels::intern);
    regions.values().forEach(out.regions::intern);
    industries.values().forEach(out.industries::intern);
    grades.values().forEach(out.grades::intern);
  }

  private int[] trim(int[] a) {
    return a.length == rows ? a : Arrays.copyOf(a, rows);
  }

  private long[] trim(long[] a) {
    return a.length == rows ? a : Arrays.copyOf(a, rows);
  }

  /** Groups the rows by loan, months ascending within each loan. */
  private void sortRows(int loans) {
    int[] order = RowOrder.byLoanAndMonth(rowLoan, rowMonth, rows, loans);
    rowLoan = RowOrder.permute(rowLoan, order);
    rowMonth = RowOrder.permute(rowMonth, order);
    rowBalance = RowOrder.permute(rowBalance, order);
    rowDpd = RowOrder.permute(rowDpd, order);
    rowChargeOff = RowOrder.permute(rowChargeOff, order);
    rowRecovery = RowOrder.permute(rowRecovery, order);
    byte[] status = new byte[rows];
    for (int i = 0; i < rows; i++) {
      status[i] = rowStatus[order[i]];
    }
    rowStatus = status;
    inputs.permuteRows(order, rows);
  }
}
