package com.riskworkbench.analysis.pushdown;

import static com.riskworkbench.analysis.pushdown.PushDownContract.asOf;
import static com.riskworkbench.analysis.pushdown.PushDownContract.assertSameExtras;
import static com.riskworkbench.analysis.pushdown.PushDownContract.assertSameTable;
import static com.riskworkbench.analysis.pushdown.PushDownContract.filter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.ClassificationChecks;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.DatabaseRegulator;
import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.MigrationAnalysis;
import com.riskworkbench.analysis.MigrationResult;
import com.riskworkbench.analysis.NplWalkAnalysis.Component;
import com.riskworkbench.analysis.NplWalkResult;
import com.riskworkbench.analysis.PeriodResult;
import com.riskworkbench.analysis.ReportingMonth;
import com.riskworkbench.analysis.SegmentFilter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The regulator's views the database engine runs — migration, the NPL walk and the classification
 * checks — equal the in-memory ones on every book: every figure, matrix cell and month of the walk
 * to the cent, every ratio to the last bit (the finishing code is shared), for as-of months, start
 * months ({@code --from}), filters and both five-category presets; booked categories are present in
 * the sample and absent from the generated book.
 */
public interface RegulatorPushDown {
  List<PushDownContract.Book> books();

  /**
   * monthsBack as in {@link PushDownContract}; fromBack: the start that many months before the
   * as-of month, -1 for the default (the start of the year, or the first month of the data).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 | -1 |                                     | regulatory-2023
          -1 | 1  |                                     | regulatory-2023
          -1 | 3  |                                     | credit-card
          -1 | 12 | channel=Partner A,Own app           | regulatory-2023
          5  | -1 | age_band=<25,55+,unknown            | regulatory-2023
          -1 | 6  | funding_partner=(own),Bank Hua      | credit-card
          -1 | 9  | group=(none);risk_grade=C,D,E       | regulatory-2023
          8  | 2  | product=Credit loan                 | regulatory-2023
          -1 | 4  | product=No such product             | regulatory-2023
          14 | 10 | borrower_type=INDIVIDUAL            | credit-card
          """)
  default void migrationEqualsTheInMemoryMatrix(
      int monthsBack, int fromBack, String filters, String rule) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      Analyses.Params p = params(b, asOf, fromBack, rule);
      if (p.from().isPresent() && p.from().get().isBefore(b.memory().firstMonth().orElseThrow())) {
        continue; // a start before this book's data: the refusal's case, tested below
      }
      String where = b.name() + " as of " + asOf + " from " + p.from() + " " + filters + " " + rule;
      MigrationResult memory =
          (MigrationResult) memory(b, Analyses.Kind.MIGRATION, asOf, filter, p);
      MigrationResult database =
          (MigrationResult) b.database().run(Analyses.Kind.MIGRATION, asOf, filter, p);
      for (FiveCategory c : FiveCategory.values()) {
        for (int s = 0; s < MigrationAnalysis.STATES; s++) {
          assertThat(
                  new long[] {
                    database.loans(c, s), database.startCents(c, s), database.endCents(c, s)
                  })
              .as(where + " " + c + "→" + MigrationResult.stateName(s))
              .containsExactly(memory.loans(c, s), memory.startCents(c, s), memory.endCents(c, s));
        }
      }
      assertThat(database.keptCents()).as(where).containsExactly(memory.keptCents());
      assertSameTable(database.rows(), memory.rows(), where);
      assertSameExtras(database.extras(), memory.extras(), where);
    }
  }

  /** The walk's components and every month of it, with the loans behind each component. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 | -1 |                                     | regulatory-2023
          -1 | 1  |                                     | regulatory-2023
          -1 | 6  |                                     | credit-card
          -1 | 23 |                                     | regulatory-2023
          3  | 12 | channel=Partner B                   | regulatory-2023
          -1 | 9  | age_band=25-34,35-44                | credit-card
          -1 | 12 | funding_partner=(own);group=(none)  | regulatory-2023
          7  | -1 | region=Henan;risk_grade=D,E         | regulatory-2023
          -1 | 5  | product=No such product             | regulatory-2023
          """)
  default void nplWalkEqualsTheInMemoryWalk(
      int monthsBack, int fromBack, String filters, String rule) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      Analyses.Params p = params(b, asOf, fromBack, rule);
      if (p.from().isPresent() && p.from().get().isBefore(b.memory().firstMonth().orElseThrow())) {
        continue; // a start before this book's data: the refusal's case, tested below
      }
      String where = b.name() + " as of " + asOf + " from " + p.from() + " " + filters + " " + rule;
      NplWalkResult memory = (NplWalkResult) memory(b, Analyses.Kind.NPL_WALK, asOf, filter, p);
      NplWalkResult database =
          (NplWalkResult) b.database().run(Analyses.Kind.NPL_WALK, asOf, filter, p);
      assertThat(database.byMonth()).as(where).isDeepEqualTo(memory.byMonth());
      assertThat(database.componentLoans()).as(where).containsExactly(memory.componentLoans());
      assertSameTable(database.rows(), memory.rows(), where);
      assertSameExtras(database.extras(), memory.extras(), where);
    }
  }

  /** monthsBack as in {@link PushDownContract}: 99 for the book's first month. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                                     | regulatory-2023
          -1 |                                     | credit-card
          4  | channel=Partner A                   | regulatory-2023
          -1 | age_band=<25,25-34                  | credit-card
          12 | funding_partner=Bank Hua,(own)      | regulatory-2023
          -1 | group=(none);borrower_type=INDIVIDUAL | regulatory-2023
          99 |                                     | regulatory-2023
          -1 | product=No such product             | regulatory-2023
          """)
  default void classificationEqualsTheInMemoryChecks(int monthsBack, String filters, String rule) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      Analyses.Params p =
          Analyses.Params.defaults().withFiveCategory(FiveCategoryRule.preset(rule));
      String where = b.name() + " as of " + asOf + " " + filters + " " + rule;
      ClassificationChecks.Result memory =
          (ClassificationChecks.Result) memory(b, Analyses.Kind.CLASSIFICATION, asOf, filter, p);
      ClassificationChecks.Result database =
          (ClassificationChecks.Result)
              b.database().run(Analyses.Kind.CLASSIFICATION, asOf, filter, p);
      assertThat(database.available()).as(where).isEqualTo(memory.available());
      assertSameTable(database.rows(), memory.rows(), where);
      assertSameTable(database.bookedVersusRule(), memory.bookedVersusRule(), where);
      assertSameExtras(database.extras(), memory.extras(), where);
    }
  }

  /**
   * A start at or after the as-of month, or before the data, is refused by both engines with the
   * same one-line reason (the CLI's exit 2).
   */
  @ParameterizedTest
  @CsvSource({"MIGRATION, 0", "MIGRATION, -2", "NPL_WALK, 0", "NPL_WALK, 400"})
  default void aStartOutsideThePeriodIsRefusedAlike(String kind, int fromBack) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, -1);
      Analyses.Params p = params(b, asOf, fromBack, "regulatory-2023");
      Analyses.Kind k = Analyses.Kind.valueOf(kind);
      Throwable memory = catchThrowable(() -> memory(b, k, asOf, SegmentFilter.NONE, p));
      assertThat(memory).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> b.database().run(k, asOf, SegmentFilter.NONE, p))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(memory.getMessage());
    }
  }

  /**
   * Every loan of a migration cell, page by page after the last one of the previous page (pages of
   * 7, so that most cells take several), is the in-memory cell's list, by loan id.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 | -1 |                            | NORMAL          | 0
          -1 | -1 |                            | NORMAL          | 1
          -1 | 6  |                            | NORMAL          | 5
          -1 | 6  | channel=Partner A,Own app  | SPECIAL_MENTION | 2
          4  | 9  |                            | SPECIAL_MENTION | 6
          -1 | 12 | funding_partner=(own)      | NORMAL          | 7
          -1 | 3  |                            | SUBSTANDARD     | 6
          """)
  default void migrationPagesListTheLoansOfACell(
      int monthsBack, int fromBack, String filters, String category, int state) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      Analyses.Params p = params(b, asOf, fromBack, "regulatory-2023");
      if (p.from().isPresent() && p.from().get().isBefore(b.memory().firstMonth().orElseThrow())) {
        continue;
      }
      FiveCategory c = FiveCategory.valueOf(category);
      MigrationResult memory =
          (MigrationResult) memory(b, Analyses.Kind.MIGRATION, asOf, filter, p);
      DatabaseRegulator database = new DatabaseRegulator(b.database());
      List<String> paged =
          pageAll(
              (after, n) ->
                  database.migrationPage(
                      asOf, filter, p.fiveCategory(), p.from(), c, state, after, n));
      assertThat(paged)
          .as(b.name() + " " + c + "→" + MigrationResult.stateName(state))
          .isEqualTo(ids(b, memory.loansIn(c, state)));
    }
  }

  /** Every loan behind each component of the walk, page by page, as the in-memory walk lists it. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 | -1 |
          -1 | 12 | channel=Partner B
          5  | 9  | age_band=25-34,35-44
          -1 | 23 | group=(none)
          """)
  default void nplWalkPagesListTheLoansBehindEachComponent(
      int monthsBack, int fromBack, String filters) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      Analyses.Params p = params(b, asOf, fromBack, "regulatory-2023");
      if (p.from().isPresent() && p.from().get().isBefore(b.memory().firstMonth().orElseThrow())) {
        continue;
      }
      NplWalkResult memory = (NplWalkResult) memory(b, Analyses.Kind.NPL_WALK, asOf, filter, p);
      DatabaseRegulator database = new DatabaseRegulator(b.database());
      for (Component c : Component.values()) {
        List<String> paged =
            pageAll(
                (after, n) ->
                    database.nplWalkPage(asOf, filter, p.fiveCategory(), p.from(), c, after, n));
        assertThat(paged)
            .as(b.name() + " " + filters + " " + c)
            .isEqualTo(ids(b, memory.loansBehind(c)));
      }
    }
  }

  /** The under-classified loans, page by page, as the in-memory checks list them. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                   | regulatory-2023
          -1 |                   | credit-card
          6  | channel=Partner A | regulatory-2023
          99 |                   | credit-card
          """)
  default void underClassifiedPagesListTheInMemoryLoans(
      int monthsBack, String filters, String rule) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      FiveCategoryRule r = FiveCategoryRule.preset(rule);
      AnalysisScope scope = AnalysisScope.of(b.memory(), asOf, filter);
      ClassificationChecks.Result memory = ClassificationChecks.run(scope, r);
      DatabaseRegulator database = new DatabaseRegulator(b.database());
      List<String> paged =
          pageAll((after, n) -> database.underClassifiedPage(asOf, filter, r, after, n));
      assertThat(paged)
          .as(b.name() + " " + filters + " " + rule)
          .isEqualTo(ids(b, memory.loansUnderClassified(scope)));
    }
  }

  /**
   * The figures the window lists by query — each migration rate (its cells' pages merged), each
   * component of the walk, each booked × rule cell and each period figure at the as-of month — page
   * through {@link DatabaseLoans#page} to the in-memory loans.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 | 3  |                          | regulatory-2023
          4  | 9  | channel=Partner A        | credit-card
          -1 | 12 | age_band=25-34,35-44     | credit-card
          """)
  default void windowFiguresPageTheInMemoryLoans(
      int monthsBack, int fromBack, String filters, String rule) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      YearMonth end = asOf.orElseGet(() -> b.memory().lastMonth().orElseThrow());
      SegmentFilter filter = filter(filters);
      Analyses.Params p = params(b, asOf, fromBack, rule);
      YearMonth from = p.from().orElseThrow();
      if (from.isBefore(b.memory().firstMonth().orElseThrow())) {
        continue;
      }
      FiveCategoryRule r = p.fiveCategory();
      String as = b.name() + " " + end + " from " + from + " " + filters + " " + rule;
      MigrationResult migration =
          (MigrationResult) memory(b, Analyses.Kind.MIGRATION, asOf, filter, p);
      int listed = 0;
      for (MigrationAnalysis.Rate rate : MigrationAnalysis.Rate.values()) {
        List<String> expected = ids(b, migration.loansBehind(rate));
        listed += expected.size();
        assertThat(
                paged(
                    b,
                    new DatabaseLoans.Regulator(
                        end, filter, r, from, new DatabaseLoans.Behind.MigrationRate(rate), end)))
            .as(as + " " + rate)
            .isEqualTo(expected);
      }
      NplWalkResult walk = (NplWalkResult) memory(b, Analyses.Kind.NPL_WALK, asOf, filter, p);
      for (Component c : Component.values()) {
        assertThat(
                paged(
                    b,
                    new DatabaseLoans.Regulator(
                        end, filter, r, from, new DatabaseLoans.Behind.NplWalk(c), end)))
            .as(as + " " + c)
            .isEqualTo(ids(b, walk.loansBehind(c)));
      }
      AnalysisScope scope = AnalysisScope.of(b.memory(), Optional.of(end), filter);
      ClassificationChecks.Result checks = ClassificationChecks.run(scope, r);
      for (FiveCategory booked : FiveCategory.values()) {
        for (FiveCategory byRule : FiveCategory.values()) {
          List<String> expected = ids(b, checks.loansIn(scope, booked, byRule));
          listed += expected.size();
          assertThat(paged(b, DatabaseLoans.booked(end, filter, booked, byRule, r)))
              .as(as + " booked " + booked + " by rule " + byRule)
              .isEqualTo(expected);
        }
      }
      PeriodResult period = (PeriodResult) memory(b, Analyses.Kind.PERIOD, asOf, filter, p);
      for (ReportingMonth column : ReportingMonth.values()) {
        if (period.figures(column).isEmpty()) {
          continue;
        }
        YearMonth month = period.month(column);
        for (PeriodResult.Figure f : PeriodResult.Figure.values()) {
          assertThat(paged(b, DatabaseLoans.period(end, month, filter, f, r)))
              .as(as + " " + f + " in the column of " + month)
              .isEqualTo(ids(b, period.loansBehind(scope, f, column)));
        }
      }
      assertThat(listed).as(as + " loans listed by the rates and booked cells").isPositive();
    }
  }

  /** Every page of 7 of a figure through {@link DatabaseLoans#page}. */
  private static List<String> paged(PushDownContract.Book b, DatabaseLoans.Figure figure) {
    return pageAll(
        (after, n) ->
            DatabaseLoans.page(b.pages(), b.database(), figure, after, n).lines().stream()
                .map(l -> l.loanId())
                .toList());
  }

  /** Pages of 7 after the last loan of the previous page, until a short page. */
  private static List<String> pageAll(BiFunction<Optional<String>, Integer, List<String>> page) {
    List<String> all = new ArrayList<>();
    Optional<String> after = Optional.empty();
    while (true) {
      List<String> p = page.apply(after, 7);
      all.addAll(p);
      if (p.size() < 7) {
        return all;
      }
      after = Optional.of(p.get(p.size() - 1));
    }
  }

  /** The ids of loans (book indexes), sorted as the database pages them. */
  private static List<String> ids(PushDownContract.Book b, int[] loans) {
    List<String> ids = new ArrayList<>();
    for (int l : loans) {
      ids.add(b.memory().loanIds()[l]);
    }
    Collections.sort(ids);
    return ids;
  }

  private static Analyses.Params params(
      PushDownContract.Book b, Optional<YearMonth> asOf, int fromBack, String rule) {
    YearMonth end = asOf.orElseGet(() -> b.memory().lastMonth().orElseThrow());
    return Analyses.Params.defaults()
        .withFiveCategory(FiveCategoryRule.preset(rule))
        .withFrom(fromBack == -1 ? Optional.empty() : Optional.of(start(end, fromBack)));
  }

  /** fromBack months before {@code end}; -2 for a month after it. */
  private static YearMonth start(YearMonth end, int fromBack) {
    return fromBack == -2 ? end.plusMonths(1) : end.minusMonths(fromBack);
  }

  private static AnalysisResult memory(
      PushDownContract.Book b,
      Analyses.Kind kind,
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      Analyses.Params p) {
    return Analyses.run(kind, AnalysisScope.of(b.memory(), asOf, filter), p);
  }
}
