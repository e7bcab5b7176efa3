package com.riskworkbench.ui;

import com.riskworkbench.portfolio.ActionOutcome;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.service.BorrowerIdentity;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.service.PortfolioOverview;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small book with fraud cases, collection actions and data-quality problems, for the tests of the
 * Fraud, Collections and Data quality screens ("Case book", CNY, months 2025-01 to 2025-03, amounts
 * in yuan):
 *
 * <pre>
 * borrower  type              name / ID number                          birth date
 * B1        INDIVIDUAL        张伟 / 110101199003071236                  1990-03-07
 * B2        MICRO_ENTERPRISE  Hangzhou Trading Ltd / 91330100MA27XY5K3Q  —
 * B3        INDIVIDUAL        李娜 / 320102198805051234                  — (no birth date)
 *
 * loan borrower product        channel    originated  principal   2025-01      2025-02      2025-03
 * L1   B1       Credit loan    Online     2025-01-10  100,000.00  A 100,000/0  A 90,000/0   A 80,000/0
 * L2   B2       Business loan  Partner B  2025-01-20  200,000.00  A 200,000/0  A 195,000/15 A 195,000/45
 * L3   B3       Credit loan    Partner B  2025-02-05   50,000.00  —            A 50,000/0   A 48,000/0
 * L4   B1       Credit loan    Online     2025-01-15   30,000.00  A 30,000/0   —            A 20,000/0
 * </pre>
 *
 * L4 has no row at 2025-02: a gap in its history and one MISSING transition (2025-01 → 2025-02).
 *
 * <p>Fraud cases (exposure / loss / recovered):
 *
 * <pre>
 * F1 L1     2025-02-10 IDENTITY_THEFT   MODEL_ALERT     CONFIRMED 100,000 / 60,000 / 10,000 weak KYC
 * F2 L2     2025-03-05 IDENTITY_THEFT   MODEL_ALERT     CONFIRMED 200,000 / 50,000 /      0 weak KYC
 * F3 L3     2025-03-20 DOCUMENT_FORGERY MANUAL_REVIEW   DISMISSED  50,000 /  5,000 /  1,000 (none)
 * F4 B1     2025-03-25 IDENTITY_THEFT   AUDIT           CONFIRMED  10,000 /  2,000 /      0 weak KYC
 * F5 L1     2025-03-28 DOCUMENT_FORGERY THIRD_PARTY_TIP OPEN      100,000 /      0 /      0 forged payslip
 * </pre>
 *
 * <p>Collection actions on L2: A1 2025-02-10 SMS NO_CONTACT; A2 2025-02-20 CALL PROMISE_TO_PAY; A3
 * 2025-03-05 CALL PAID 5,000.00; A4 2025-03-15 VISIT REFUSED; A5 2025-03-25 CALL CONTACTED.
 */
public final class CasesBook {
  private CasesBook() {}

