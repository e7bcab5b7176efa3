package com.riskworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.portfolio.ActionOutcome;
import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.LoanStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Structural rules every generated portfolio keeps (DESIGN §2 and §3). */
class SampleInvariantsTest {

  private static SamplePortfolio portfolio;
  private static YearMonth first;
  private static YearMonth last;

  @BeforeAll
  static void generate() {
    portfolio = SamplePortfolio.generate(new SampleSpec(20_000, 36, 7));
    first = portfolio.spec.firstMonth();
    last = portfolio.spec.lastMonth();
  }

  @Test
  void borrowerComesBeforeItsLoansAndLoanBeforeItsRowsActionsAndCases() {
    Set<String> borrowersSeen = new HashSet<>();
    Set<String> loansSeen = new HashSet<>();
    for (Object call : portfolio.sink.calls) {
      if (call instanceof Borrower b) {
        borrowersSeen.add(b.borrowerId());
      } else if (call instanceof Loan l) {
        assertThat(borrowersSeen.contains(l.borrowerId())).as(l.loanId()).isTrue();
        loansSeen.add(l.loanId());
      } else if (call instanceof LoanMonth m) {
        assertThat(loansSeen.contains(m.loanId())).as(m.loanId()).isTrue();
      } else if (call instanceof CollectionAction a) {
        assertThat(loansSeen.contains(a.loanId())).as(a.actionId()).isTrue();
      } else if (call instanceof FraudCase c) {
        c.loanId().ifPresent(id -> assertThat(loansSeen.contains(id)).as(c.caseId()).isTrue());
        c.borrowerId()
            .ifPresent(id -> assertThat(borrowersSeen.contains(id)).as(c.caseId()).isTrue());
      }
    }
  }

  @Test
  void everyBorrowerHasALoan() {
    Set<String> withLoans = new HashSet<>();
    portfolio.loans.forEach(l -> withLoans.add(l.borrowerId()));
    assertThat(portfolio.borrowerById.keySet()).isEqualTo(withLoans);
  }

  @Test
  void idsAreUniqueFixedWidthAndSortable() {
    assertUniqueIds(portfolio.borrowers.stream().map(Borrower::borrowerId), "B\\d{8}");
    assertUniqueIds(portfolio.loans.stream().map(Loan::loanId), "L\\d{8}");
    assertUniqueIds(portfolio.actions.stream().map(CollectionAction::actionId), "A\\d{11}");
    assertUniqueIds(portfolio.fraudCases.stream().map(FraudCase::caseId), "F\\d{8}");
    assertThat(portfolio.loans).extracting(Loan::loanId).isSorted();
  }

  @Test
  void loanMonthKeysAreUnique() {
    Set<String> keys = new HashSet<>();
    portfolio
        .sink
        .all(LoanMonth.class)
        .forEach(m -> assertThat(keys.add(m.loanId() + m.month())).isTrue());
  }

  @Test
  void everyLoanHasRowsFromItsFirstMonthUntilItEndsOrTheWindowCloses() {
    for (Loan loan : portfolio.loans) {
      List<LoanMonth> rows = portfolio.months(loan);
      assertThat(rows).as(loan.loanId()).isNotEmpty();
      LoanMonth lastRow = rows.get(rows.size() - 1);
      assertThat(lastRow.status().isTerminal() || lastRow.month().equals(last))
          .as("%s ends terminal or in the last month", loan.loanId())
          .isTrue();
    }
  }

  @Test
  void noRowFollowsATerminalStatusAndRowsAscend() {
    for (List<LoanMonth> rows : portfolio.monthsByLoan.values()) {
      for (int i = 1; i < rows.size(); i++) {
        assertThat(rows.get(i - 1).status().isTerminal()).isFalse();
        assertThat(rows.get(i).month()).isAfter(rows.get(i - 1).month());
      }
    }
  }

  @Test
  void noRowBeforeTheOriginationMonthOrOutsideTheWindow() {
    for (Loan loan : portfolio.loans) {
      YearMonth origination = YearMonth.from(loan.originationDate());
      assertThat(origination).isBeforeOrEqualTo(last);
      for (LoanMonth row : portfolio.months(loan)) {
        assertThat(row.month()).isAfterOrEqualTo(origination).isBetween(first, last);
      }
    }
  }

  @Test
  void rowValuesFollowTheirStatus() {
    portfolio
        .sink
        .all(LoanMonth.class)
        .forEach(
            row -> {
              assertThat(row.balanceCents()).isNotNegative();
              assertThat(row.daysPastDue()).isNotNegative();
              switch (row.status()) {
                case ACTIVE -> {
                  assertThat(row.chargeOffCents()).isEmpty();
                  assertThat(row.recoveryCents()).isEmpty();
                }
                case PAID_OFF -> {
                  assertThat(row.balanceCents()).isZero();
                  assertThat(row.daysPastDue()).isZero();
                  assertThat(row.chargeOffCents()).isEmpty();
                }
                case CHARGED_OFF -> {
                  assertThat(row.balanceCents()).isZero();
                  assertThat(row.daysPastDue()).isGreaterThanOrEqualTo(180);
                  assertThat(row.chargeOffCents().orElseThrow()).isPositive();
                  row.recoveryCents()
                      .ifPresent(
                          r ->
                              assertThat(r)
                                  .isPositive()
                                  .isLessThan(row.chargeOffCents().getAsLong()));
                  if (row.month().equals(last)) {
                    assertThat(row.recoveryCents()).isEmpty();
                  }
                }
              }
            });
  }

