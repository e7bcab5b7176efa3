package com.riskworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forward-looking analyses' options on the command line. */
class ForwardLookingCliTest {
  @TempDir static Path temp;
  static Path book;

  @BeforeAll
  static void sampleBook() {
    book = temp.resolve("book.mv.db");
    CliTest.run(
        "sample", "--loans", "300", "--months", "14", "--seed", "4", "--out", book.toString());
  }

  @Test
  void pdPrintsEveryBucketForEachMonthOfTheHorizon() {
    CliTest.Result r =
        CliTest.run("analyze", "pd", "--portfolio", book.toString(), "--horizon", "3");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst()).hasValue("from_state,horizon,pd,marginal_pd");
    assertThat(r.out().lines().count()).isEqualTo(1 + 5 * 3);
  }

  @Test
  void forecastUnderAScenarioStartsAtMonthZero() {
    CliTest.Result r =
        CliTest.run(
            "analyze",
            "forecast",
            "--portfolio",
            book.toString(),
            "--scenario",
            "severe",
            "--horizon",
            "2");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).startsWith("0,CURRENT,");
    assertThat(r.out().lines().count()).isEqualTo(1 + 3 * 7);
  }

  @Test
  void horizonBelowOneIsRefusedWithExitTwo() {
    CliTest.Result r =
        CliTest.run("analyze", "pd", "--portfolio", book.toString(), "--horizon", "0");

    assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err().strip())
        .isEqualTo("error: --horizon must be a whole number of months of at least 1, got 0.");
  }

  @Test
  void unknownScenarioIsRefusedWithExitTwo() {
    CliTest.Result r =
        CliTest.run("analyze", "ecl", "--portfolio", book.toString(), "--scenario", "gloomy");

    assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err().strip())
        .isEqualTo(
            "error: unknown scenario 'gloomy'; expected base, adverse, severe or worst-month");
  }

  @Test
  void provisionsHeldAreTheSamplesBookedOnes() {
    CliTest.Result r = CliTest.run("analyze", "provisions", "--portfolio", book.toString());

    assertThat(r.status()).as(r.err()).isZero();
    // The sample books a provision on every ACTIVE loan month: held is an amount.
    assertThat(r.out().lines().skip(1).findFirst().orElseThrow())
        .matches("held,[0-9]+\\.[0-9]+,.*");
  }

  @Test
  void provisionsHeldIsAnEmptyFieldForATapeWithoutThem() throws Exception {
    Path tape =
        com.riskworkbench.portfolio.tape.Tapes.write(
            temp.resolve("plain-tape"), com.riskworkbench.portfolio.tape.Tapes.valid());
    Path plain = temp.resolve("plain.mv.db");
    assertThat(CliTest.run("import", "--from", tape.toString(), "--out", plain.toString()).status())
        .isZero();

    CliTest.Result r = CliTest.run("analyze", "provisions", "--portfolio", plain.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).startsWith("held,,");
  }

  @Test
  void backtestPrintsOneRowPerMonthOfTheHorizon() {
    CliTest.Result r =
        CliTest.run("analyze", "backtest", "--portfolio", book.toString(), "--horizon", "6");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst())
        .hasValue("month,forecast_loans,actual_loans,forecast_balance,actual_balance,ratio");
    assertThat(r.out().lines().count()).isEqualTo(1 + 6);
  }

  @Test
  void backtestLongerThanTheDataIsRefusedWithExitTwo() {
    CliTest.Result r =
        CliTest.run("analyze", "backtest", "--portfolio", book.toString(), "--horizon", "14");

    assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err().strip())
        .startsWith("error: a backtest of 14 months as of ")
        .endsWith(": choose a horizon of at most 13 months.");
    assertThat(r.err().strip().lines().count()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void eclAndForecastJsonCarryTheirBootstrapIntervals() {
    CliTest.Result ecl =
        CliTest.run("analyze", "ecl", "--portfolio", book.toString(), "--format", "json");
    CliTest.Result forecast =
        CliTest.run("analyze", "forecast", "--portfolio", book.toString(), "--format", "json");

    assertThat(ecl.status()).as(ecl.err()).isZero();
    assertThat(ecl.out()).contains("\"ecl_low\":", "\"ecl_high\":", "\"bootstrap_draws\":1000");
    assertThat(forecast.out()).contains("\"cumulative_loss_low\":", "\"cumulative_loss_high\":");
  }

  @Test
  void rollRateCsvEndsWithTheWilsonInterval() {
    CliTest.Result r = CliTest.run("analyze", "roll-rate", "--portfolio", book.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst())
        .hasValue(
            "from_state,to_state,loans,balance,loan_share,balance_share,loan_share_low,loan_share_high");
  }

  @Test
  void eclByDimensionPrintsOneRowPerSegmentAddingUpToTheBook() {
    CliTest.Result byStage = CliTest.run("analyze", "ecl", "--portfolio", book.toString());
    CliTest.Result bySegment =
        CliTest.run("analyze", "ecl", "--portfolio", book.toString(), "--by", "channel");

    assertThat(bySegment.status()).as(bySegment.err()).isZero();
    assertThat(byStage.out().lines().findFirst())
        .hasValue("stage,loans,balance,ecl,coverage,avg_pd,lgd");
    assertThat(bySegment.out().lines().findFirst())
        .hasValue("segment,loans,balance,ecl,coverage,avg_pd,lgd");
    // The segments partition the ACTIVE loans at as-of: their loans and balances add up to the
    // ALL row of the stage table (the balance to the cent; both are sums of whole cents).
    String[] all =
        byStage
            .out()
            .lines()
            .filter(l -> l.startsWith("ALL,"))
            .findFirst()
            .orElseThrow()
            .split(",");
    long loans = 0;
    java.math.BigDecimal balance = java.math.BigDecimal.ZERO;
    for (String line : bySegment.out().lines().skip(1).toList()) {
      String[] f = line.split(",");
      loans += Long.parseLong(f[1]);
      balance = balance.add(new java.math.BigDecimal(f[2]));
    }
    assertThat(loans).isEqualTo(Long.parseLong(all[1]));
    assertThat(balance).isEqualByComparingTo(all[2]);
  }

  @Test
  void warningsListBothProvisionRatios() {
    CliTest.Result r = CliTest.run("analyze", "warnings", "--portfolio", book.toString());

    assertThat(r.status()).as(r.err()).isZero();
    // The sample books a provision on every active loan: the ratios are of the provisions held.
    assertThat(r.out().lines().filter(l -> l.startsWith("provision_")))
        .hasSize(2)
        .allSatisfy(l -> assertThat(l.split(",")[1]).isEqualTo("held"))
        .anySatisfy(l -> assertThat(l).startsWith("provision_coverage,held,"))
        .anySatisfy(l -> assertThat(l).startsWith("provision_to_loan,held,"));
  }
}
