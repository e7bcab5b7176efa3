package com.riskworkbench.app.cli;

import static com.riskworkbench.testing.CsvLines.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze lorenz|groups|co-lending} on the bundled sample-data tape, checked against the
 * tape's CSV files read here directly, without the program's book or analyses.
 */
class ConcentrationCliTest {
  @TempDir static Path temp;
  static Path book;

  /** Each ACTIVE loan at the tape's last month: borrower, balance in cents, partner, own share. */
  record TapeLoan(String borrower, long cents, String partner, String share) {}

  static List<TapeLoan> active = new ArrayList<>();

  @BeforeAll
  static void importSample() throws IOException {
    book = temp.resolve("sample.mv.db");
    CliTest.Result load = CliTest.run("import", "--from", "sample-data", "--out", book.toString());
    assertThat(load.status()).as(load.err()).isZero();

    Map<String, String[]> loans = new HashMap<>();
    List<String> loanLines = Files.readAllLines(Path.of("sample-data/loans.csv"));
    List<String> head = fields(loanLines.get(0));
    for (String line : loanLines.subList(1, loanLines.size())) {
      List<String> f = fields(line);
      loans.put(
          f.get(head.indexOf("loan_id")),
          new String[] {
            f.get(head.indexOf("borrower_id")),
            f.get(head.indexOf("funding_partner")),
            f.get(head.indexOf("own_share"))
          });
    }
    List<String> months = Files.readAllLines(Path.of("sample-data/loan_months.csv"));
    List<String> mh = fields(months.get(0));
    String last =
        months.stream()
            .skip(1)
            .map(l -> fields(l).get(mh.indexOf("month")))
            .max(String::compareTo)
            .orElseThrow();
    for (String line : months.subList(1, months.size())) {
      List<String> f = fields(line);
      if (f.get(mh.indexOf("month")).equals(last) && f.get(mh.indexOf("status")).equals("ACTIVE")) {
        String[] loan = loans.get(f.get(mh.indexOf("loan_id")));
        long cents =
            new BigDecimal(f.get(mh.indexOf("balance"))).movePointRight(2).longValueExact();
        active.add(new TapeLoan(loan[0], cents, loan[1], loan[2]));
      }
    }
  }

