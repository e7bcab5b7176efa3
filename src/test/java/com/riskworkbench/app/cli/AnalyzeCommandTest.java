package com.riskworkbench.app.cli;

import static com.riskworkbench.testing.CsvLines.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.EclAnalysis;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** What {@code analyze} prints equals what the Java API returns for the same inputs. */
class AnalyzeCommandTest {
  @TempDir static Path temp;
  static Path book;
  static LoadedPortfolio loaded;

  @BeforeAll
  static void sampleBook() throws Exception {
    book = temp.resolve("book.mv.db");
    CliTest.run(
        "sample", "--loans", "800", "--months", "15", "--seed", "11", "--out", book.toString());
    try (PortfolioRepository repo = PortfolioRepository.open(book)) {
      loaded = repo.load(Progress.NONE);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      textBlock =
          """
          summary,       '',                     product,  ''
          summary,       2026-03,                product,  channel=Partner B
          concentration, '',                     channel,  ''
          concentration, 2026-06,                region,   product=Credit loan
          concentration, '',                     borrower, ''
          concentration, '',                     age_band, ''
          vintage,       '',                     product,  ''
          vintage,       2026-06,                product,  risk_grade=E
          roll-rate,     '',                     product,  ''
          roll-rate,     2026-01,                product,  channel=Own app
          flow-rate,     '',                     product,  ''
          collections,   '',                     product,  ''
          fraud,         '',                     product,  ''
          warnings,      '',                     product,  ''
          pd,            '',                     product,  ''
          ecl,           '',                     channel,  ''
          ecl,           2026-06,                product,  channel=Own app
          provisions,    '',                     product,  ''
          forecast,      '',                     product,  ''
          backtest,      '',                     product,  ''
          backtest,      '',                     product,  channel=Own app
          period,        '',                     product,  ''
          period,        2026-03,                product,  channel=Own app
          migration,     '',                     product,  ''
          migration,     2026-06,                product,  channel=Partner B
          npl-walk,      '',                     product,  ''
          npl-walk,      '',                     product,  channel=Own app
          classification, '',                    product,  ''
          lorenz,        '',                     borrower, ''
          lorenz,        2026-06,                region,   product=Credit loan
          groups,        '',                     product,  ''
          co-lending,    '',                     product,  ''
          co-lending,    2026-03,                product,  'funding_partner=(own),Bank Hua'
          concentration, '',                     funding_partner, ''
          concentration, '',                     group,    group=(none)
          """)
  void csvEqualsTheApiResult(String analysis, String asOf, String by, String filter) {
    List<String> args =
        new ArrayList<>(List.of("analyze", analysis, "--portfolio", book.toString(), "--by", by));
    if (!asOf.isEmpty()) {
      args.addAll(List.of("--as-of", asOf));
    }
    if (!filter.isEmpty()) {
      args.addAll(List.of("--filter", filter));
    }
    CliTest.Result cli = CliTest.run(args.toArray(String[]::new));
    assertThat(cli.status()).as(cli.err()).isZero();

    AnalysisScope scope =
        AnalysisScope.of(
            loaded,
            asOf.isEmpty() ? Optional.empty() : Optional.of(YearMonth.parse(asOf)),
            filter.isEmpty() ? SegmentFilter.NONE : SegmentFilter.parse(List.of(filter)));
    Analyses.Params params = Analyses.Params.defaults();
    params =
        new Analyses.Params(
            Dimension.parse(by),
            params.threshold(),
            params.window(),
            params.weight(),
            params.cohort(),
            params.fiveCategory(),
            params.buckets(),
            params.limits());
    AnalysisResult api = Analyses.run(Analyses.Kind.parse(analysis), scope, params);

    // Every row passes --by: for ecl that asks for the table by segment (README "Command line").
    Table t = api instanceof EclAnalysis.EclResult ecl ? ecl.bySegment() : api.rows();
    List<String> lines = cli.out().lines().toList();
    assertThat(fields(lines.get(0))).isEqualTo(t.columnNames());
    assertThat(lines).hasSize(t.rowCount() + 1);
    for (int r = 0; r < t.rowCount(); r++) {
      List<String> printed = fields(lines.get(r + 1));
      for (int c = 0; c < t.columnCount(); c++) {
        Column<?> col = t.column(c);
        String text = printed.get(c);
        if (col.type() == ColumnType.STRING) {
          assertThat(text).isEqualTo(col.getString(r));
        } else if (col.type() == ColumnType.DOUBLE) {
          Double v = (Double) col.get(r);
          if (v == null || Double.isNaN(v)) {
            assertThat(text).isEmpty();
          } else if (AnalysisResult.AMOUNT_COLUMNS.contains(col.name())) {
            assertThat(text).matches("-?\\d+\\.\\d\\d");
            assertThat(Double.parseDouble(text)).isCloseTo(v, within(0.005));
          } else {
            // Ratios are printed to 12 significant digits.
            assertThat(Double.parseDouble(text))
                .isCloseTo(v, within(Math.max(1e-12, Math.abs(v) * 1e-11)));
          }
        } else if (col.type() == ColumnType.BOOLEAN) {
          // A breach flag: true, false, or empty when it cannot be judged.
          Object b = col.get(r);
          assertThat(text).isEqualTo(b == null ? "" : b.toString());
        } else {
          assertThat(Long.parseLong(text)).isEqualTo(((Number) col.get(r)).longValue());
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          --by colour                | error: unknown dimension 'colour'; expected one of product, channel, region, industry, risk_grade, borrower_type, age_band, funding_partner, group, borrower
          --as-of 2026-13            | error: Invalid value for option '--as-of'
          --as-of 2031-01            | error: as-of month 2031-01 is outside the data (
          --filter grade             | error: filter 'grade' is not of the form dimension=value[,value]
          --window 0                 | error: window must be at least 1 month, got 0
          --format xml               | error: unknown format 'xml'; expected csv or json
          """)
  void badArgumentsExitWithTwoAndSayWhy(String option, String message) {
    List<String> args =
        new ArrayList<>(List.of("analyze", "concentration", "--portfolio", book.toString()));
    args.addAll(List.of(option.trim().split(" ")));
    CliTest.Result r = CliTest.run(args.toArray(String[]::new));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith(message.trim());
    assertThat(r.out()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void unknownAnalysisExitsWithTwo() {
    CliTest.Result r = CliTest.run("analyze", "npl-forecast", "--portfolio", book.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "error: unknown analysis 'npl-forecast'; expected one of summary, concentration, vintage, roll-rate, flow-rate, collections, fraud, warnings");
  }
}
