package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.amount;
import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.pushdown.ActiveGroup;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The book at the as-of month (docs/methodology.md §5): ACTIVE loans and their balance
 * (outstanding), PAR30 = balance of ACTIVE loans with 30+ days past due / outstanding, NPL ratio =
 * balance in substandard, doubtful and loss / outstanding, the five-category table (the chosen rule
 * and both presets) and the delinquency buckets. A row's category is the one the lender booked,
 * where it did; the rule's category stays beside it ({@code categoryByRule...}). PAID_OFF and
 * CHARGED_OFF loans are out of the book.
 */
public final class SummaryAnalysis {
  private SummaryAnalysis() {}

  /** The figures of one month. */
  public record Snapshot(
      int month,
      long loans,
      long outstandingCents,
      long par30Cents,
      long[] categoryLoans,
      long[] categoryCents,
      long[] bucketLoans,
      long[] bucketCents,
      long bookedLoans,
      long[] ruleCategoryLoans,
      long[] ruleCategoryCents) {

    public double par30Ratio() {
      return ratio(par30Cents, outstandingCents);
    }

    public long nplCents() {
      return categoryCents[FiveCategory.SUBSTANDARD.ordinal()]
          + categoryCents[FiveCategory.DOUBTFUL.ordinal()]
          + categoryCents[FiveCategory.LOSS.ordinal()];
    }

    public double nplRatio() {
      return ratio(nplCents(), outstandingCents);
    }
  }

  public static SummaryResult run(
      AnalysisScope scope, DelinquencyBuckets buckets, FiveCategoryRule rule) {
    Snapshot now = snapshot(scope, scope.asOfMonth(), buckets, rule);
    LoadedPortfolio p = scope.portfolio();
    Optional<Snapshot> previous =
        p.rows() > 0 && scope.asOfMonth() > p.firstMonthOrdinal()
            ? Optional.of(snapshot(scope, scope.asOfMonth() - 1, buckets, rule))
            : Optional.empty();
    Map<String, Snapshot> presets = new LinkedHashMap<>();
    for (FiveCategoryRule preset :
        List.of(FiveCategoryRule.REGULATORY_2023, FiveCategoryRule.CREDIT_CARD)) {
      presets.put(preset.name(), snapshot(scope, scope.asOfMonth(), buckets, preset));
    }
    return new SummaryResult(now, previous, rule, buckets, presets);
  }

  /** The figures at {@code month} for the scope's loans. */
  public static Snapshot snapshot(
      AnalysisScope scope, int month, DelinquencyBuckets buckets, FiveCategoryRule rule) {
    LoadedPortfolio p = scope.portfolio();
    boolean[] include = scope.include();
    long[] balance = p.rowBalance();
    int[] dpd = p.rowDpd();
    byte[] status = p.rowStatus();
    byte[] bookedCategory = p.rowCategory();
    Tally t = new Tally(buckets, rule);
    for (int l = 0; l < p.loans(); l++) {
      if (!include[l]) {
        continue;
      }
      int r = p.rowAt(l, month);
      if (r < 0 || status[r] != LoadedPortfolio.ACTIVE) {
        continue;
      }
      t.add(dpd[r], bookedCategory[r], 1, balance[r]);
    }
    return t.snapshot(month);
  }

  /**
   * The figures at {@code month} from the ACTIVE rows grouped by days past due and booked category,
   * as the database engine counts them or the import stored them: the same tally as row by row.
   */
  public static Snapshot snapshot(
      int month, List<ActiveGroup> groups, DelinquencyBuckets buckets, FiveCategoryRule rule) {
    Tally t = new Tally(buckets, rule);
    for (ActiveGroup g : groups) {
      byte booked = g.booked().map(c -> (byte) c.ordinal()).orElse(LoadedPortfolio.NO_CATEGORY);
      t.add(g.daysPastDue(), booked, g.loans(), g.balanceCents());
    }
    return t.snapshot(month);
  }

  /** The sums of a {@link Snapshot}, added up row by row or group by group. */
  private static final class Tally {
    private final DelinquencyBuckets buckets;
    private final FiveCategoryRule rule;
    private long loans;
    private long outstanding;
    private long par30;
    private final long[] catLoans = new long[FiveCategory.values().length];
    private final long[] catCents = new long[FiveCategory.values().length];
    private final long[] bucketLoans;
    private final long[] bucketCents;
    private long booked;
    private final long[] ruleLoans = new long[FiveCategory.values().length];
    private final long[] ruleCents = new long[FiveCategory.values().length];

    Tally(DelinquencyBuckets buckets, FiveCategoryRule rule) {
      this.buckets = buckets;
      this.rule = rule;
      bucketLoans = new long[buckets.count()];
      bucketCents = new long[buckets.count()];
    }

    /** {@code n} ACTIVE rows with {@code dpd} days past due, booked {@code category}, {@code b}. */
    void add(int dpd, byte category, long n, long b) {
      loans += n;
      outstanding += b;
      if (dpd >= 30) {
        par30 += b;
      }
      int c = rule.category(category, dpd).ordinal();
      catLoans[c] += n;
      catCents[c] += b;
      int byRule = rule.classify(dpd).ordinal();
      ruleLoans[byRule] += n;
      ruleCents[byRule] += b;
      if (category != LoadedPortfolio.NO_CATEGORY) {
        booked += n;
      }
      int k = buckets.bucket(dpd);
      bucketLoans[k] += n;
      bucketCents[k] += b;
    }

    Snapshot snapshot(int month) {
      return new Snapshot(
          month,
          loans,
          outstanding,
          par30,
          catLoans,
          catCents,
          bucketLoans,
          bucketCents,
          booked,
          ruleLoans,
          ruleCents);
    }
  }

