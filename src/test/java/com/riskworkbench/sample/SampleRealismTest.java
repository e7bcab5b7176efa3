package com.riskworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.portfolio.ActionOutcome;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.LoanStatus;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The findings the analyses are meant to discover are in the data. */
class SampleRealismTest {

  private static SamplePortfolio portfolio;

  @BeforeAll
  static void generate() {
    portfolio = SamplePortfolio.generate(new SampleSpec(20_000, 36, 11));
  }

  @Test
  void weakPartnerChannelIsEverThirtyPlusAtLeast1Point8TimesAsOftenAsTheOthers() {
    double weak = portfolio.everBad30Rate(l -> l.channel().equals(SampleCatalog.WEAK_CHANNEL));
    double others = portfolio.everBad30Rate(l -> !l.channel().equals(SampleCatalog.WEAK_CHANNEL));
    assertThat(weak).isGreaterThanOrEqualTo(1.8 * others);
    for (String channel : SampleCatalog.CHANNELS) {
      if (!channel.equals(SampleCatalog.WEAK_CHANNEL)) {
        assertThat(weak)
            .as(channel)
            .isGreaterThan(1.5 * portfolio.everBad30Rate(l -> l.channel().equals(channel)));
      }
    }
  }

  @Test
  void worseGradesGoPastDueMoreOften() {
    double a = portfolio.everBad30Rate(grade("A"));
    double c = portfolio.everBad30Rate(grade("C"));
    double e = portfolio.everBad30Rate(grade("E"));
    assertThat(a).isPositive();
    assertThat(c).isGreaterThan(a);
    assertThat(e).isGreaterThan(c).isGreaterThan(3 * a);
  }

  @Test
  void firstPaymentDefaultCasesConcentrateOnTheWeakChannel() {
    List<Loan> fpdLoans =
        portfolio.fraudCases.stream()
            .filter(c -> c.fraudType() == FraudType.FIRST_PAYMENT_DEFAULT)
            .map(c -> portfolio.loanById.get(c.loanId().orElseThrow()))
            .toList();
    assertThat(fpdLoans).hasSizeGreaterThan(20);
    long onWeakChannel =
        fpdLoans.stream().filter(l -> l.channel().equals(SampleCatalog.WEAK_CHANNEL)).count();
    assertThat(onWeakChannel).isGreaterThan(fpdLoans.size() * 7L / 10);
  }

  @Test
  void firstPaymentDefaultLoansNeverPayAndEndChargedOff() {
    List<Loan> fpdLoans =
        portfolio.fraudCases.stream()
            .filter(c -> c.fraudType() == FraudType.FIRST_PAYMENT_DEFAULT)
            .map(c -> portfolio.loanById.get(c.loanId().orElseThrow()))
            .toList();
    int chargedOff = 0;
    for (Loan loan : fpdLoans) {
      List<LoanMonth> rows = portfolio.months(loan);
      assertThat(rows.get(0).month()).isEqualTo(YearMonth.from(loan.originationDate()));
      for (LoanMonth row : rows.subList(1, rows.size())) {
        assertThat(row.daysPastDue()).isPositive();
        assertThat(row.balanceCents() == 0 || row.balanceCents() == loan.principalCents()).isTrue();
      }
      LoanMonth lastRow = rows.get(rows.size() - 1);
      if (lastRow.status() == LoanStatus.CHARGED_OFF) {
        chargedOff++;
        assertThat(lastRow.chargeOffCents()).hasValue(loan.principalCents());
      }
    }
    assertThat(chargedOff).isPositive();
  }

  @Test
  void fraudCasesAreAboutOnePercentOfLoansWithAMixOfTypesAndStatuses() {
    assertThat(portfolio.fraudCases.size())
        .isBetween(portfolio.loans.size() / 250, portfolio.loans.size() / 80);
    assertThat(portfolio.fraudCases.stream().map(FraudCase::fraudType).collect(Collectors.toSet()))
        .hasSizeGreaterThanOrEqualTo(6);
    assertThat(portfolio.fraudCases.stream().map(FraudCase::status).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(FraudStatus.class));
    assertThat(portfolio.fraudCases.stream().map(FraudCase::rootCause).distinct().count())
        .isGreaterThan(8);
  }

  @Test
  void stressVintagesGoBadFasterThanEarlierOnes() {
    // Stress: months 15–20 of the 36-month window; loosely underwritten vintages from month 12.
    YearMonth first = portfolio.spec.firstMonth();
    double stressed = badBySixMonthsOnBook(first.plusMonths(12), first.plusMonths(20));
    double earlier = badBySixMonthsOnBook(first, first.plusMonths(8));
    assertThat(stressed).isGreaterThan(1.4 * earlier);
  }

