package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.pushdown.HistoryCheck;
import com.riskworkbench.portfolio.store.pushdown.LoanPages;
import com.riskworkbench.portfolio.store.pushdown.LoanPages.RowTest;
import com.riskworkbench.portfolio.store.pushdown.TransitionRef;
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

  /** A figure whose loans are listed: each is shown at {@link #month()}. */
  public sealed interface Figure
      permits Query, Earlier, Named, Originated, CheckLoans, RollRateCell, VintageCell, Regulator {
    /** The month the loans' lines are shown at. */
    YearMonth month();
  }

  /**
   * The loans behind one figure: ACTIVE at {@code month}, in {@code filter}, passing {@code test}.
   */
  public record Query(YearMonth month, SegmentFilter filter, RowTest test) implements Figure {}

  /**
   * The loans of the scope at {@code asOf} whose row at {@code month}, an earlier month, passes
   * {@code test}: a column of the period comparison, or with {@link RowTest.AnyRow} a month's loan
   * rows ({@link DataQualityChecks.Result#loansWithRowIn}).
   */
  public record Earlier(YearMonth asOf, SegmentFilter filter, YearMonth month, RowTest test)
      implements Figure {}

  /**
   * The loans of {@code loanIds} (as fraud cases name them), by loan id, shown at {@code month}; an
   * id the database does not hold is left out.
   */
  public record Named(YearMonth month, List<String> loanIds) implements Figure {
    public Named {
      loanIds = loanIds.stream().sorted().distinct().toList();
    }
  }

  /**
   * The loans of the scope at {@code asOf} originated in one of {@code cohorts}: with {@code
   * scored} only those whose borrower has a credit score, above {@code above} and at most {@code
   * atMost} where given ({@link ScorecardResult#loansBehind}); without, every one (a vintage cohort
   * the early warnings flag).
   */
  public record Originated(
      YearMonth asOf,
      SegmentFilter filter,
      List<YearMonth> cohorts,
      boolean scored,
      Optional<Integer> above,
      Optional<Integer> atMost)
      implements Figure {
    public Originated {
      cohorts = List.copyOf(cohorts);
      if (!scored && (above.isPresent() || atMost.isPresent())) {
        throw new IllegalArgumentException("score bounds apply to scored loans only");
      }
    }

    @Override
    public YearMonth month() {
      return asOf;
    }
  }

  /** Every loan of the scope at {@code asOf} originated in {@code cohort}. */
  public static Originated cohort(YearMonth asOf, SegmentFilter filter, YearMonth cohort) {
    return new Originated(asOf, filter, List.of(cohort), false, Optional.empty(), Optional.empty());
  }

  /** The scored loans of the scope at {@code asOf} originated in {@code cohort}. */
  public static Originated scoredCohort(YearMonth asOf, SegmentFilter filter, YearMonth cohort) {
    return new Originated(asOf, filter, List.of(cohort), true, Optional.empty(), Optional.empty());
  }

  /**
   * The loans behind a cohort ({@code YYYY-MM}, or {@link ScorecardResult#BASELINE}) of a scorecard
   * result, in score decile {@code decile} (1 to 10, or {@link ScorecardResult#ALL_DECILES}).
   */
  public static Originated scored(
      ScorecardResult r, SegmentFilter filter, String cohort, int decile) {
    if (decile < ScorecardResult.ALL_DECILES || decile > ScorecardResult.DECILES) {
      throw new IllegalArgumentException("decile must be 0 (all) to 10, got " + decile);
    }
    List<String> labels =
        ScorecardResult.BASELINE.equals(cohort)
            ? r.baselineCohorts()
            : r.cohort(cohort).map(c -> List.of(c.cohort())).orElse(List.of());
    List<YearMonth> months = labels.stream().map(YearMonth::parse).toList();
    List<Integer> cuts = r.cutPoints();
    int i = decile - 1; // the number of cut points below the decile's scores
    Optional<Integer> above =
        decile == ScorecardResult.ALL_DECILES || i < 1 || cuts.isEmpty()
            ? Optional.empty()
            : Optional.of(cuts.get(i - 1));
    Optional<Integer> atMost =
        decile == ScorecardResult.ALL_DECILES || i >= cuts.size()
            ? Optional.empty()
            : Optional.of(cuts.get(i));
    return new Originated(r.asOf(), filter, months, true, above, atMost);
  }

  /**
   * The loans a data-quality check finds in the scope at {@code asOf} ({@link
   * DataQualityChecks.Finding#loans}).
   */
  public record CheckLoans(YearMonth asOf, SegmentFilter filter, DataQualityChecks.Check check)
      implements Figure {
    @Override
    public YearMonth month() {
      return asOf;
    }
  }

  /** The loans of the scope at {@code asOf} with a row at {@code month}, whatever its status. */
  public static Earlier monthRows(YearMonth asOf, SegmentFilter filter, YearMonth month) {
    return new Earlier(asOf, filter, month, new RowTest.AnyRow());
  }

  /**
   * The distinct loans behind a roll-rate cell ({@link RollRateResult#distinctLoansBehind}): the
   * matrix at {@code asOf} over {@code window} months, shown at {@code month}, the window's last.
   */
  public record RollRateCell(
      YearMonth asOf,
      SegmentFilter filter,
      DelinquencyBuckets buckets,
      int window,
      String from,
      String to,
      YearMonth month)
      implements Figure {}

  /**
   * The loans behind a vintage cell ({@link VintageResult#loansBehind}, or with {@code chargeOffs}
   * {@link VintageResult#chargeOffLoansBehind}) of the grid at {@code month}: the cohort dated
   * {@code cohortMonth}, bad (or charged off) by MOB {@code mob}.
   */
  public record VintageCell(
      YearMonth month,
      SegmentFilter filter,
      VintageParams params,
      YearMonth cohortMonth,
      int mob,
      boolean chargeOffs)
      implements Figure {}

  /**
   * The loans behind a figure of the regulator's views over the period from {@code from} to {@code
   * asOf} ({@link DatabaseRegulator}): a migration cell or rate, an NPL-walk component, or the
   * under-classified loans at {@code asOf}; shown at {@code month}.
   */
  public record Regulator(
      YearMonth asOf,
      SegmentFilter filter,
      FiveCategoryRule rule,
      YearMonth from,
      Behind behind,
      YearMonth month)
      implements Figure {}

  /** Which loans of the period a {@link Regulator} figure lists. */
  public sealed interface Behind {
    /** Category {@code from} at the start, state {@code state} at the end. */
    record MigrationCell(FiveCategory from, int state) implements Behind {}

    /** A migration rate's numerator: from one of its categories to a worse state. */
    record MigrationRate(MigrationAnalysis.Rate rate) implements Behind {}

    /** A component of the NPL walk. */
    record NplWalk(NplWalkAnalysis.Component component) implements Behind {}

    /** Booked in a better category than the rule's at {@code asOf}. */
    record UnderClassified() implements Behind {}
  }

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

  /**
   * The loans in impairment stage {@code stage} (1, 2 or 3) at {@code month}, as {@link Stages#of}
   * with {@code thresholds} and {@code rule} stages them.
   */
  public static Query stage(
      YearMonth month,
      SegmentFilter filter,
      int stage,
      StageThresholds thresholds,
      FiveCategoryRule rule) {
    if (stage < 1 || stage > 3) {
      throw new IllegalArgumentException("a stage is 1, 2 or 3, got " + stage);
    }
    return new Query(
        month,
        filter,
        new RowTest.Stage(stage, thresholds.stage2Dpd(), thresholds.stage3Dpd(), edges(rule)));
  }

  /**
   * The loans booked in category {@code booked} that the rule alone puts in {@code byRule} at
   * {@code month} ({@link ClassificationChecks.Result#loansIn}).
   */
  public static Query booked(
      YearMonth month,
      SegmentFilter filter,
      FiveCategory booked,
      FiveCategory byRule,
      FiveCategoryRule rule) {
    return new Query(
        month, filter, new RowTest.Booked(booked.ordinal(), byRule.ordinal(), edges(rule)));
  }

  /**
   * The loans behind a period figure in the column of {@code month} of the comparison at {@code
   * asOf} ({@link PeriodResult#loansBehind}: the loans of the as-of month's scope in every column):
   * PAR30, more than 90 days past due, non-performing, special mention, or every ACTIVE loan.
   */
  public static Figure period(
      YearMonth asOf,
      YearMonth month,
      SegmentFilter filter,
      PeriodResult.Figure figure,
      FiveCategoryRule rule) {
    Query q =
        switch (figure) {
          case PAR30_RATIO -> par30(month, filter);
          case DPD90_TO_NPL ->
              new Query(month, filter, new RowTest.PastDue(PeriodAnalysis.DPD_90 + 1));
          case NPL_BALANCE, NPL_RATIO -> nonPerforming(month, filter, rule);
          case SPECIAL_MENTION_SHARE -> category(month, filter, FiveCategory.SPECIAL_MENTION, rule);
          default -> all(month, filter);
        };
    return month.equals(asOf) ? q : new Earlier(asOf, filter, month, q.test());
  }

  /** The loans of one segment of {@code dimension} at {@code month}, within {@code filter}. */
  public static Query segment(
      YearMonth month, SegmentFilter filter, Dimension dimension, String segment) {
    return segments(month, filter, dimension, List.of(segment));
  }

  /**
   * The loans of any of {@code segments} of {@code dimension} at {@code month}, within {@code
   * filter} (a segment the filter leaves out has no loan in scope).
   */
  public static Query segments(
      YearMonth month, SegmentFilter filter, Dimension dimension, List<String> segments) {
    Map<Dimension, Set<String>> allowed = new EnumMap<>(Dimension.class);
    allowed.putAll(filter.allowed());
    Set<String> values = new LinkedHashSet<>();
    for (String segment : segments) {
      if (!allowed.containsKey(dimension) || allowed.get(dimension).contains(segment)) {
        values.add(segment);
      }
    }
    allowed.put(dimension, values);
    return new Query(month, new SegmentFilter(allowed), new RowTest.Active());
  }

  /** The rule's last special-mention, substandard and doubtful days. */
  private static List<Integer> edges(FiveCategoryRule rule) {
    return java.util.Arrays.stream(DatabaseRegulator.edges(rule)).boxed().toList();
  }

  /**
   * The page of {@code figure} after {@code after} (a page's {@link Page#next}; empty for the
   * first): at most {@code limit} loans, by loan id, with their lines at the figure's month.
   */
  public static Page page(
      LoanPages pages, DatabaseEngine engine, Figure figure, Optional<String> after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a page holds at least one loan, got " + limit);
    }
    List<String> ids;
    if (figure instanceof Query q) {
      ids =
          pages.active(
              DatabaseEngine.scope(q.month(), q.filter()), q.month(), q.test(), after, limit + 1);
    } else if (figure instanceof Earlier e) {
      ids =
          pages.active(
              DatabaseEngine.scope(e.asOf(), e.filter()), e.month(), e.test(), after, limit + 1);
    } else if (figure instanceof Named n) {
      // in the list's own order (by id, as Java compares), the ids the database holds
      ids =
          pages.existing(
              n.loanIds().stream()
                  .filter(id -> after.map(a -> id.compareTo(a) > 0).orElse(true))
                  .toList(),
              limit + 1);
    } else if (figure instanceof Originated c) {
      ids =
          pages.originated(
              DatabaseEngine.scope(c.asOf(), c.filter()),
              c.cohorts(),
              c.scored(),
              c.above(),
              c.atMost(),
              after,
              limit + 1);
    } else if (figure instanceof CheckLoans c) {
      TransitionWindow w = engine.window(Optional.of(c.asOf()), 0);
      ids =
          pages.check(
              DatabaseEngine.scope(c.asOf(), c.filter()),
              c.asOf(),
              w.isEmpty() ? Optional.empty() : Optional.of(Months.of(w.first())),
              HistoryCheck.valueOf(c.check().name()),
              after,
              limit + 1);
    } else if (figure instanceof Regulator r) {
      ids = regulatorLoans(new DatabaseRegulator(engine), r, after, limit + 1);
    } else if (figure instanceof RollRateCell c) {
      ids = rollRateLoans(engine, c, after, limit + 1);
    } else {
      VintageCell v = (VintageCell) figure;
      ids =
          DatabaseVintage.page(
              engine,
              Optional.of(v.month()),
              v.filter(),
              v.params(),
              v.cohortMonth(),
              v.mob(),
              v.chargeOffs(),
              after,
              limit + 1);
    }
    boolean more = ids.size() > limit;
    List<String> shown = more ? ids.subList(0, limit) : ids;
    List<LoanListing.LoanLine> lines =
        pages.lines(shown, figure.month()).stream().map(DatabaseLoans::line).toList();
    return new Page(lines, more ? Optional.of(shown.get(shown.size() - 1)) : Optional.empty());
  }

  /** A loan's line from the database as the in-memory listing's, without a book index (-1). */
  public static LoanListing.LoanLine line(LoanPages.Line l) {
    return new LoanListing.LoanLine(
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
        l.daysPastDue());
  }

  /**
   * Up to {@code n} distinct loans behind a roll-rate cell after loan {@code after}: the cell's
   * transitions a page at a time (a loan may move the same way in several months of the window),
   * until {@code n} loans or the last transition.
   */
  private static List<String> rollRateLoans(
      DatabaseEngine engine, RollRateCell c, Optional<String> after, int n) {
    List<String> loans = new ArrayList<>();
    // after the last month of a loan: the first transition of the next loan
    Optional<TransitionRef> from = after.map(id -> new TransitionRef(id, YearMonth.of(9999, 12)));
    int chunk = Math.max(n, 64) * 4;
    while (loans.size() < n) {
      List<TransitionRef> refs =
          engine.rollRatePage(
              Optional.of(c.asOf()),
              c.filter(),
              c.buckets(),
              c.window(),
              c.from(),
              c.to(),
              from,
              chunk);
      for (TransitionRef r : refs) {
        if ((loans.isEmpty() || !loans.get(loans.size() - 1).equals(r.loanId()))
            && loans.size() < n) {
          loans.add(r.loanId());
        }
      }
      if (refs.size() < chunk) {
        break;
      }
      from = Optional.of(refs.get(refs.size() - 1));
    }
    return loans;
  }

  /**
   * Up to {@code n} loans behind a regulator's figure after loan {@code after}. A rate's cells hold
   * different loans (a loan has one category at the start and one state at the end), so its page is
   * the first {@code n} of its cells' pages merged.
   */
  private static List<String> regulatorLoans(
      DatabaseRegulator regulator, Regulator r, Optional<String> after, int n) {
    Optional<YearMonth> asOf = Optional.of(r.asOf());
    Optional<YearMonth> from = Optional.of(r.from());
    Behind b = r.behind();
    if (b instanceof Behind.MigrationCell c) {
      return regulator.migrationPage(
          asOf, r.filter(), r.rule(), from, c.from(), c.state(), after, n);
    }
    if (b instanceof Behind.NplWalk w) {
      return regulator.nplWalkPage(asOf, r.filter(), r.rule(), from, w.component(), after, n);
    }
    if (b instanceof Behind.UnderClassified) {
      return regulator.underClassifiedPage(asOf, r.filter(), r.rule(), after, n);
    }
    MigrationAnalysis.Rate rate = ((Behind.MigrationRate) b).rate();
    return regulator.ratePage(asOf, r.filter(), r.rule(), from, rate, after, n);
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
