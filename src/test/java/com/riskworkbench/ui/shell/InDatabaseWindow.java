package com.riskworkbench.ui.shell;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.LoanListing;
import com.riskworkbench.analysis.ScorecardResult;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.service.PortfolioOverview;
import com.riskworkbench.service.PortfolioPreview;
import com.riskworkbench.service.UserSettings;
import com.riskworkbench.ui.CasesBook;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.loans.LoansRows.LoanRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * A window on a team database too big to load, for the tests of what it does in the database: a
 * service that answers as the database engine would (the in-memory analyses of a small book, with
 * the filter), lists L001 to L250 behind any figure, and records every question it was asked.
 */
final class InDatabaseWindow {
  static final String URL = "jdbc:postgresql://db.example/risk";

  /** The database's loans behind the figure: L001 to L250, so pages of 100, 100 and 50. */
  static final int BEHIND = 250;

  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  final OpenedPortfolio book = TestWorkbench.opened(TestWorkbench.smallBook());
  final List<DatabaseLoans.Figure> queries = new ArrayList<>();
  final List<Optional<String>> afters = new ArrayList<>();
  final List<String> histories = new ArrayList<>();
  final List<String> inDatabase = new ArrayList<>();
  final List<String> filtered = new ArrayList<>();
  final List<String> packs = new ArrayList<>();
  boolean down;
  MainViewModel model;

  void start(Stage stage) {
    PortfolioOverview o = book.overview();
    PortfolioOverview atServer =
        new PortfolioOverview(
            URL, o.name(), o.currency(), o.asOf(), o.months(), o.loans(), 3, 32_300_000);
    PortfolioPreview preview = new PortfolioPreview(atServer, Map.of(), 25_000_000, true);
    TestWorkbench.FakeService service =
        new TestWorkbench.FakeService(book) {
          @Override
          public OpenedPortfolio openDatabase(
              String url,
              Optional<String> user,
              Optional<char[]> password,
              Progress progress,
              Consumer<PortfolioPreview> early) {
            early.accept(preview);
            return new OpenedPortfolio(atServer, book.book());
          }

          @Override
          public AnalysisResult analyzeInDatabase(
              String location,
              Analyses.Kind kind,
              YearMonth asOf,
              com.riskworkbench.analysis.SegmentFilter filter,
              Analyses.Params params,
              Progress progress) {
            inDatabase.add(
                kind + " " + asOf + " " + params.dimension() + " " + params.window().orElse(-1));
            filtered.add(kind + " " + filter.allowed());
            try {
              // the same loans, with fraud cases
              var loans = kind == Analyses.Kind.FRAUD ? CasesBook.book() : book.book();
              AnalysisResult r =
                  Analyses.run(kind, AnalysisScope.of(loans, Optional.of(asOf), filter), params);
              if (r instanceof ScorecardResult s) {
                // as the database engine's: no book behind it
                return new ScorecardResult(
                    s.asOf(),
                    Optional.empty(),
                    s.params(),
                    s.cohorts(),
                    s.baselineCohorts(),
                    s.cutPoints(),
                    s.baseline());
              }
              return r;
            } catch (RuntimeException e) {
              e.printStackTrace(System.out);
              throw e;
            }
          }

          @Override
          public com.riskworkbench.analysis.DataQualityChecks.Result dataQualityInDatabase(
              String location,
              YearMonth asOf,
              com.riskworkbench.analysis.SegmentFilter filter,
              Progress progress) {
            inDatabase.add("DATA_QUALITY " + asOf);
            filtered.add("DATA_QUALITY " + filter.allowed());
            // the same loans, with a gap in L4's history
            return com.riskworkbench.analysis.DataQualityChecks.run(
                AnalysisScope.of(CasesBook.book(), Optional.of(asOf), filter));
          }

          @Override
          public DatabaseLoans.Page loansInDatabase(
              String location, DatabaseLoans.Figure query, Optional<String> after, int limit)
              throws com.riskworkbench.portfolio.PortfolioException {
            if (down) {
              throw new com.riskworkbench.portfolio.PortfolioException(
                  "Cannot reach the database server at db.example:5432.");
            }
            queries.add(query);
            afters.add(after);
            if (query instanceof DatabaseLoans.Named n) {
              // the named loans, each of the borrower of its number (L1 → B1)
              return new DatabaseLoans.Page(
                  n.loanIds().stream().map(id -> named(id, "B" + id.substring(1))).toList(),
                  Optional.empty());
            }
            int from = after.map(a -> Integer.parseInt(a.substring(1))).orElse(0);
            List<LoanListing.LoanLine> lines = new ArrayList<>();
            for (int i = from + 1; i <= Math.min(BEHIND, from + limit); i++) {
              lines.add(line(i));
            }
            boolean more = from + limit < BEHIND;
            return new DatabaseLoans.Page(
                lines, more ? Optional.of(lines.get(lines.size() - 1).loanId()) : Optional.empty());
          }

          @Override
          public Map<Dimension, List<String>> filterValuesInDatabase(
              String location, List<Dimension> dimensions) {
            Map<Dimension, List<String>> values = new java.util.EnumMap<>(Dimension.class);
            dimensions.forEach(
                d ->
                    values.put(
                        d, com.riskworkbench.service.BookLookup.filterValues(book.book(), d)));
            return values;
          }

          @Override
          public List<LoanListing.MonthLine> historyInDatabase(String location, String loanId) {
            histories.add(loanId);
            return List.of(
                new LoanListing.MonthLine(
                    YearMonth.of(2025, 2), 120_000, 0, LoanStatus.ACTIVE, 0, 0),
                new LoanListing.MonthLine(
                    YearMonth.of(2025, 3), 100_000, 35, LoanStatus.ACTIVE, 0, 0));
          }
        };
    AppContext context =
        new AppContext(
            service,
            (file, out, asOf, filter, progress) -> packs.add(file + " " + asOf + " " + out),
            runner,
            Locale.ENGLISH,
            Desktop.none(),
            UserSettings.inMemory());
    model = context.mainViewModel();
    stage.setScene(new Scene(context.views().load(MainView.class), 1280, 800));
    stage.show();
  }

  static LoanListing.LoanLine named(String loanId, String borrowerId) {
    return new LoanListing.LoanLine(
        -1,
        loanId,
        borrowerId,
        "Credit loan",
        "Online",
        "A",
        LocalDate.of(2025, 1, 10),
        10_000_000,
        0.12,
        Optional.of(LoanStatus.ACTIVE),
        8_000_000,
        0);
  }

  static LoanListing.LoanLine line(int i) {
    return new LoanListing.LoanLine(
        -1,
        String.format("L%03d", i),
        "B" + i,
        "Credit loan",
        "App",
        "A",
        LocalDate.of(2024, 1, 15),
        1_000_000,
        0.12,
        Optional.of(LoanStatus.ACTIVE),
        100_000,
        35);
  }

  /** Opens the team database; its book stays there. */
  void open(FxRobot robot) {
    robot.interact(() -> model.openDatabase(URL, Optional.empty(), Optional.empty()));
    settle(robot);
  }

  void settle(FxRobot robot) {
    do {
      robot.interact(runner::runAll);
    } while (!runner.held.isEmpty());
  }

  @SuppressWarnings("unchecked")
  TableView<LoanRow> pages(FxRobot robot) {
    return robot.lookup("#pagesTable").queryAs(TableView.class);
  }

  String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  boolean disabled(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Button.class).isDisabled();
  }
}