  @Test
  void someLoansAreBoughtInSeasonedAndSomeMissAMonth() {
    YearMonth first = portfolio.spec.firstMonth();
    long seasoned =
        portfolio.loans.stream()
            .filter(
                l -> {
                  YearMonth origination = YearMonth.from(l.originationDate());
                  return !origination.isBefore(first)
                      && portfolio.months(l).get(0).month().isAfter(origination);
                })
            .count();
    long withGap =
        portfolio.loans.stream()
            .filter(
                l -> {
                  List<LoanMonth> rows = portfolio.months(l);
                  for (int i = 1; i < rows.size(); i++) {
                    if (!rows.get(i).month().equals(rows.get(i - 1).month().plusMonths(1))) {
                      return true;
                    }
                  }
                  return false;
                })
            .count();
    assertThat(seasoned).isBetween(portfolio.loans.size() / 100L, portfolio.loans.size() / 25L);
    assertThat(withGap).isBetween(10L, portfolio.loans.size() / 100L);
  }

  @Test
  void loansOriginatedBeforeTheWindowAppearFromItsFirstMonth() {
    YearMonth first = portfolio.spec.firstMonth();
    List<Loan> older =
        portfolio.loans.stream()
            .filter(l -> YearMonth.from(l.originationDate()).isBefore(first))
            .toList();
    assertThat(older).isNotEmpty();
    // A few of them were also bought in seasoned, a few months into the window.
    assertThat(older)
        .allSatisfy(
            l ->
                assertThat(portfolio.months(l).get(0).month())
                    .isBetween(first, first.plusMonths(5)));
    assertThat(older.stream().filter(l -> portfolio.months(l).get(0).month().equals(first)).count())
        .isGreaterThan(older.size() * 9L / 10);
  }

  @Test
  void originationsGrowOverTheWindow() {
    YearMonth first = portfolio.spec.firstMonth();
    long firstYear = originatedBetween(first, first.plusMonths(11));
    long lastYear = originatedBetween(first.plusMonths(24), first.plusMonths(35));
    assertThat(lastYear).isGreaterThan(firstYear);
  }

  @Test
  void everyAgeBandIsPopulated() {
    YearMonth asOf = portfolio.spec.lastMonth();
    Set<String> bands = new TreeSet<>();
    for (Borrower b : portfolio.borrowers) {
      if (b.type() == BorrowerType.INDIVIDUAL) {
        bands.add(
            b.birthDate()
                .map(d -> ageBand(Period.between(d, asOf.atEndOfMonth()).getYears()))
                .orElse("unknown"));
      }
    }
    assertThat(bands).containsExactlyInAnyOrder("<25", "25-34", "35-44", "45-54", "55+", "unknown");
  }

  @Test
  void someBorrowerExceedsASingleBorrowerLimit() {
    Map<String, Long> exposure = portfolio.exposureByBorrower(portfolio.spec.lastMonth());
    long consumerBreaches =
        exposure.entrySet().stream()
            .filter(e -> portfolio.borrowerById.get(e.getKey()).type() == BorrowerType.INDIVIDUAL)
            .filter(e -> e.getValue() > 200_000_00L)
            .count();
    long businessBreaches =
        exposure.entrySet().stream()
            .filter(e -> portfolio.borrowerById.get(e.getKey()).type() != BorrowerType.INDIVIDUAL)
            .filter(e -> e.getValue() > 10_000_000_00L)
            .count();
    assertThat(consumerBreaches).isPositive();
    assertThat(businessBreaches).isPositive();
  }

  @Test
  void manyBorrowersComeBackForMoreLoans() {
    Map<String, Long> loansPerBorrower =
        portfolio.loans.stream()
            .collect(Collectors.groupingBy(Loan::borrowerId, Collectors.counting()));
    long repeat = loansPerBorrower.values().stream().filter(n -> n > 1).count();
    assertThat(repeat).isGreaterThan(loansPerBorrower.size() / 20);
  }

  @Test
  void coastalProvincesLeadTheRegionMix() {
    List<String> top3 =
        portfolio.borrowers.stream()
            .collect(Collectors.groupingBy(Borrower::region, Collectors.counting()))
            .entrySet()
            .stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(3)
            .map(Map.Entry::getKey)
            .toList();
    assertThat(top3).containsExactlyInAnyOrder("Guangdong", "Zhejiang", "Jiangsu");
  }

