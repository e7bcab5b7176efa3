package com.riskworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The regulator's views on the command line: period, migration, npl-walk, classification. */
class RegulatorCliTest {
  @TempDir static Path temp;
  static Path book;

  @BeforeAll
  static void sampleBook() {
    book = temp.resolve("book.mv.db");
    CliTest.run(
        "sample", "--loans", "300", "--months", "14", "--seed", "4", "--out", book.toString());
  }

  @Test
  void periodPrintsEveryFigureWithAYearAgoColumnOutsideTheDataEmpty() {
    CliTest.Result r = CliTest.run("analyze", "period", "--portfolio", book.toString());

    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("figure,as_of,previous_month,previous_quarter_end,start_of_year,year_ago,unit");
    assertThat(lines).hasSize(1 + 10);
    // 14 months of data: the month a year before the as-of month is the 2nd month, inside; the
    // outstanding row's values are amounts to the cent.
    assertThat(lines.get(1)).matches("outstanding,[0-9]+\\.[0-9]{2},.*");
  }

  @Test
  void periodInJsonGivesNullForAMonthOutsideTheData() {
    // 14 months: as of the 3rd month, a year before is outside the data.
    String third = firstMonth().plusMonths(2).toString();
    CliTest.Result r =
        CliTest.run(
            "analyze",
            "period",
            "--portfolio",
            book.toString(),
            "--as-of",
            third,
            "--format",
            "json");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"year_ago\":null").contains("\"provision_basis\":{");
  }

  @Test
  void migrationPrintsTheFiveRates() {
    CliTest.Result r =
        CliTest.run(
            "analyze",
            "migration",
            "--portfolio",
            book.toString(),
            "--from",
            firstMonth().toString());

    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("class,numerator,denominator,rate");
    assertThat(lines.stream().skip(1).map(l -> l.split(",")[0]))
        .containsExactly("NORMAL", "SPECIAL_MENTION", "SUBSTANDARD", "DOUBTFUL", "NORMAL_LOANS");
  }

  @Test
  void fromAtOrAfterTheAsOfMonthIsRefusedWithExitTwo() {
    CliTest.Result r =
        CliTest.run(
            "analyze",
            "npl-walk",
            "--portfolio",
            book.toString(),
            "--from",
            lastMonth().toString());

    assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err().strip())
        .isEqualTo(
            "error: --from "
                + lastMonth()
                + " must be before the as-of month "
                + lastMonth()
                + ".");
  }

  @Test
  void fromBeforeTheDataIsRefusedWithExitTwo() {
    CliTest.Result r =
        CliTest.run(
            "analyze",
            "migration",
            "--portfolio",
            book.toString(),
            "--from",
            firstMonth().minusMonths(1).toString());

    assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err().strip()).startsWith("error: --from ").contains("is outside the data (");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void classificationOfTheSampleHasBookedCategories() {
    CliTest.Result r = CliTest.run("analyze", "classification", "--portfolio", book.toString());

    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("check,loans,balance,ratio");
    assertThat(lines.get(1)).matches("under_classified,[0-9]+,[0-9]+\\.[0-9]{2},.*");
  }

  /** The bundled sample-data tape, imported: the walk over its whole history adds up. */
  @Test
  void nplWalkOfTheSampleDataAddsUpToTheCent() {
    Path imported = temp.resolve("sample-data.mv.db");
    CliTest.Result load =
        CliTest.run("import", "--from", "sample-data", "--out", imported.toString());
    assertThat(load.status()).as(load.err()).isZero();

    CliTest.Result r =
        CliTest.run(
            "analyze",
            "npl-walk",
            "--portfolio",
            imported.toString(),
            "--from",
            "2024-05",
            "--no-cache");

    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.stream().skip(1).map(l -> l.split(",")[0]))
        .containsExactly(
            "opening",
            "new",
            "upgraded",
            "collected",
            "written_off",
            "left_data",
            "other",
            "closing");
    BigDecimal[] a = new BigDecimal[8];
    for (int i = 0; i < 8; i++) {
      a[i] = new BigDecimal(lines.get(1 + i).split(",")[1]);
    }
    BigDecimal walked =
        a[0].add(a[1]).subtract(a[2]).subtract(a[3]).subtract(a[4]).subtract(a[5]).add(a[6]);
    assertThat(walked).isEqualByComparingTo(a[7]);
    CliTest.Result summary =
        CliTest.run("analyze", "period", "--portfolio", imported.toString(), "--format", "csv");
    String npl =
        summary.out().lines().filter(l -> l.startsWith("npl_balance,")).findFirst().orElseThrow();
    assertThat(new BigDecimal(npl.split(",")[1])).isEqualByComparingTo(a[7]);
  }

  private static java.time.YearMonth firstMonth() {
    String info = CliTest.run("info", "--portfolio", book.toString()).out();
    return months(info)[0];
  }

  private static java.time.YearMonth lastMonth() {
    String info = CliTest.run("info", "--portfolio", book.toString()).out();
    return months(info)[1];
  }

  private static java.time.YearMonth[] months(String info) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d{4}-\\d{2})\\D+(\\d{4}-\\d{2})").matcher(info);
    assertThat(m.find()).as(info).isTrue();
    return new java.time.YearMonth[] {
      java.time.YearMonth.parse(m.group(1)), java.time.YearMonth.parse(m.group(2))
    };
  }
}
