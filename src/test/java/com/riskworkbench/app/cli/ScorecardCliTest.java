package com.riskworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.portfolio.tape.Tapes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze scorecard} (docs/methodology.md §16) on a five-loan book. */
class ScorecardCliTest {
  @TempDir static Path temp;
  static Path book;

  /**
   * Five borrowers scored 700, 650, 600, 600, 550; their loans, all of cohort 2025-01, run to
   * 2025-02, when the loans of the 600 (second) and 550 borrowers are 90 and 120 days past due.
   */
  @BeforeAll
  static void scoredBook() throws Exception {
    Map<String, String> files = Tapes.valid();
    files.put(
        "borrowers.csv",
        """
        borrower_id,borrower_type,name,id_number,birth_date,region,city,industry,annual_income,credit_score
        B1,INDIVIDUAL,,,,Beijing,,Retail,,700
        B2,INDIVIDUAL,,,,Beijing,,Retail,,650
        B3,INDIVIDUAL,,,,Beijing,,Retail,,600
        B4,INDIVIDUAL,,,,Beijing,,Retail,,600
        B5,INDIVIDUAL,,,,Beijing,,Retail,,550
        """);
    StringBuilder loans =
        new StringBuilder(
            "loan_id,borrower_id,product,channel,origination_date,maturity_date,principal,"
                + "interest_rate,term_months,risk_grade,guarantee_type\n");
    StringBuilder months =
        new StringBuilder(
            "loan_id,month,balance,days_past_due,status,charge_off_amount,recovery_amount\n");
    int[] dpd = {0, 0, 0, 90, 120};
    for (int i = 1; i <= 5; i++) {
      loans.append(
          "L%d,B%d,Credit loan,Own app,2025-01-10,2026-01-10,1000.00,0.1,12,A,CREDIT\n"
              .formatted(i, i));
      months.append("L%d,2025-01,1000.00,0,ACTIVE,,\n".formatted(i));
      months.append("L%d,2025-02,1000.00,%d,ACTIVE,,\n".formatted(i, dpd[i - 1]));
    }
    files.put("loans.csv", loans.toString());
    files.put("loan_months.csv", months.toString());
    files.put("collections.csv", null);
    files.put("fraud_cases.csv", null);
    Path tape = Tapes.write(temp.resolve("tape"), files);
    book = temp.resolve("book.mv.db");
    CliTest.Result r = CliTest.run("import", "--from", tape.toString(), "--out", book.toString());
    assertThat(r.status()).as(r.err()).isZero();
  }

  /**
   * With K = 1 the cohort (2025-01, MOB 1 = 2025-02) is mature and the baseline itself: goods 700,
   * 650, 600, bads 600, 550. Bad rate 2/5 = 0.4; AUC = (2 + 2 + 1.5) / 6 = 0.916666666667 (the
   * 600–600 pair counts half); Gini = 0.833333333333; KS = ⅔ at 600 (bads 2/2 at or below, goods
   * 1/3); PSI against itself 0, stable.
   */
  @Test
  void matureCohortPrintsEveryColumn() {
    CliTest.Result r =
        CliTest.run("analyze", "scorecard", "--portfolio", book.toString(), "--mob", "1");

    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("cohort,loans_scored,bad_rate,ks,auc,gini,psi,psi_band");
    assertThat(lines.get(1))
        .isEqualTo(
            "2025-01,5,0.4,0.666666666667,0.916666666667,0.833333333333,0,stable,2,true,true");
    assertThat(lines).hasSize(2);
  }

  /** With the default K = 12 the cohort is not mature: PSI only, the other fields empty. */
  @Test
  void immatureCohortLeavesTheRankingFieldsEmpty() {
    CliTest.Result r = CliTest.run("analyze", "scorecard", "--portfolio", book.toString());

    assertThat(r.status()).as(r.err()).isZero();
    // bads empty too (not yet observed), mature false, the cohort is the baseline
    assertThat(r.out().lines().toList().get(1)).isEqualTo("2025-01,5,,,,,0,stable,,false,true");
  }

  /** The scorecard's threshold is its own: --threshold 100 leaves only the 120-day loan bad. */
  @Test
  void thresholdIsSelectable() {
    CliTest.Result r =
        CliTest.run(
            "analyze",
            "scorecard",
            "--portfolio",
            book.toString(),
            "--mob",
            "1",
            "--threshold",
            "100");

    assertThat(r.status()).as(r.err()).isZero();
    // One bad (550) of five: 0.2; every good scores above it: AUC 1, Gini 1, KS 1.
    assertThat(r.out().lines().toList().get(1)).startsWith("2025-01,5,0.2,1,1,1,0,stable");
  }

  /**
   * JSON adds the baseline, the cut points and the bad rates by decile. Cuts on the five sorted
   * scores 550, 600, 600, 650, 700 at positions ⌈j·5/10⌉ = 1, 1, 2, 2, 3, 3, 4, 4, 5: 550, 550,
   * 600, 600, 600, 600, 650, 650, 700. 550 is decile 1 (1 bad of 1), 600 decile 3 (1 of 2), 650
   * decile 7 (0 of 1), 700 decile 9 (0 of 1); the others are empty.
   */
  @Test
  void jsonAddsBaselineCutPointsAndBadRateByDecile() {
    CliTest.Result r =
        CliTest.run(
            "analyze",
            "scorecard",
            "--portfolio",
            book.toString(),
            "--mob",
            "1",
            "--format",
            "json");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("\"baseline_cohorts\":[\"2025-01\"]")
        .contains("\"decile_cut_points\":[550,550,600,600,600,600,650,650,700]")
        .contains("\"bad_rate_by_decile\":{\"2025-01\":[1,null,0.5,null,null,null,0,null,0,null]}");
  }

  @Test
  void badWindowOrThresholdExitsWithTwo() {
    CliTest.Result mob =
        CliTest.run("analyze", "scorecard", "--portfolio", book.toString(), "--mob", "0");
    CliTest.Result threshold =
        CliTest.run("analyze", "scorecard", "--portfolio", book.toString(), "--threshold", "0");

    assertThat(mob.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(mob.err().strip())
        .isEqualTo("error: --mob must be a whole number of months on book from 1 to 120, got 0.");
    assertThat(threshold.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(threshold.err().strip().lines()).hasSize(1);
  }

  @Test
  void aBookWithoutScoresExitsWithTwo() throws Exception {
    Map<String, String> files = Tapes.valid();
    files.put("borrowers.csv", Tapes.BORROWERS.replace(",700\n", ",\n"));
    Path tape = Tapes.write(temp.resolve("unscored"), files);
    Path unscored = temp.resolve("unscored.mv.db");
    CliTest.run("import", "--from", tape.toString(), "--out", unscored.toString());

    CliTest.Result r = CliTest.run("analyze", "scorecard", "--portfolio", unscored.toString());

    assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err().strip())
        .isEqualTo(
            "error: no loan in scope has a borrower with a credit score, so there is no scorecard"
                + " to monitor.");
  }

  /**
   * {@code analyze warnings} ends with the score PSI: the one cohort holds five scored loans, fewer
   * than the 30 the warning needs, so it is not available (no cohort, no value), not green.
   */
  @Test
  void warningsEndWithTheScorePsi() {
    CliTest.Result r = CliTest.run("analyze", "warnings", "--portfolio", book.toString());

    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(lines.size() - 1))
        .startsWith(
            "score_psi,,,0.1,0.25,NOT_AVAILABLE,PSI of the latest cohort's credit scores (cohorts"
                + " of 30+ scored loans)");
  }
}