  @Test
  void loansPayOffEarlyAtMaturityOrAfterCuring() {
    long early = 0;
    long atMaturity = 0;
    long cured = 0;
    for (Loan loan : portfolio.loans) {
      List<LoanMonth> rows = portfolio.months(loan);
      LoanMonth lastRow = rows.get(rows.size() - 1);
      YearMonth maturity = YearMonth.from(loan.maturityDate());
      if (lastRow.status() == LoanStatus.PAID_OFF) {
        if (lastRow.month().isBefore(maturity)) {
          early++;
        } else if (lastRow.month().equals(maturity)) {
          atMaturity++;
        }
      }
      for (int i = 1; i < rows.size(); i++) {
        if (rows.get(i - 1).daysPastDue() > 0 && rows.get(i).daysPastDue() == 0) {
          cured++;
          break;
        }
      }
    }
    assertThat(early).isPositive();
    assertThat(atMaturity).isPositive();
    assertThat(cured).isPositive();
  }

  @Test
  void daysPastDueFallWithinBucketsNotOnlyOnMultiplesOfThirty() {
    Set<Integer> values =
        portfolio
            .sink
            .all(LoanMonth.class)
            .map(LoanMonth::daysPastDue)
            .filter(d -> d > 0)
            .collect(Collectors.toSet());
    assertThat(values)
        .anyMatch(d -> d < 30)
        .anyMatch(d -> d >= 30 && d < 60)
        .anyMatch(d -> d >= 90);
    assertThat(values.stream().filter(d -> d % 30 != 0).count()).isGreaterThan(values.size() / 2);
  }

  @Test
  void collectionsEscalateFromRemindersToAgenciesAndRecordPayments() {
    Map<ActionType, Double> meanDpd =
        portfolio.actions.stream()
            .collect(
                Collectors.groupingBy(
                    CollectionAction::actionType, Collectors.averagingInt(a -> dpdAt(a))));
    assertThat(meanDpd.keySet())
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(ActionType.class));
    assertThat(meanDpd.get(ActionType.SMS)).isLessThan(meanDpd.get(ActionType.CALL));
    assertThat(meanDpd.get(ActionType.CALL)).isLessThan(meanDpd.get(ActionType.AGENCY));
    assertThat(meanDpd.get(ActionType.LEGAL)).isGreaterThanOrEqualTo(90);
    assertThat(
            portfolio.actions.stream().map(CollectionAction::outcome).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(ActionOutcome.class));
  }

  @Test
  void chargedOffLoansRecoverPartOfTheirBalanceOverTime() {
    List<LoanMonth> chargeOffs =
        portfolio
            .sink
            .all(LoanMonth.class)
            .filter(m -> m.status() == LoanStatus.CHARGED_OFF)
            .toList();
    List<LoanMonth> old =
        chargeOffs.stream()
            .filter(m -> m.month().until(portfolio.spec.lastMonth(), ChronoUnit.MONTHS) >= 12)
            .toList();
    assertThat(old).isNotEmpty();
    long recovered = old.stream().mapToLong(m -> m.recoveryCents().orElse(0)).sum();
    long chargedOff = old.stream().mapToLong(m -> m.chargeOffCents().getAsLong()).sum();
    assertThat(recovered / (double) chargedOff).isBetween(0.05, 0.6);
  }

  private static int dpdAt(CollectionAction action) {
    YearMonth month = YearMonth.from(action.actionDate());
    return portfolio.months(portfolio.loanById.get(action.loanId())).stream()
        .filter(m -> m.month().equals(month))
        .mapToInt(LoanMonth::daysPastDue)
        .findFirst()
        .orElseThrow();
  }

  /** Share of loans originated in [from, to] that were 30+ DPD or charged off by MOB 6. */
  private static double badBySixMonthsOnBook(YearMonth from, YearMonth to) {
    Predicate<Loan> cohort =
        l -> {
          YearMonth o = YearMonth.from(l.originationDate());
          return !o.isBefore(from) && !o.isAfter(to);
        };
    List<Loan> loans = portfolio.loans.stream().filter(cohort).toList();
    long bad =
        loans.stream()
            .filter(
                l ->
                    portfolio.months(l).stream()
                        .filter(
                            m ->
                                !m.month()
                                    .isAfter(YearMonth.from(l.originationDate()).plusMonths(6)))
                        .anyMatch(
                            m ->
                                m.status() == LoanStatus.CHARGED_OFF
                                    || (m.status() == LoanStatus.ACTIVE && m.daysPastDue() >= 30)))
            .count();
    return bad / (double) loans.size();
  }

  private static long originatedBetween(YearMonth from, YearMonth to) {
    return portfolio.loans.stream()
        .map(l -> YearMonth.from(l.originationDate()))
        .filter(o -> !o.isBefore(from) && !o.isAfter(to))
        .count();
  }

  private static Predicate<Loan> grade(String grade) {
    return l -> l.riskGrade().equals(grade);
  }

  private static String ageBand(int age) {
    if (age < 25) {
      return "<25";
    } else if (age < 35) {
      return "25-34";
    } else if (age < 45) {
      return "35-44";
    } else if (age < 55) {
      return "45-54";
    }
    return "55+";
  }
}
