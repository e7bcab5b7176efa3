package com.riskworkbench.bench;

import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import com.riskworkbench.portfolio.store.pushdown.LoanPages;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long one page of the loans behind a figure takes from a team database (the window's Loans
 * screen in database mode): the first page and a page deep in the list, for each kind of figure,
 * its lines included, and one loan's history; each timed three times, the best kept.
 *
 * <p>Usage: {@code LoanPagesTiming LOCATION YYYY-MM PRODUCT BORROWER_ID DEEP_AFTER_ID}
 * (docs/benchmarks.md).
 */
public final class LoanPagesTiming {
  private LoanPagesTiming() {}

  public static void main(String[] args) throws Exception {
    PortfolioLocation where = PortfolioLocation.parse(args[0]);
    YearMonth month = YearMonth.parse(args[1]);
    String product = args[2];
    String borrower = args[3];
    Optional<String> deep = Optional.of(args[4]);
    FiveCategoryRule rule = FiveCategoryRule.REGULATORY_2023;
    SegmentFilter none = SegmentFilter.NONE;
    Map<String, DatabaseLoans.Figure> figures = new LinkedHashMap<>();
    figures.put("every ACTIVE loan", DatabaseLoans.all(month, none));
    figures.put("normal", DatabaseLoans.category(month, none, FiveCategory.NORMAL, rule));
    figures.put("loss", DatabaseLoans.category(month, none, FiveCategory.LOSS, rule));
    figures.put("PAR30", DatabaseLoans.par30(month, none));
    figures.put("NPL ratio", DatabaseLoans.nonPerforming(month, none, rule));
    figures.put(
        "product " + product, DatabaseLoans.segment(month, none, Dimension.PRODUCT, product));
    figures.put(
        "region Zhejiang, product " + product,
        DatabaseLoans.segment(
            month, SegmentFilter.parse(List.of("region=Zhejiang")), Dimension.PRODUCT, product));
    figures.put(
        "borrower " + borrower, DatabaseLoans.segment(month, none, Dimension.BORROWER, borrower));
    figures.put(
        "stage 2",
        DatabaseLoans.stage(
            month, none, 2, com.riskworkbench.analysis.StageThresholds.DEFAULT, rule));
    figures.put(
        "period: NPL in the column of the start of the year",
        DatabaseLoans.period(
            month,
            YearMonth.of(month.getYear() - 1, 12),
            none,
            com.riskworkbench.analysis.PeriodResult.Figure.NPL_RATIO,
            rule));
    figures.put(
        "migration rate, normal class, from the start of the year",
        new DatabaseLoans.Regulator(
            month,
            none,
            rule,
            YearMonth.of(month.getYear() - 1, 12),
            new DatabaseLoans.Behind.MigrationRate(
                com.riskworkbench.analysis.MigrationAnalysis.Rate.NORMAL),
            month));
    figures.put(
        "booked normal, special mention by the rule",
        DatabaseLoans.booked(month, none, FiveCategory.NORMAL, FiveCategory.SPECIAL_MENTION, rule));
    figures.put(
        "data quality: gaps in history",
        new DatabaseLoans.CheckLoans(
            month, none, com.riskworkbench.analysis.DataQualityChecks.Check.GAP_IN_HISTORY));
    figures.put(
        "data quality: missing transitions",
        new DatabaseLoans.CheckLoans(
            month, none, com.riskworkbench.analysis.DataQualityChecks.Check.MISSING_TRANSITION));
    figures.put(
        "loans of the cohort originated 12 months before",
        DatabaseLoans.cohort(month, none, month.minusMonths(12)));
    figures.put(
        "a month's loan rows (12 months before)",
        DatabaseLoans.monthRows(month, none, month.minusMonths(12)));
    try (PortfolioRepository repo = PortfolioRepository.open(where)) {
      LoanPages pages = new LoanPages(repo.pushDown());
      com.riskworkbench.analysis.DatabaseEngine engine =
          com.riskworkbench.analysis.DatabaseEngine.of(repo);
      System.out.println("| figure | first page | loans | page after " + deep.get() + " | loans |");
      System.out.println("|---|---|---|---|---|");
      for (Map.Entry<String, DatabaseLoans.Figure> f : figures.entrySet()) {
        long[] first =
            best(() -> DatabaseLoans.page(pages, engine, f.getValue(), Optional.empty(), 100));
        long[] later = best(() -> DatabaseLoans.page(pages, engine, f.getValue(), deep, 100));
        System.out.printf(
            "| %s | %.3f s | %d | %.3f s | %d |%n",
            f.getKey(), first[0] / 1e9, first[1], later[0] / 1e9, later[1]);
      }
      DatabaseLoans.Page page =
          DatabaseLoans.page(pages, engine, DatabaseLoans.all(month, none), deep, 1);
      String loan = page.lines().get(0).loanId();
      long t = Long.MAX_VALUE;
      int months = 0;
      for (int i = 0; i < 3; i++) {
        long s = System.nanoTime();
        months = DatabaseLoans.history(pages, loan).size();
        t = Math.min(t, System.nanoTime() - s);
      }
      System.out.printf("history of %s: %.3f s, %d months%n", loan, t / 1e9, months);
    }
  }

  private interface Fetch {
    DatabaseLoans.Page get() throws Exception;
  }

  /** The best of three runs: {nanoseconds, loans on the page}. */
  private static long[] best(Fetch fetch) throws Exception {
    long best = Long.MAX_VALUE;
    int loans = 0;
    for (int i = 0; i < 3; i++) {
      long s = System.nanoTime();
      loans = fetch.get().lines().size();
      best = Math.min(best, System.nanoTime() - s);
    }
    return new long[] {best, loans};
  }
}
