package com.riskworkbench.ui;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.portfolio.tape.ImportSummary;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.service.PortfolioOverview;
import com.riskworkbench.service.PortfolioService;
import com.riskworkbench.ui.common.BackgroundRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fixtures of the UI tests: a small hand-built book whose figures are worked out below, a fake
 * portfolio service that serves it, and a runner that holds tasks until the test runs them.
 *
 * <p>The small book ("Spring book", CNY), months 2025-01 to 2025-03, amounts in yuan:
 *
 * <pre>
 * borrower  type              region    industry       credit score
 * B1        INDIVIDUAL        Zhejiang  Retail         700
 * B2        MICRO_ENTERPRISE  Jiangsu   Manufacturing  600
 * B3        INDIVIDUAL        Jiangsu   Retail         650
 *
 * loan borrower product        channel    grade originated  principal   2025-01        2025-02          2025-03
 * L1   B1       Credit loan    Online     A     2025-01-10  100,000.00  100,000.00 /0  90,000.00 /0     80,000.00 /0
 * L2   B2       Business loan  Partner B  C     2025-01-20  200,000.00  200,000.00 /0  195,000.00 /15   195,000.00 /45
 * L3   B3       Credit loan    Partner B  B     2025-02-05   50,000.00  —              50,000.00 /0     48,000.00 /0
 * L4   B1       Credit loan    Online     B     2025-01-15   30,000.00  30,000.00 /0   paid off         —
 * </pre>
 *
 * (balance / days past due). At 2025-03: 3 ACTIVE loans, outstanding 323,000.00; PAR30 = L2 =
 * 195,000.00 / 323,000.00 = 60.37 %; by channel Online 80,000.00 (24.77 %), Partner B 243,000.00
 * (75.23 %). At 2025-02: 3 ACTIVE loans (L1, L2, L3), outstanding 335,000.00, PAR30 0.
 */
public final class TestWorkbench {
  private TestWorkbench() {}

  public static final String FILE = "/data/spring-book.mv.db";

  public static LoadedPortfolio smallBook() {
    PortfolioBuilder b = new PortfolioBuilder();
    b.meta("name", "Spring book");
    b.meta("currency", "CNY");
    int day = (int) LocalDate.parse("1990-05-01").toEpochDay();
    b.score(b.addBorrower("B1", BorrowerType.INDIVIDUAL, day, "Zhejiang", "Retail"), 700);
    b.score(
        b.addBorrower(
            "B2",
            BorrowerType.MICRO_ENTERPRISE,
            LoadedPortfolio.NO_DATE,
            "Jiangsu",
            "Manufacturing"),
        600);
    b.score(b.addBorrower("B3", BorrowerType.INDIVIDUAL, day, "Jiangsu", "Retail"), 650);
    int l1 =
        b.addLoan(
            "L1",
            "B1",
            "Credit loan",
            "Online",
            "A",
            LocalDate.parse("2025-01-10"),
            10_000_000,
            0.12);
    int l2 =
        b.addLoan(
            "L2",
            "B2",
            "Business loan",
            "Partner B",
            "C",
            LocalDate.parse("2025-01-20"),
            20_000_000,
            0.15);
    int l3 =
        b.addLoan(
            "L3",
            "B3",
            "Credit loan",
            "Partner B",
            "B",
            LocalDate.parse("2025-02-05"),
            5_000_000,
            0.18);
    int l4 =
        b.addLoan(
            "L4",
            "B1",
            "Credit loan",
            "Online",
            "B",
            LocalDate.parse("2025-01-15"),
            3_000_000,
            0.18);
    int jan = Months.ordinal(YearMonth.of(2025, 1));
    active(b, l1, jan, 10_000_000, 0);
    active(b, l1, jan + 1, 9_000_000, 0);
    active(b, l1, jan + 2, 8_000_000, 0);
    active(b, l2, jan, 20_000_000, 0);
    active(b, l2, jan + 1, 19_500_000, 15);
    active(b, l2, jan + 2, 19_500_000, 45);
    active(b, l3, jan + 1, 5_000_000, 0);
    active(b, l3, jan + 2, 4_800_000, 0);
    active(b, l4, jan, 3_000_000, 0);
    b.addMonth(l4, jan + 1, 0, 0, LoadedPortfolio.PAID_OFF, 0, 0);
    return b.build();
  }

  private static void active(PortfolioBuilder b, int loan, int month, long balance, int dpd) {
    b.addMonth(loan, month, balance, dpd, LoadedPortfolio.ACTIVE, 0, 0);
  }

  public static OpenedPortfolio opened(LoadedPortfolio book) {
    return new OpenedPortfolio(
        new PortfolioOverview(
            FILE,
            book.name(),
            book.currency(),
            book.lastMonth(),
            book.lastMonth().isPresent()
                ? book.lastMonthOrdinal() - book.firstMonthOrdinal() + 1
                : 0,
            book.loans(),
            0,
            0),
        book);
  }

  /** A service that opens the given book from any path; imports fail unless overridden. */
  public static class FakeService implements PortfolioService {
    public final List<Path> openedPaths = new ArrayList<>();
    private final OpenedPortfolio book;

    public FakeService(OpenedPortfolio book) {
      this.book = book;
    }

    @Override
    public OpenedPortfolio openSample(Progress progress) {
      progress.update(1, 2, "Loading the sample portfolio");
      return book;
    }

    @Override
    public OpenedPortfolio open(Path file, Progress progress) throws PortfolioException {
      openedPaths.add(file);
      return book;
    }

    @Override
    public ImportSummary importTape(Path tapeFolder, Path out, Progress progress)
        throws PortfolioException {
      throw new PortfolioException("No imports in this test.");
    }
  }

  /** Holds tasks until the test runs them, so that the busy state can be seen. */
  public static final class HeldRunner implements BackgroundRunner {
    public final List<Task<?>> held = new CopyOnWriteArrayList<>();

    @Override
    public void run(Task<?> task) {
      held.add(task);
    }

    /**
     * Runs the held tasks on the FX thread, and then the tasks their results start, until none is
     * left. A task reports success in a later FX event, so called from the test thread this waits
     * for those events between rounds; called on the FX thread it runs only the tasks held now.
     */
    public void runAll() {
      if (Platform.isFxApplicationThread()) {
        runHeld();
        return;
      }
      for (int round = 0; round < 100; round++) {
        WaitForAsyncUtils.waitForFxEvents();
        if (held.isEmpty()) {
          return;
        }
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(this::runHeld));
      }
      throw new IllegalStateException("tasks keep starting tasks: " + held);
    }

    private void runHeld() {
      while (!held.isEmpty()) {
        held.remove(0).run();
      }
    }
  }
}
