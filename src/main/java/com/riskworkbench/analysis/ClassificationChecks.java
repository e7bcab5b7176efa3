package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.amount;
import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.pushdown.ActiveGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Checks of the lender's five-category classification at the as-of month (docs/methodology.md
 * §15.4), over the scope's ACTIVE loans: under-classified loans (booked better than the rule's
 * category by days past due, the floor the rules set), the deviation (偏离度) = balance more than 90
 * days past due / NPL balance and the same for more than 60 days, and the booked × rule table.
 * Without booked categories at the month the first and the last are not available — never zeros;
 * the deviation is then that of the rule's own categories.
 */
public final class ClassificationChecks {
  private ClassificationChecks() {}

  /** "60+" as the regulator means it (逾期60天以上): more than 60 days past due. */
  static final int DPD_60 = 60;

  public static Result run(AnalysisScope scope, FiveCategoryRule rule) {
    LoadedPortfolio p = scope.portfolio();
    int month = scope.asOfMonth();
    Tally t = new Tally(rule);
    boolean[] include = scope.include();
    byte[] status = p.rowStatus();
    byte[] category = p.rowCategory();
    int[] dpd = p.rowDpd();
    long[] balance = p.rowBalance();
    for (int l = 0; l < include.length; l++) {
      int r = include[l] ? p.rowAt(l, month) : -1;
      if (r >= 0 && status[r] == LoadedPortfolio.ACTIVE) {
        t.add(dpd[r], category[r], 1, balance[r]);
      }
    }
    return t.result(month);
  }

  /**
   * The checks from the month's ACTIVE loans grouped by days past due and booked category, as the
   * database engine counts them: the same sums as {@link #run}, added group by group.
   */
  static Result finish(int month, FiveCategoryRule rule, List<ActiveGroup> groups) {
    Tally t = new Tally(rule);
    for (ActiveGroup g : groups) {
      byte booked = g.booked().map(c -> (byte) c.ordinal()).orElse(LoadedPortfolio.NO_CATEGORY);
      t.add(g.daysPastDue(), booked, g.loans(), g.balanceCents());
    }
    return t.result(month);
  }

  /** The sums of a {@link Result}, added up loan by loan or group by group. */
  private static final class Tally {
    private final FiveCategoryRule rule;
    private final int cats = FiveCategory.values().length;
    private final long[] tableLoans = new long[cats * cats];
    private final long[] tableCents = new long[cats * cats];
    private long booked;
    private long loans;
    private long underLoans;
    private long underCents;
    private long nplCents;
    private long dpd90Cents;
    private long dpd60Cents;
    private long dpd90Loans;
    private long dpd60Loans;

    Tally(FiveCategoryRule rule) {
      this.rule = rule;
    }

    /** {@code n} ACTIVE loans with {@code dpd} days past due, booked {@code category}. */
    void add(int dpd, byte category, long n, long cents) {
      loans += n;
      if (rule.category(category, dpd).nonPerforming()) {
        nplCents += cents;
      }
      if (dpd > PeriodAnalysis.DPD_90) {
        dpd90Cents += cents;
        dpd90Loans += n;
      }
      if (dpd > DPD_60) {
        dpd60Cents += cents;
        dpd60Loans += n;
      }
      if (category == LoadedPortfolio.NO_CATEGORY) {
        return;
      }
      booked += n;
      int byRule = rule.classify(dpd).ordinal();
      tableLoans[category * cats + byRule] += n;
      tableCents[category * cats + byRule] += cents;
      if (category < byRule) {
        underLoans += n;
        underCents += cents;
      }
    }

    Result result(int month) {
      return new Result(
          month,
          rule,
          loans,
          booked,
          underLoans,
          underCents,
          nplCents,
          dpd90Loans,
          dpd90Cents,
          dpd60Loans,
          dpd60Cents,
          tableLoans,
          tableCents);
    }
  }