  public static LoadedPortfolio book() {
    PortfolioBuilder b = new PortfolioBuilder();
    b.meta("name", "Case book");
    b.meta("currency", "CNY");
    b.addBorrower(
        "B1",
        BorrowerType.INDIVIDUAL,
        (int) LocalDate.parse("1990-03-07").toEpochDay(),
        "Zhejiang",
        "Retail");
    b.addBorrower(
        "B2", BorrowerType.MICRO_ENTERPRISE, LoadedPortfolio.NO_DATE, "Jiangsu", "Manufacturing");
    b.addBorrower("B3", BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "Jiangsu", "Retail");
    int l1 = loan(b, "L1", "B1", "Credit loan", "Online", "2025-01-10", 10_000_000);
    int l2 = loan(b, "L2", "B2", "Business loan", "Partner B", "2025-01-20", 20_000_000);
    int l3 = loan(b, "L3", "B3", "Credit loan", "Partner B", "2025-02-05", 5_000_000);
    int l4 = loan(b, "L4", "B1", "Credit loan", "Online", "2025-01-15", 3_000_000);
    active(b, l1, 1, 10_000_000, 0);
    active(b, l1, 2, 9_000_000, 0);
    active(b, l1, 3, 8_000_000, 0);
    active(b, l2, 1, 20_000_000, 0);
    active(b, l2, 2, 19_500_000, 15);
    active(b, l2, 3, 19_500_000, 45);
    active(b, l3, 2, 5_000_000, 0);
    active(b, l3, 3, 4_800_000, 0);
    active(b, l4, 1, 3_000_000, 0);
    active(b, l4, 3, 2_000_000, 0);
    fraud(
        b,
        "F1",
        "L1",
        null,
        "2025-02-10",
        FraudType.IDENTITY_THEFT,
        DetectionChannel.MODEL_ALERT,
        FraudStatus.CONFIRMED,
        10_000_000,
        6_000_000,
        1_000_000,
        "weak KYC");
    fraud(
        b,
        "F2",
        "L2",
        null,
        "2025-03-05",
        FraudType.IDENTITY_THEFT,
        DetectionChannel.MODEL_ALERT,
        FraudStatus.CONFIRMED,
        20_000_000,
        5_000_000,
        0,
        "weak KYC");
    fraud(
        b,
        "F3",
        "L3",
        null,
        "2025-03-20",
        FraudType.DOCUMENT_FORGERY,
        DetectionChannel.MANUAL_REVIEW,
        FraudStatus.DISMISSED,
        5_000_000,
        500_000,
        100_000,
        null);
    fraud(
        b,
        "F4",
        null,
        "B1",
        "2025-03-25",
        FraudType.IDENTITY_THEFT,
        DetectionChannel.AUDIT,
        FraudStatus.CONFIRMED,
        1_000_000,
        200_000,
        0,
        "weak KYC");
    fraud(
        b,
        "F5",
        "L1",
        null,
        "2025-03-28",
        FraudType.DOCUMENT_FORGERY,
        DetectionChannel.THIRD_PARTY_TIP,
        FraudStatus.OPEN,
        10_000_000,
        0,
        0,
        "forged payslip");
    action(b, "A1", "2025-02-10", ActionType.SMS, ActionOutcome.NO_CONTACT, 0);
    action(b, "A2", "2025-02-20", ActionType.CALL, ActionOutcome.PROMISE_TO_PAY, 0);
    action(b, "A3", "2025-03-05", ActionType.CALL, ActionOutcome.PAID, 500_000);
    action(b, "A4", "2025-03-15", ActionType.VISIT, ActionOutcome.REFUSED, 0);
    action(b, "A5", "2025-03-25", ActionType.CALL, ActionOutcome.CONTACTED, 0);
    return b.build();
  }

  /** The identities the fake service returns. */
  public static Map<String, BorrowerIdentity> identities() {
    return Map.of(
        "B1", new BorrowerIdentity(Optional.of("张伟"), Optional.of("110101199003071236")),
        "B2",
            new BorrowerIdentity(
                Optional.of("Hangzhou Trading Ltd"), Optional.of("91330100MA27XY5K3Q")),
        "B3", new BorrowerIdentity(Optional.of("李娜"), Optional.of("320102198805051234")));
  }

  /** The book opened from {@code file}. */
  public static OpenedPortfolio opened(Path file) {
    LoadedPortfolio book = book();
    return new OpenedPortfolio(
        new PortfolioOverview(
            file.toString(), book.name(), book.currency(), book.lastMonth(), 3, book.loans(), 0, 0),
        book);
  }

  /** A service that opens the book from {@code file} and knows its borrowers' identities. */
  public static TestWorkbench.FakeService service(Path file) {
    return new TestWorkbench.FakeService(opened(file)) {
      @Override
      public Map<String, BorrowerIdentity> borrowerIdentities(String f, Collection<String> ids) {
        Map<String, BorrowerIdentity> out = new HashMap<>();
        for (String id : ids) {
          if (identities().containsKey(id)) {
            out.put(id, identities().get(id));
          }
        }
        return out;
      }
    };
  }

  private static int loan(
      PortfolioBuilder b,
      String id,
      String borrower,
      String product,
      String channel,
      String originated,
      long principal) {
    return b.addLoan(
        id, borrower, product, channel, "A", LocalDate.parse(originated), principal, 0.12);
  }

  private static void active(PortfolioBuilder b, int loan, int month, long balance, int dpd) {
    b.addMonth(
        loan,
        Months.ordinal(YearMonth.of(2025, month)),
        balance,
        dpd,
        LoadedPortfolio.ACTIVE,
        0,
        0);
  }

  private static void fraud(
      PortfolioBuilder b,
      String id,
      String loan,
      String borrower,
      String reported,
      FraudType type,
      DetectionChannel channel,
      FraudStatus status,
      long exposure,
      long loss,
      long recovered,
      String rootCause) {
    b.fraudCase(
        new FraudCase(
            id,
            Optional.ofNullable(loan),
            Optional.ofNullable(borrower),
            LocalDate.parse(reported),
            type,
            channel,
            status,
            exposure,
            loss,
            recovered,
            Optional.ofNullable(rootCause),
            Optional.of("Case " + id + " summary")));
  }

  private static void action(
      PortfolioBuilder b,
      String id,
      String date,
      ActionType type,
      ActionOutcome outcome,
      long recovered) {
    b.collectionAction(
        new CollectionAction(id, "L2", LocalDate.parse(date), type, outcome, recovered));
  }
}