  /**
   * The scope's loans ACTIVE at {@code month} whose days past due pass {@code dpdTest}, in book
   * order: the loans behind a figure of {@link #snapshot}.
   */
  public static int[] activeLoans(AnalysisScope scope, int month, IntPredicate dpdTest) {
    int[] dpd = scope.portfolio().rowDpd();
    return activeLoansByRow(scope, month, r -> dpdTest.test(dpd[r]));
  }

  /** As {@link #activeLoans}, with a test of the loan's row at {@code month}. */
  public static int[] activeLoansByRow(AnalysisScope scope, int month, IntPredicate rowTest) {
    LoadedPortfolio p = scope.portfolio();
    boolean[] include = scope.include();
    byte[] status = p.rowStatus();
    IntArrayList found = new IntArrayList();
    for (int l = 0; l < p.loans(); l++) {
      if (!include[l]) {
        continue;
      }
      int r = p.rowAt(l, month);
      if (r < 0 || status[r] != LoadedPortfolio.ACTIVE || !rowTest.test(r)) {
        continue;
      }
      found.add(l);
    }
    return found.toIntArray();
  }

  /** The summary's result. */
  public record SummaryResult(
      Snapshot asOf,
      Optional<Snapshot> previousMonth,
      FiveCategoryRule rule,
      DelinquencyBuckets buckets,
      Map<String, Snapshot> presets)
      implements AnalysisResult {

    @Override
    public Table rows() {
      return Table.create(
          "summary",
          StringColumn.create("as_of", Months.of(asOf.month()).toString()),
          IntColumn.create("loans", new int[] {(int) asOf.loans()}),
          DoubleColumn.create("outstanding", amount(asOf.outstandingCents())),
          DoubleColumn.create("par30_ratio", asOf.par30Ratio()),
          DoubleColumn.create("npl_ratio", asOf.nplRatio()));
    }

    /**
     * The loans behind a five-category row at the as-of month: {@code scope} is the scope this
     * result was computed for; as many loans as {@code asOf().categoryLoans()[category]}.
     */
    public int[] loansIn(AnalysisScope scope, FiveCategory category) {
      return activeLoansByRow(
          scope, asOf.month(), r -> rule.category(scope.portfolio(), r) == category);
    }

    /** The loans behind PAR30 at the as-of month: ACTIVE with 30+ days past due. */
    public int[] loansPar30(AnalysisScope scope) {
      return activeLoans(scope, asOf.month(), dpd -> dpd >= 30);
    }

    /** The loans behind the NPL ratio at the as-of month: substandard, doubtful and loss. */
    public int[] loansNonPerforming(AnalysisScope scope) {
      return activeLoansByRow(
          scope, asOf.month(), r -> rule.category(scope.portfolio(), r).nonPerforming());
    }

    /** The five-category table of a snapshot: category, loans, balance, share of outstanding. */
    public static Table fiveCategoryTable(Snapshot s) {
      return categoryTable(s.categoryLoans(), s.categoryCents(), s.outstandingCents());
    }

    /** The same by the rule's categories alone, whatever the lender booked. */
    public static Table ruleCategoryTable(Snapshot s) {
      return categoryTable(s.ruleCategoryLoans(), s.ruleCategoryCents(), s.outstandingCents());
    }

    private static Table categoryTable(long[] byLoans, long[] byCents, long outstandingCents) {
      StringColumn category = StringColumn.create("category");
      IntColumn loans = IntColumn.create("loans");
      DoubleColumn balance = DoubleColumn.create("balance");
      DoubleColumn share = DoubleColumn.create("share");
      for (FiveCategory c : FiveCategory.values()) {
        category.append(c.name());
        loans.append((int) byLoans[c.ordinal()]);
        balance.append(amount(byCents[c.ordinal()]));
        share.append(ratio(byCents[c.ordinal()], outstandingCents));
      }
      return Table.create("five_category", category, loans, balance, share);
    }

    public Table bucketTable() {
      StringColumn bucket = StringColumn.create("bucket");
      IntColumn loans = IntColumn.create("loans");
      DoubleColumn balance = DoubleColumn.create("balance");
      DoubleColumn share = DoubleColumn.create("share");
      List<String> labels = buckets.labels();
      for (int b = 0; b < labels.size(); b++) {
        bucket.append(labels.get(b));
        loans.append((int) asOf.bucketLoans()[b]);
        balance.append(amount(asOf.bucketCents()[b]));
        share.append(ratio(asOf.bucketCents()[b], asOf.outstandingCents()));
      }
      return Table.create("buckets", bucket, loans, balance, share);
    }

    @Override
    public Map<String, Object> extras() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("five_category_rule", rule.describe());
      m.put(
          "five_category_basis",
          asOf.bookedLoans() == 0
              ? "the rule, by days past due"
              : "booked by the lender for "
                  + asOf.bookedLoans()
                  + " of "
                  + asOf.loans()
                  + " loans, the rule for the others");
      m.put("five_category", fiveCategoryTable(asOf));
      if (asOf.bookedLoans() > 0) {
        m.put("five_category_by_rule", ruleCategoryTable(asOf));
      }
      Map<String, Object> presetTables = new LinkedHashMap<>();
      presets.forEach((name, s) -> presetTables.put(name, fiveCategoryTable(s)));
      m.put("five_category_presets", presetTables);
      m.put("buckets", bucketTable());
      previousMonth.ifPresent(
          prev -> {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("as_of", Months.of(prev.month()).toString());
            pm.put("loans", prev.loans());
            pm.put("outstanding", amount(prev.outstandingCents()));
            pm.put("par30_ratio", prev.par30Ratio());
            pm.put("npl_ratio", prev.nplRatio());
            m.put("previous_month", pm);
          });
      return m;
    }
  }
}