  /**
   * The checks at {@code month}; {@code bookedLoans} of the {@code loans} ACTIVE loans have a
   * booked category. {@code tableLoans}/{@code tableCents} are indexed booked × rule category.
   */
  public record Result(
      int month,
      FiveCategoryRule rule,
      long loans,
      long bookedLoans,
      long underLoans,
      long underCents,
      long nplCents,
      long dpd90Loans,
      long dpd90Cents,
      long dpd60Loans,
      long dpd60Cents,
      long[] tableLoans,
      long[] tableCents)
      implements AnalysisResult {

    /** Whether any ACTIVE loan at the month has a booked category: else nothing to check. */
    public boolean available() {
      return bookedLoans > 0;
    }

    /** Balance more than 90 days past due / NPL balance; NaN when there is no NPL. */
    public double deviation90() {
      return ratio(dpd90Cents, nplCents);
    }

    /** Balance more than 60 days past due / NPL balance; NaN when there is no NPL. */
    public double deviation60() {
      return ratio(dpd60Cents, nplCents);
    }

    /** Booked loans of category {@code booked} whose rule category is {@code byRule}. */
    public long loans(FiveCategory booked, FiveCategory byRule) {
      return tableLoans[booked.ordinal() * FiveCategory.values().length + byRule.ordinal()];
    }

    public long cents(FiveCategory booked, FiveCategory byRule) {
      return tableCents[booked.ordinal() * FiveCategory.values().length + byRule.ordinal()];
    }

    /** The under-classified loans, in book order: booked better than the rule's category. */
    public int[] loansUnderClassified(AnalysisScope scope) {
      LoadedPortfolio p = scope.portfolio();
      byte[] category = p.rowCategory();
      int[] dpd = p.rowDpd();
      return SummaryAnalysis.activeLoansByRow(
          scope,
          month,
          r ->
              category[r] != LoadedPortfolio.NO_CATEGORY
                  && category[r] < rule.classify(dpd[r]).ordinal());
    }

    /** The loans of a booked × rule cell, in book order. */
    public int[] loansIn(AnalysisScope scope, FiveCategory booked, FiveCategory byRule) {
      LoadedPortfolio p = scope.portfolio();
      byte[] category = p.rowCategory();
      int[] dpd = p.rowDpd();
      return SummaryAnalysis.activeLoansByRow(
          scope, month, r -> category[r] == booked.ordinal() && rule.classify(dpd[r]) == byRule);
    }

    /**
     * The loans behind a deviation's numerator: ACTIVE and more than {@code days} past due (90 or
     * 60).
     */
    public int[] loansPastDue(AnalysisScope scope, int days) {
      return SummaryAnalysis.activeLoans(scope, month, d -> d > days);
    }

    /**
     * {@code check,loans,balance,ratio}: {@code under_classified} (ratio = share of the booked
     * balance; empty without booked categories), {@code deviation_90}, {@code deviation_60} (loans
     * and balance past due; ratio over the NPL balance).
     */
    @Override
    public Table rows() {
      StringColumn check = StringColumn.create("check");
      IntColumn loansCol = IntColumn.create("loans");
      DoubleColumn balance = DoubleColumn.create("balance");
      DoubleColumn ratioCol = DoubleColumn.create("ratio");
      check.append("under_classified");
      if (available()) {
        long bookedCents = 0;
        for (long c : tableCents) {
          bookedCents += c;
        }
        loansCol.append((int) underLoans);
        balance.append(amount(underCents));
        ratioCol.append(ratio(underCents, bookedCents));
      } else {
        loansCol.appendMissing();
        balance.appendMissing();
        ratioCol.appendMissing();
      }
      check.append("deviation_90");
      loansCol.append((int) dpd90Loans);
      balance.append(amount(dpd90Cents));
      ratioCol.append(deviation90());
      check.append("deviation_60");
      loansCol.append((int) dpd60Loans);
      balance.append(amount(dpd60Cents));
      ratioCol.append(deviation60());
      return Table.create("classification", check, loansCol, balance, ratioCol);
    }

    /** Booked × rule: {@code booked,rule,loans,balance}, every pair, zeros included. */
    public Table bookedVersusRule() {
      StringColumn bookedCol = StringColumn.create("booked");
      StringColumn ruleCol = StringColumn.create("rule");
      IntColumn loansCol = IntColumn.create("loans");
      DoubleColumn balance = DoubleColumn.create("balance");
      for (FiveCategory b : FiveCategory.values()) {
        for (FiveCategory c : FiveCategory.values()) {
          bookedCol.append(b.name());
          ruleCol.append(c.name());
          loansCol.append((int) loans(b, c));
          balance.append(amount(cents(b, c)));
        }
      }
      return Table.create("booked_vs_rule", bookedCol, ruleCol, loansCol, balance);
    }

    @Override
    public Map<String, Object> extras() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("as_of", Months.of(month).toString());
      m.put("five_category_rule", rule.describe());
      m.put("loans", loans);
      m.put("booked_loans", bookedLoans);
      m.put("npl_balance", amount(nplCents));
      if (available()) {
        m.put("booked_vs_rule", bookedVersusRule());
      } else {
        m.put("booked_vs_rule", null);
        m.put(
            "note",
            "not available: no loan at the as-of month has a booked five-category"
                + " classification");
      }
      return m;
    }
  }
}