  @Test
  void balanceStartsAtOrBelowPrincipalAndNeverRises() {
    for (Loan loan : portfolio.loans) {
      long previous = loan.principalCents();
      for (LoanMonth row : portfolio.months(loan)) {
        long balance =
            row.status() == LoanStatus.CHARGED_OFF
                ? row.chargeOffCents().getAsLong()
                : row.balanceCents();
        assertThat(balance).as(loan.loanId() + " " + row.month()).isLessThanOrEqualTo(previous);
        previous = balance;
      }
    }
  }

  @Test
  void freshLoansStartAtTheirPrincipal() {
    for (Loan loan : portfolio.loans) {
      LoanMonth firstRow = portfolio.months(loan).get(0);
      if (firstRow.month().equals(YearMonth.from(loan.originationDate()))) {
        assertThat(firstRow.balanceCents()).isEqualTo(loan.principalCents());
        assertThat(firstRow.daysPastDue()).isZero();
      }
    }
  }

  @Test
  void loanTermsArePlausible() {
    Set<Integer> terms = Set.of(3, 6, 12, 24, 36);
    for (Loan loan : portfolio.loans) {
      assertThat(terms).contains(loan.termMonths());
      assertThat(loan.maturityDate())
          .isEqualTo(loan.originationDate().plusMonths(loan.termMonths()));
      assertThat(loan.interestRate()).isBetween(new BigDecimal("0.07"), new BigDecimal("0.24"));
      assertThat(loan.interestRate().scale()).isLessThanOrEqualTo(6);
      assertThat(loan.principalCents()).isPositive().isEqualTo(loan.principalCents() / 100 * 100);
      assertThat(SampleCatalog.RISK_GRADES).contains(loan.riskGrade());
      assertThat(SampleCatalog.CHANNELS).contains(loan.channel());
      Borrower borrower = portfolio.borrowerById.get(loan.borrowerId());
      assertThat(
              borrower.type() == BorrowerType.INDIVIDUAL
                  ? SampleCatalog.CONSUMER_PRODUCTS
                  : SampleCatalog.BUSINESS_PRODUCTS)
          .contains(loan.product());
    }
  }

  @Test
  void individualsCarryValidIdNumbersMatchingTheirBirthDates() {
    DateTimeFormatter digits = DateTimeFormatter.BASIC_ISO_DATE;
    List<Borrower> individuals =
        portfolio.borrowers.stream().filter(b -> b.type() == BorrowerType.INDIVIDUAL).toList();
    assertThat(individuals).isNotEmpty();
    for (Borrower b : individuals) {
      b.idNumber()
          .ifPresent(
              id -> {
                assertThat(ResidentIdNumber.isValid(id)).as(id).isTrue();
                b.birthDate()
                    .ifPresent(d -> assertThat(id.substring(6, 14)).isEqualTo(d.format(digits)));
              });
    }
    assertThat(
            individuals.stream()
                .filter(b -> b.idNumber().isPresent() && b.birthDate().isPresent())
                .count())
        .isGreaterThan(individuals.size() * 9L / 10);
  }

  @Test
  void enterprisesCarryValidCreditCodesAndNoBirthDate() {
    for (Borrower b : portfolio.borrowers) {
      if (b.type() != BorrowerType.INDIVIDUAL) {
        assertThat(b.birthDate()).isEmpty();
        b.idNumber()
            .ifPresent(code -> assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isTrue());
      }
    }
  }

  @Test
  void individualsAreAtLeastEighteenAtTheirFirstLoan() {
    for (Loan loan : portfolio.loans) {
      Borrower b = portfolio.borrowerById.get(loan.borrowerId());
      b.birthDate()
          .ifPresent(
              birth ->
                  assertThat(Period.between(birth, loan.originationDate()).getYears())
                      .isGreaterThanOrEqualTo(18));
    }
  }

  @Test
  void collectionActionsFallInAPastDueMonthOfTheirLoan() {
    for (CollectionAction action : portfolio.actions) {
      YearMonth month = YearMonth.from(action.actionDate());
      LoanMonth row =
          portfolio.months(portfolio.loanById.get(action.loanId())).stream()
              .filter(m -> m.month().equals(month))
              .findFirst()
              .orElseThrow();
      assertThat(row.daysPastDue()).as(action.actionId()).isPositive();
      if (action.outcome() == ActionOutcome.PAID) {
        assertThat(action.amountRecoveredCents()).isPositive();
      } else {
        assertThat(action.amountRecoveredCents()).isZero();
      }
    }
  }

  @Test
  void fraudCasesAreReportedAfterOriginationAndByTheEndOfTheWindow() {
    LocalDate windowEnd = last.atEndOfMonth();
    for (FraudCase c : portfolio.fraudCases) {
      assertThat(c.borrowerId()).isPresent();
      assertThat(c.reportedDate()).isBeforeOrEqualTo(windowEnd);
      c.loanId()
          .ifPresent(
              id -> {
                Loan loan = portfolio.loanById.get(id);
                assertThat(loan.borrowerId()).isEqualTo(c.borrowerId().get());
                assertThat(c.reportedDate()).isAfter(loan.originationDate());
                assertThat(c.exposureCents()).isEqualTo(loan.principalCents());
              });
      assertThat(c.lossCents()).isBetween(0L, c.exposureCents());
      assertThat(c.recoveredCents()).isBetween(0L, c.lossCents());
      if (c.status() == FraudStatus.DISMISSED) {
        assertThat(c.lossCents()).isZero();
      }
      assertThat(c.rootCause()).isPresent();
      assertThat(c.summary()).isPresent();
    }
  }

  private static void assertUniqueIds(Stream<String> ids, String pattern) {
    List<String> list = ids.toList();
    assertThat(list).isNotEmpty().doesNotHaveDuplicates().allMatch(id -> id.matches(pattern));
  }
}
