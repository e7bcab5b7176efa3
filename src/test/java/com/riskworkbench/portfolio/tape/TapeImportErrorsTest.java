package com.riskworkbench.portfolio.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.CollectingSink;
import com.riskworkbench.portfolio.store.PortfolioImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each malformed tape is the valid tape of {@link Tapes} with one change; each must fail with a
 * message that names the file, line and column and says what was expected, and leave no file.
 */
class TapeImportErrorsTest {
  @TempDir Path temp;

  static Stream<Arguments> malformedTapes() {
    return Stream.of(
        Arguments.of("missing loans file", "loans.csv", null, "loans.csv: the file is missing"),
        Arguments.of(
            "missing column",
            "loans.csv",
            Tapes.LOANS.replace(",risk_grade,", ",grade,"),
            "loans.csv, line 1, column risk_grade: the required column is missing"),
        Arguments.of(
            "bad number",
            "loans.csv",
            Tapes.LOANS.replace("12000.00,0.18", "12,000.00,0.18"),
            "loans.csv, line 2: expected 11 fields as in the header, found 12"),
        Arguments.of(
            "bad amount text",
            "loan_months.csv",
            Tapes.LOAN_MONTHS.replace("11100.50", "11100.5x"),
            "loan_months.csv, line 3, column balance: expected an amount with at most 2 decimals and '.' as separator, such as 12500.00, found '11100.5x'"),
        Arguments.of(
            "amount with three decimals",
            "loans.csv",
            Tapes.LOANS.replace("12000.00", "12000.001"),
            "loans.csv, line 2, column principal: expected an amount"),
        Arguments.of(
            "bad date",
            "loans.csv",
            Tapes.LOANS.replace("2025-01-15,2026", "2025-02-30,2026"),
            "loans.csv, line 2, column origination_date: expected a date as YYYY-MM-DD, found '2025-02-30'"),
        Arguments.of(
            "date in another format",
            "borrowers.csv",
            Tapes.BORROWERS.replace("1990-03-07", "07/03/1990"),
            "borrowers.csv, line 2, column birth_date: expected a date as YYYY-MM-DD, found '07/03/1990'"),
        Arguments.of(
            "bad month",
            "loan_months.csv",
            Tapes.LOAN_MONTHS.replace("L1,2025-02,", "L1,2025-13,"),
            "loan_months.csv, line 3, column month: expected a month as YYYY-MM, found '2025-13'"),
        Arguments.of(
            "unknown enum",
            "loan_months.csv",
            Tapes.LOAN_MONTHS.replace("0,PAID_OFF", "0,CLOSED"),
            "loan_months.csv, line 4, column status: expected one of ACTIVE, PAID_OFF, CHARGED_OFF, found 'CLOSED'"),
        Arguments.of(
            "unknown borrower type",
            "borrowers.csv",
            Tapes.BORROWERS.replace("B2,MICRO_ENTERPRISE", "B2,COMPANY"),
            "borrowers.csv, line 3, column borrower_type: expected one of INDIVIDUAL, MICRO_ENTERPRISE, SMALL_ENTERPRISE, found 'COMPANY'"),
        Arguments.of(
            "duplicate borrower",
            "borrowers.csv",
            Tapes.BORROWERS.replace("B2,MICRO", "B1,MICRO"),
            "borrowers.csv, line 3, column borrower_id: duplicate borrower_id 'B1'"),
        Arguments.of(
            "duplicate loan",
            "loans.csv",
            Tapes.LOANS.replace("L2,B2", "L1,B2"),
            "loans.csv, line 3, column loan_id: duplicate loan_id 'L1'"),
        Arguments.of(
            "duplicate loan month",
            "loan_months.csv",
            Tapes.LOAN_MONTHS.replace("L2,2025-03,", "L2,2025-02,"),
            "loan_months.csv, line 6, column month: duplicate row for loan 'L2' and month 2025-02"),
        Arguments.of(
            "dangling borrower",
            "loans.csv",
            Tapes.LOANS.replace("L2,B2", "L2,B9"),
            "loans.csv, line 3, column borrower_id: borrower 'B9' is not in borrowers.csv"),
        Arguments.of(
            "dangling loan",
            "loan_months.csv",
            Tapes.LOAN_MONTHS + "L7,2025-03,100,0,ACTIVE,,\n",
            "loan_months.csv, line 7, column loan_id: loan 'L7' is not in loans.csv"),
        Arguments.of(
            "dangling loan in collections",
            "collections.csv",
            Tapes.COLLECTIONS.replace("A1,L2", "A1,L8"),
            "collections.csv, line 2, column loan_id: loan 'L8' is not in loans.csv"),
        Arguments.of(
            "negative balance",
            "loan_months.csv",
            Tapes.LOAN_MONTHS.replace("490000.10", "-5.00"),
            "loan_months.csv, line 6, column balance: balance must not be negative"),
        Arguments.of(
            "negative principal",
            "loans.csv",
            Tapes.LOANS.replace("500000,0.09", "-500000,0.09"),
            "loans.csv, line 3, column principal: principal must not be negative"),
        Arguments.of(
            "month before origination",
            "loan_months.csv",
            Tapes.LOAN_MONTHS.replace("L2,2025-02,", "L2,2025-01,"),
            "loan_months.csv, line 5, column month: month 2025-01 is before the loan's origination month 2025-02"),
        Arguments.of(
            "row after terminal status",
            "loan_months.csv",
            Tapes.LOAN_MONTHS.replace("L2,2025-02,", "L1,2025-04,"),
            "loan_months.csv, line 5, column month: row after the loan's terminal status PAID_OFF in 2025-03"),
        Arguments.of(
            "terminal status before rows already seen",
            "loan_months.csv",
            "loan_id,month,balance,days_past_due,status,charge_off_amount,recovery_amount\n"
                + "L1,2025-02,11100.50,0,ACTIVE,,\nL1,2025-01,0,0,PAID_OFF,,\n",
            "loan_months.csv, line 3, column status: the loan is PAID_OFF in 2025-01 but has rows up to 2025-02"),
        Arguments.of(
            "empty file",
            "borrowers.csv",
            "",
            "borrowers.csv: the file is empty; expected a header row"),
        Arguments.of(
            "missing required value",
            "loans.csv",
            Tapes.LOANS.replace(",Own app,", ",,"),
            "loans.csv, line 2, column channel: a value is required, found an empty field"),
        Arguments.of(
            "unclosed quote",
            "borrowers.csv",
            Tapes.BORROWERS.replace("\"Hangzhou Trading, Ltd\"", "\"Hangzhou Trading, Ltd"),
            "borrowers.csv, line 3: a quoted field is not closed before the end"),
        Arguments.of(
            "text after closing quote",
            "borrowers.csv",
            Tapes.BORROWERS.replace("\"Hangzhou Trading, Ltd\"", "\"Hangzhou\" Trading"),
            "borrowers.csv, line 3: text follows a closing quote"),
        Arguments.of(
            "bad whole number",
            "loan_months.csv",
            Tapes.LOAN_MONTHS.replace("L2,2025-03,490000.10,0,", "L2,2025-03,490000.10,3.5,"),
            "loan_months.csv, line 6, column days_past_due: expected a whole number, found '3.5'"),
        Arguments.of(
            "maturity before origination",
            "loans.csv",
            Tapes.LOANS.replace("2025-01-15,2026-01-15", "2025-01-15,2024-01-15"),
            "loans.csv, line 2, column maturity_date: maturity date 2024-01-15 is before origination date 2025-01-15"),
        Arguments.of(
            "column twice",
            "loans.csv",
            Tapes.LOANS.replace("risk_grade,guarantee_type", "risk_grade,risk_grade"),
            "loans.csv, line 1, column risk_grade: the column appears twice in the header"),
        Arguments.of(
            "error in a file with a byte order mark and CRLF line ends",
            "loans.csv",
            "\uFEFF" + Tapes.LOANS.replace("\n", "\r\n").replace("500000,0.09", "500000,0.O9"),
            "loans.csv, line 3, column interest_rate: expected a decimal number below 1000 with at most 6 decimals, such as 0.185, found '0.O9'"),
        Arguments.of(
            "quoted comma does not shift the columns after it",
            "borrowers.csv",
            Tapes.BORROWERS.replace(",Zhejiang,,Retail,,", ",Zhejiang,,,,"),
            "borrowers.csv, line 3, column industry: a value is required, found an empty field"),
        Arguments.of(
            "line break inside quotes is counted",
            "fraud_cases.csv",
            Tapes.FRAUD_CASES.replace(
                    "\"Applicant's phone, flagged\"", "\"Applicant's phone,\nflagged\"")
                + "F2,L1,B1,2025-13-01,OTHER,AUDIT,OPEN,1,0,0,,\n",
            "fraud_cases.csv, line 4, column reported_date: expected a date as YYYY-MM-DD, found '2025-13-01'"),
        Arguments.of(
            "file that is not UTF-8",
            "borrowers.csv",
            null,
            "borrowers.csv, line 2, column name: the text is not valid UTF-8 (was the file saved as GBK or another encoding?)"),
        Arguments.of(
            "text longer than the schema stores",
            "loans.csv",
            Tapes.LOANS.replace(",24,A,", ",24,Substandard - watchlist,"),
            "loans.csv, line 3, column risk_grade: expected at most 20 characters, found 23"),
        Arguments.of(
            "interest rate too large for DECIMAL(9,6)",
            "loans.csv",
            Tapes.LOANS.replace("0.09", "1000"),
            "loans.csv, line 3, column interest_rate: expected a decimal number below 1000 with at most 6 decimals"),
        Arguments.of(
            "fraud case on unknown borrower",
            "fraud_cases.csv",
            Tapes.FRAUD_CASES.replace("F1,L1,B1", "F1,L1,B5"),
            "fraud_cases.csv, line 2, column borrower_id: borrower 'B5' is not in borrowers.csv"),
        Arguments.of(
            "unknown booked category",
            "loan_months.csv",
            Tapes.LOAN_MONTHS_BOOKED.replace("45,ACTIVE,,,NORMAL", "45,ACTIVE,,,WATCH"),
            "loan_months.csv, line 6, column five_category: expected one of NORMAL,"
                + " SPECIAL_MENTION, SUBSTANDARD, DOUBTFUL, LOSS, found 'WATCH'"),
        Arguments.of(
            "negative provision",
            "loan_months.csv",
            Tapes.LOAN_MONTHS_BOOKED.replace("NORMAL,111.01", "NORMAL,-111.01"),
            "loan_months.csv, line 3, column provision: provision must not be negative, found"
                + " -111.01"),
        Arguments.of(
            "own share above 1",
            "loans.csv",
            Tapes.LOANS_CO_LENT.replace("Bank P,0.3", "Bank P,1.5"),
            "loans.csv, line 3, column own_share: own share must be a fraction from 0 to 1 (0.30"
                + " = 30 %), found 1.5"),
        Arguments.of(
            "own share as a percentage",
            "loans.csv",
            Tapes.LOANS_CO_LENT.replace("Bank P,0.3", "Bank P,30"),
            "loans.csv, line 3, column own_share: own share must be a fraction from 0 to 1 (0.30"
                + " = 30 %), found 30"),
        Arguments.of(
            "negative tier 1 net capital",
            "portfolio.csv",
            Tapes.PORTFOLIO.replace("1200000.00", "-1200000.00"),
            "portfolio.csv, line 2, column tier1_net_capital: tier 1 net capital must not be"
                + " negative, found -1200000.0"),
        Arguments.of(
            "second portfolio row",
            "portfolio.csv",
            Tapes.PORTFOLIO + "1.00,2.00\n",
            "portfolio.csv, line 3: portfolio.csv holds one row; this is a second one"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedTapes")
  void malformedTapeFailsWithItsPlaceAndWritesNothing(
      String what, String file, String content, String expected) throws IOException {
    Map<String, String> files = Tapes.valid();
    files.put(file, content);
    Path tape = Tapes.write(temp.resolve("tape"), files);
    if (what.equals("file that is not UTF-8")) {
      // 张 in GBK, as a legacy Windows export would write it.
      Files.write(
          tape.resolve(file),
          Tapes.BORROWERS
              .replace("张伟", "\u5f20")
              .getBytes(java.nio.charset.Charset.forName("GBK")));
    }
    Path outFolder = Files.createDirectories(temp.resolve("out"));
    Path out = outFolder.resolve("book.mv.db");

    assertThatThrownBy(
            () -> PortfolioImport.run(TapeSource.folder(tape), out, "x", false, Progress.NONE))
        .isInstanceOf(TapeImportException.class)
        .satisfies(e -> assertThat(((TapeImportException) e).report()).contains(expected));
    try (Stream<Path> left = Files.list(outFolder)) {
      assertThat(left).as("files left behind").isEmpty();
    }
  }

  @Test
  void manyErrorsAreReportedTogether() throws IOException {
    Map<String, String> files = Tapes.valid();
    files.put(
        "loan_months.csv",
        Tapes.LOAN_MONTHS
            .replace("12000.00,0,ACTIVE", "12000.00,-1,ACTIVE")
            .replace("0,PAID_OFF", "0,DONE"));
    files.put("loans.csv", Tapes.LOANS.replace("0.09", "nine"));
    Path tape = Tapes.write(temp.resolve("tape"), files);

    assertThatThrownBy(
            () ->
                PortfolioImport.run(
                    TapeSource.folder(tape), temp.resolve("b.mv.db"), "x", false, Progress.NONE))
        .isInstanceOfSatisfying(
            TapeImportException.class,
            e -> {
              // loans.csv line 3 (rate), loan_months.csv line 2 (dpd) and line 4 (status). The rows
              // naming the rejected loan L2 (loan_months.csv lines 5-6, collections.csv line 2) are
              // skipped without repeating the error.
              assertThat(e.errors())
                  .extracting(TapeError::toString)
                  .containsExactly(
                      "loans.csv, line 3, column interest_rate: expected a decimal number below 1000 with at most 6 decimals, such as 0.185, found 'nine'",
                      "loan_months.csv, line 2, column days_past_due: days past due must not be negative, found -1",
                      "loan_months.csv, line 4, column status: expected one of ACTIVE, PAID_OFF, CHARGED_OFF, found 'DONE'");
              assertThat(e.getMessage()).contains("has 3 errors; nothing was written");
            });
  }

  @Test
  void checkingStopsAtTheErrorCap() throws Exception {
    StringBuilder months =
        new StringBuilder(
            "loan_id,month,balance,days_past_due,status,charge_off_amount,recovery_amount\n");
    for (int i = 0; i < 80; i++) {
      months.append("L1,2025-01,x,0,ACTIVE,,\n");
    }
    Map<String, String> files = Tapes.valid();
    files.put("loan_months.csv", months.toString());
    Path tape = Tapes.write(temp.resolve("tape"), files);

    assertThatThrownBy(
            () ->
                new TapeImporter(10)
                    .importTape(TapeSource.folder(tape), new CollectingSink(), Progress.NONE))
        .isInstanceOfSatisfying(
            TapeImportException.class,
            e -> {
              assertThat(e.errors()).hasSize(10);
              assertThat(e.truncated()).isTrue();
              assertThat(e.getMessage()).contains("at least 10 errors (checking stopped there)");
            });
  }

  @Test
  void existingOutputIsKeptWhenTheImportFails() throws IOException {
    Map<String, String> files = Tapes.valid();
    files.put("loans.csv", Tapes.LOANS.replace("L2,B2", "L2,B9"));
    Path tape = Tapes.write(temp.resolve("tape"), files);
    Path out = temp.resolve("book.mv.db");
    Files.writeString(out, "the analyst's previous file");

    assertThatThrownBy(
            () -> PortfolioImport.run(TapeSource.folder(tape), out, "x", true, Progress.NONE))
        .isInstanceOf(TapeImportException.class);
    assertThat(Files.readString(out)).isEqualTo("the analyst's previous file");
  }
}
