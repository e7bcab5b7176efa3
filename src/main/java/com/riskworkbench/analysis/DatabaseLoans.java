package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.store.pushdown.LoanPages;
import com.riskworkbench.portfolio.store.pushdown.LoanPages.RowTest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The loans behind a figure of a book left in its database, fetched a page at a time: the same
 * loans as the in-memory engine's drill-down (ACTIVE at the figure's month, in the filter's scope,
 * their row passing the figure's test), by loan id, each page one keyset range.
 */
public final class DatabaseLoans {
  private DatabaseLoans() {}

  /**
   * The loans behind one figure: ACTIVE at {@code month}, in {@code filter}, passing {@code test}.
   */
  public record Query(YearMonth month, SegmentFilter filter, RowTest test) {}

  /**
   * One page of lines, by loan id; {@code next} is the key of the page after it (its last loan id),
   * empty on the last page.
   */
  public record Page(List<LoanListing.LoanLine> lines, Optional<String> next) {}

  /** Every ACTIVE loan of the filter at {@code month}. */
  public static Query all(YearMonth month, SegmentFilter filter) {
    return new Query(month, filter, new RowTest.Active());
  }

  /** The loans of one five-category class at {@code month} (booked where booked, else the rule). */
  public static Query category(
      YearMonth month, SegmentFilter filter, FiveCategory category, FiveCategoryRule rule) {
    return new Query(month, filter, new RowTest.Category(category.ordinal(), edges(rule)));
  }

  /** The loans behind PAR30 at {@code month}: 30 or more days past due. */
  public static Query par30(YearMonth month, SegmentFilter filter) {
    return new Query(month, filter, new RowTest.PastDue(30));
  }

  /** The loans behind the NPL ratio at {@code month}: substandard, doubtful and loss. */
  public static Query nonPerforming(YearMonth month, SegmentFilter filter, FiveCategoryRule rule) {
    return new Query(month, filter, new RowTest.NonPerforming(edges(rule)));
  }

  /** The loans of one segment of {@code dimension} at {@code month}, within {@code filter}. */
  public static Query segment(
      YearMonth month, SegmentFilter filter, Dimension dimension, String segment) {
    Map<Dimension, Set<String>> allowed = new EnumMap<>(Dimension.class);
    allowed.putAll(filter.allowed());
    Set<String> values = new LinkedHashSet<>();
    if (!allowed.containsKey(dimension) || allowed.get(dimension).contains(segment)) {
      values.add(segment); // a segment the filter leaves out has no loan in scope
    }
    allowed.put(dimension, values);
    return new Query(month, new SegmentFilter(allowed), new RowTest.Active());
  }

  /** The rule's last special-mention, substandard and doubtful days. */
  private static List<Integer> edges(FiveCategoryRule rule) {
    return java.util.Arrays.stream(DatabaseRegulator.edges(rule)).boxed().toList();
  }

  /**
   * The page of {@code query} after {@code after} (a page's {@link Page#next}; empty for the
   * first): at most {@code limit} loans.
   */
  public static Page page(LoanPages pages, Query query, Optional<String> after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a page holds at least one loan, got " + limit);
    }
    List<String> ids =
        pages.active(
            DatabaseEngine.scope(query.month(), query.filter()),
            query.month(),
            query.test(),
            after,
            limit + 1);
    boolean more = ids.size() > limit;
    List<String> shown = more ? ids.subList(0, limit) : ids;
    List<LoanListing.LoanLine> lines = new ArrayList<>();
    for (LoanPages.Line l : pages.lines(shown, query.month())) {
      lines.add(
          new LoanListing.LoanLine(
              -1,
              l.loanId(),
              l.borrowerId(),
              l.product(),
              l.channel(),
              l.riskGrade(),
              l.originated(),
              l.principalCents(),
              l.interestRate(),
              l.status().map(LoanStatus::valueOf),
              l.balanceCents(),
              l.daysPastDue()));
    }
    return new Page(lines, more ? Optional.of(shown.get(shown.size() - 1)) : Optional.empty());
  }

  /** Every month end of one loan, oldest first. */
  public static List<LoanListing.MonthLine> history(LoanPages pages, String loanId) {
    return pages.history(loanId).stream()
        .map(
            m ->
                new LoanListing.MonthLine(
                    m.month(),
                    m.balanceCents(),
                    m.daysPastDue(),
                    LoanStatus.valueOf(m.status()),
                    m.chargeOffCents(),
                    m.recoveryCents()))
        .toList();
  }
}