  private static double jsonNumber(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":([-0-9.eE]+)").matcher(json);
    assertThat(m.find()).as(field + " in " + json.substring(0, 200)).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void giniOfTheSampleEqualsTheMeanAbsoluteDifferenceFormula() {
    CliTest.Result r =
        CliTest.run("analyze", "lorenz", "--portfolio", book.toString(), "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();

    // The second computation: each borrower's exposure from the tape, then
    // G = Σ_i Σ_j |x_i − x_j| / (2 n² μ), written out as the double sum.
    Map<String, Long> byBorrower = new HashMap<>();
    active.forEach(l -> byBorrower.merge(l.borrower(), l.cents(), Long::sum));
    long[] x = byBorrower.values().stream().mapToLong(Long::longValue).toArray();
    int n = x.length;
    double sumAbs = 0;
    long total = 0;
    for (long xi : x) {
      total += xi;
      for (long xj : x) {
        sumAbs += Math.abs(xi - xj);
      }
    }
    double mean = (double) total / n;
    double gini = sumAbs / (2.0 * n * n * mean);

    assertThat(jsonNumber(r.out(), "gini")).isCloseTo(gini, within(1e-9));
    assertThat(jsonNumber(r.out(), "units")).isEqualTo(n);
    // Top 1 %: the ceil(n / 100) largest borrowers.
    Arrays.sort(x);
    int top = (n + 99) / 100;
    long topSum = 0;
    for (int i = n - top; i < n; i++) {
      topSum += x[i];
    }
    assertThat(jsonNumber(r.out(), "top1pct_share"))
        .isCloseTo((double) topSum / total, within(1e-9));
  }

  @Test
  void lorenzCsvRunsFromZeroToOneAndTakesTheDimensionOfBy() {
    CliTest.Result r =
        CliTest.run("analyze", "lorenz", "--portfolio", book.toString(), "--by", "channel");
    assertThat(r.status()).as(r.err()).isZero();

    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("population_share,exposure_share");
    assertThat(lines.get(1)).isEqualTo("0,0");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("1,1");
    // The channels are the units: as many points after (0, 0) as the concentration by channel
    // has segments, so one line more (the header and (0, 0) against the header).
    CliTest.Result channels =
        CliTest.run("analyze", "concentration", "--portfolio", book.toString(), "--by", "channel");
    assertThat(lines).hasSize(channels.out().lines().toList().size() + 1);
  }

  @Test
  void coLendingAllRowSumsTheTapesCoLentLoans() {
    CliTest.Result r = CliTest.run("analyze", "co-lending", "--portfolio", book.toString());
    assertThat(r.status()).as(r.err()).isZero();

    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("partner,loans,balance,own_balance,share_of_outstanding,own_share_min,breach");
    List<String> all = fields(lines.get(lines.size() - 1));
    assertThat(all.get(0)).isEqualTo("ALL");
    long loans = 0;
    long cents = 0;
    // The holder's part per partner, exact (cents × the tape's share), rounded half up per
    // partner (methodology §6.8); ALL sums the partners' rounded figures.
    java.util.Map<String, BigDecimal> ownByPartner = new java.util.TreeMap<>();
    long below = 0;
    long outstanding = 0;
    for (TapeLoan l : active) {
      outstanding += l.cents();
      if (l.partner().isEmpty()) {
        continue;
      }
      BigDecimal share = l.share().isEmpty() ? BigDecimal.ONE : new BigDecimal(l.share());
      loans++;
      cents += l.cents();
      ownByPartner.merge(
          l.partner(), share.multiply(BigDecimal.valueOf(l.cents())), BigDecimal::add);
      below += share.compareTo(new BigDecimal("0.30")) < 0 ? 1 : 0;
    }
    long own = 0;
    for (BigDecimal exact : ownByPartner.values()) {
      own += exact.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
    assertThat(Long.parseLong(all.get(1))).isEqualTo(loans);
    assertThat(new BigDecimal(all.get(2))).isEqualByComparingTo(BigDecimal.valueOf(cents, 2));
    assertThat(new BigDecimal(all.get(3))).isEqualByComparingTo(BigDecimal.valueOf(own, 2));
    assertThat(Double.parseDouble(all.get(4)))
        .isCloseTo((double) cents / outstanding, within(1e-9));
    assertThat(Long.parseLong(all.get(10))).isEqualTo(below);
    // Loans at 0.20 are below 0.30: the total breaches rule (a) at either basis.
    assertThat(all.get(6)).isEqualTo(below > 0 ? "true" : "false");
    assertThat(all.get(11)).isEqualTo(below > 0 ? "true" : "false");
  }

  @Test
  void groupsWithoutNetAssetsLeaveTheLimitEmptyNeverFalse() {
    CliTest.Result r =
        CliTest.run("analyze", "groups", "--portfolio", book.toString(), "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();

    // The sample states tier 1 net capital but no net assets.
    assertThat(r.out()).contains("\"net_assets\":null", "\"limit\":null", "\"breaches\":null");
    assertThat(r.out()).contains("\"share_of_net_assets\":null,\"limit\":null,\"breach\":null");
    assertThat(r.out()).doesNotContain("\"breach\":false");
  }

  @Test
  void fundingPartnerAndGroupAreDimensionsAndFilters() {
    CliTest.Result byPartner =
        CliTest.run(
            "analyze", "concentration", "--portfolio", book.toString(), "--by", "funding_partner");
    assertThat(byPartner.status()).as(byPartner.err()).isZero();
    long own = active.stream().filter(l -> l.partner().isEmpty()).mapToLong(TapeLoan::cents).sum();
    assertThat(byPartner.out().lines().skip(1).map(l -> fields(l).get(0)))
        .contains("(own)", "Bank Hua", "Bank Xin", "Bank Yuan");
    String ownRow =
        byPartner.out().lines().filter(l -> l.startsWith("(own),")).findFirst().orElseThrow();
    assertThat(new BigDecimal(fields(ownRow).get(2)))
        .isEqualByComparingTo(BigDecimal.valueOf(own, 2));

    CliTest.Result noGroup =
        CliTest.run(
            "analyze",
            "concentration",
            "--portfolio",
            book.toString(),
            "--by",
            "group",
            "--filter",
            "group=(none)");
    assertThat(noGroup.status()).as(noGroup.err()).isZero();
    assertThat(noGroup.out().lines().skip(1).map(l -> fields(l).get(0))).containsExactly("(none)");
  }
}
