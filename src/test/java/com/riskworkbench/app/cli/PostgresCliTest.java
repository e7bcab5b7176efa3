package com.riskworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.testing.PgServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The definition of done: {@code import --from TAPE --out jdbc:postgresql://...} then
 * {@code analyze KIND --portfolio jdbc:postgresql://...} prints exactly what the same analysis
 * prints on the H2 file imported from the same tape — for every analysis, several parameters.
 */
@Timeout(300)
class PostgresCliTest {
  @TempDir static Path temp;
  static Path file;
  static String url;
  static String importOutput;

  @BeforeAll
  static void importTheSameTapeTwice() throws Exception {
    PgServer server = PgServer.get();
    Path tape = temp.resolve("tape");
    CliTest.Result sample =
        CliTest.run(
            "sample", "--loans", "700", "--months", "20", "--seed", "8", "--tape", tape.toString());
    assertThat(sample.status()).as(sample.err()).isZero();
    file = temp.resolve("book.mv.db");
    CliTest.Result toFile =
        CliTest.run("import", "--from", tape.toString(), "--out", file.toString());
    assertThat(toFile.status()).as(toFile.err()).isZero();

    PortfolioLocation.Postgres db = server.newDatabase("rw_cli");
    url =
        db.url()
            + "?user="
            + URLEncoder.encode(server.adminUser(), StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(server.adminPassword(), StandardCharsets.UTF_8);
    CliTest.Result toDb = CliTest.run("import", "--from", tape.toString(), "--out", url);
    assertThat(toDb.status()).as(toDb.err()).isZero();
    importOutput = toDb.out() + toDb.err();
  }

  @Test
  void importPrintsTheDatabaseWithoutItsPassword() {
    assertThat(importOutput).startsWith("Imported jdbc:postgresql://").contains("700 loans");
    assertThat(importOutput).doesNotContain(PgServer.get().adminPassword());
  }

  static List<String> analyze(String portfolio, String args) {
    List<String> all = new ArrayList<>(List.of("analyze"));
    for (String a : args.trim().split("\\s+")) {
      all.add(a.replace("~", " "));
    }
    all.addAll(List.of("--portfolio", portfolio, "--no-cache"));
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      textBlock =
          """
          summary
          summary --format json --five-category credit-card
          summary --as-of 2026-03 --filter channel=Partner~B
          concentration --by product --format json
          concentration --by region
          concentration --by borrower --as-of 2026-06
          concentration --by age_band --filter product=Credit~loan
          vintage
          vintage --threshold 60 --weight count --format json
          vintage --threshold 90 --cohort quarter
          roll-rate
          roll-rate --window 1 --format json
          roll-rate --window 12 --as-of 2026-08
          flow-rate
          flow-rate --window 3 --format json
          collections
          collections --as-of 2026-05 --format json
          fraud
          fraud --format json
          warnings
          warnings --format json --as-of 2026-07
          """)
  void everyAnalysisOnTheDatabaseEqualsTheOneOnTheFile(String args) {
    CliTest.Result onFile = CliTest.run(analyze(file.toString(), args).toArray(String[]::new));
    CliTest.Result onDb = CliTest.run(analyze(url, args).toArray(String[]::new));

    assertThat(onFile.status()).as(onFile.err()).isZero();
    assertThat(onDb.status()).as(onDb.err()).isZero();
    if (args.contains("json")) {
      assertThat(onFile.out()).as("rows").contains("\"rows\":[{");
    } else {
      assertThat(onFile.out().lines().count()).as("rows").isGreaterThan(1);
    }
    assertThat(onDb.out()).isEqualTo(onFile.out());
  }

  @Test
  void theCachedBookOfTheDatabaseGivesTheSameAnswer() {
    String[] cached = {"analyze", "roll-rate", "--portfolio", url, "--format", "json"};
    CliTest.Result first = CliTest.run(cached);
    CliTest.Result second = CliTest.run(cached);
    CliTest.Result onFile =
        CliTest.run("analyze", "roll-rate", "--portfolio", file.toString(), "--format", "json");

    assertThat(second.out()).isEqualTo(first.out()).isEqualTo(onFile.out());
  }

  @Test
  void infoOnTheDatabaseMatchesTheFileButForWhereItIs() {
    CliTest.Result onFile = CliTest.run("info", "--portfolio", file.toString());
    CliTest.Result onDb = CliTest.run("info", "--portfolio", url);

    assertThat(onDb.status()).as(onDb.err()).isZero();
    assertThat(onDb.out()).contains("database: jdbc:postgresql://").doesNotContain("password");
    assertThat(withoutFirstTwoLines(onDb.out())).isEqualTo(withoutFirstTwoLines(onFile.out()));
  }

  /** Drops "name:" (the file's base name vs the database's name) and "file:"/"database:". */
  private static String withoutFirstTwoLines(String s) {
    return s.lines().skip(2).reduce("", (a, b) -> a + b + "\n");
  }

  @Test
  void reportOnTheDatabaseWritesThePack() throws Exception {
    Path pack = temp.resolve("team.xlsx");
    CliTest.Result r =
        CliTest.run("report", "--portfolio", url, "--out", pack.toString(), "--lang", "en");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.size(pack)).isPositive();
  }

  @Test
  void badPasswordOnTheCommandLineExitsWithTwoAndOneSentence() {
    String wrong = url.replaceFirst("password=[^&]*", "password=wrong-one");
    CliTest.Result r = CliTest.run("analyze", "summary", "--portfolio", wrong);

    assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err().strip())
        .isEqualTo(
            "error: The database server at "
                + PgServer.get().hostPort()
                + " refused the password for user "
                + PgServer.get().adminUser()
                + " (wrong user name or password).");
  }
}
