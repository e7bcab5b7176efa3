package com.riskworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.portfolio.tape.Tapes;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of malformed and hostile loan tapes, each the small valid tape with one thing wrong.
 * Every one ends in exit 2 with the headline and exactly the errors expected (no error caused by
 * another), and the portfolio it would have replaced is untouched.
 */
class HostileTapeCliTest {
  @TempDir Path temp;

  /** A tape: how it differs from the valid one, then what the error lines must contain. */
  record Case(String name, Consumer<Map<String, String>> change, List<String> errors) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case text(String name, String file, String from, String to, String... errors) {
    return new Case(
        name,
        files -> {
          String before = files.get(file);
          assertThat(before).contains(from);
          files.put(file, before.replace(from, to));
        },
        List.of(errors));
  }

  static Case files(String name, Consumer<Map<String, String>> change, String... errors) {
    return new Case(name, change, List.of(errors));
  }

  static final String B1 =
      "B1,INDIVIDUAL,张伟,110101199003071236,1990-03-07,Beijing,Beijing,Individual consumption,120000.00,700";
  static final String L1 =
      "L1,B1,Credit loan,Own app,2025-01-15,2026-01-15,12000.00,0.18,12,B,CREDIT";
  static final String L2 =
      "L2,B2,Business loan,Branch,2025-02-03,2027-02-03,500000,0.09,24,A,GUARANTEED";
  static final String DATE = "a date from 1900 to 2099";
  static final String MONTH = "a month from 1900-01 to 2099-12";
  static final String TOO_MUCH =
      "the amounts of this column add up to more than 1,000,000,000,000,000.00";

  static Stream<Case> tapes() {
    List<Case> c = new ArrayList<>();
    // borrowers.csv: B1 is on line 2, B2 on line 3
    c.add(
        text(
            "unknown borrower type",
            "borrowers.csv",
            "B1,INDIVIDUAL",
            "B1,PERSON",
            "borrowers.csv, line 2, column borrower_type: expected one of INDIVIDUAL,"
                + " MICRO_ENTERPRISE, SMALL_ENTERPRISE, found 'PERSON'"));
    c.add(
        text(
            "birth date in year 0",
            "borrowers.csv",
            "1990-03-07",
            "0000-03-07",
            "line 2, column birth_date: expected " + DATE + ", found '0000-03-07'"));
    c.add(
        text(
            "birth date in 2150",
            "borrowers.csv",
            "1990-03-07",
            "2150-03-07",
            "line 2, column birth_date: expected " + DATE + ", found '2150-03-07'"));
    c.add(
        text(
            "30 February",
            "borrowers.csv",
            "1990-03-07",
            "1990-02-30",
            "line 2, column birth_date: expected a date as YYYY-MM-DD, found '1990-02-30'"));
    c.add(
        text(
            "negative income",
            "borrowers.csv",
            "120000.00,700",
            "-120000.00,700",
            "line 2, column annual_income: annual income must not be negative"));
    c.add(
        text(
            "Arabic-Indic digits",
            "borrowers.csv",
            "120000.00,700",
            "120000.00,٧٠٠",
            "line 2, column credit_score: expected a whole number, found '٧٠٠'"));
    c.add(
        text(
            "full-width digits in a score",
            "borrowers.csv",
            "120000.00,700",
            "120000.00,７００",
            "line 2, column credit_score: expected a whole number, found '７００'"));
    c.add(
        text(
            "full-width digits in an amount",
            "borrowers.csv",
            "120000.00,700",
            "１２００００.00,700",
            "line 2, column annual_income: expected an amount"));
    c.add(
        text(
            "duplicate borrower",
            "borrowers.csv",
            B1 + "\n",
            B1 + "\n" + B1 + "\n",
            "borrowers.csv, line 3, column borrower_id: duplicate borrower_id 'B1'"));
    c.add(
        text(
            "empty region",
            "borrowers.csv",
            "1990-03-07,Beijing,",
            "1990-03-07,,",
            "line 2, column region: a value is required, found an empty field"));
    c.add(
        text(
            "name too long",
            "borrowers.csv",
            "张伟",
            "张".repeat(201),
            "line 2, column name: expected at most 200 characters, found 201"));
    c.add(
        text(
            "an extra field: its loans are not blamed",
            "borrowers.csv",
            B1,
            B1 + ",extra",
            "borrowers.csv, line 2: expected 10 fields as in the header, found 11"));
    c.add(
        text(
            "a missing column: no loan is blamed",
            "borrowers.csv",
            "city,industry,",
            "city,sector,",
            "borrowers.csv, line 1, column industry: the required column is missing from the"
                + " header"));
    c.add(
        text(
            "a column twice",
            "borrowers.csv",
            "city,industry,",
            "city,city,",
            "borrowers.csv, line 1, column city: the column appears twice in the header"));
    c.add(
        text(
            "an unclosed quote: the rest of the file unread, no loan blamed",
            "borrowers.csv",
            "\"Hangzhou Trading, Ltd\"",
            "\"Hangzhou Trading, Ltd",
            "borrowers.csv, line 3: a quoted field is not closed before the end; the rest of the"
                + " file was not read"));
    c.add(
        text(
            "text after a closing quote",
            "borrowers.csv",
            "\"Hangzhou Trading, Ltd\"",
            "\"Hangzhou Trading, Ltd\"x",
            "borrowers.csv, line 3: text follows a closing quote"));
    c.add(
        text(
            "a 200,000-character line",
            "borrowers.csv",
            "张伟",
            "x".repeat(200_000),
            "borrowers.csv, line 2: a field is longer than 65,536 characters (is this a loan"
                + " tape?)"));
    c.add(
        text(
            "2,000 fields on a line",
            "borrowers.csv",
            B1,
            B1 + ",".repeat(2_000),
            "borrowers.csv, line 2: the line has more than 1,024 fields; the rest of the file was"
                + " not read"));
    c.add(
        files(
            "no borrowers.csv",
            f -> f.remove("borrowers.csv"),
            "borrowers.csv: the file is missing; a tape needs borrowers.csv, loans.csv and"
                + " loan_months.csv"));
    c.add(
        files(
            "an empty borrowers.csv",
            f -> f.put("borrowers.csv", ""),
            "borrowers.csv: the file is empty; expected a header row"));
    c.add(
        files(
            "headers only",
            f -> f.replaceAll((name, content) -> content.lines().findFirst().orElse("") + "\n"),
            "borrowers.csv, line 1: the file has a header but no rows; a portfolio needs at least"
                + " one borrower",
            "loans.csv, line 1: the file has a header but no rows; a portfolio needs at least one"
                + " loan",
            "loan_months.csv, line 1: the file has a header but no rows; a portfolio needs at"
                + " least one loan month"));
    // loans.csv: L1 on line 2, L2 on line 3
    c.add(
        text(
            "origination in year 0",
            "loans.csv",
            "2025-01-15,2026",
            "0000-01-01,2026",
            "loans.csv, line 2, column origination_date: expected "
                + DATE
                + ", found '0000-01-01'"));
    c.add(
        text(
            "origination in 9999",
            "loans.csv",
            "2025-01-15,2026-01-15",
            "9999-01-15,9999-02-15",
            "loans.csv, line 2, column origination_date: expected " + DATE,
            "loans.csv, line 2, column maturity_date: expected " + DATE));
    c.add(
        text(
            "maturity before origination",
            "loans.csv",
            "2025-01-15,2026-01-15",
            "2025-01-15,2024-01-15",
            "loans.csv, line 2, column maturity_date: maturity date 2024-01-15 is before"
                + " origination date 2025-01-15"));
    c.add(
        text(
            "negative principal",
            "loans.csv",
            ",12000.00,",
            ",-12000.00,",
            "loans.csv, line 2, column principal: principal must not be negative"));
    c.add(
        text(
            "three decimals",
            "loans.csv",
            ",12000.00,",
            ",12000.001,",
            "loans.csv, line 2, column principal: expected an amount with at most 2 decimals"));
    c.add(
        text(
            "thousands separator",
            "loans.csv",
            ",12000.00,",
            ",\"12,000.00\",",
            "loans.csv, line 2, column principal: expected an amount with at most 2 decimals"));
    c.add(
        text(
            "17 digits",
            "loans.csv",
            ",12000.00,",
            ",12345678901234567,",
            "loans.csv, line 2, column principal: expected an amount"));
    c.add(
        text(
            "principals whose sum would overflow",
            "loans.csv",
            ",500000,",
            ",999999999999999.99,",
            "loans.csv, line 3, column principal: " + TOO_MUCH));
    c.add(
        text(
            "one principal above every book",
            "loans.csv",
            ",12000.00,",
            ",9999999999999999.99,",
            "loans.csv, line 2, column principal: " + TOO_MUCH));
    c.add(
        text(
            "negative rate",
            "loans.csv",
            ",0.18,",
            ",-0.18,",
            "loans.csv, line 2, column interest_rate: interest rate must not be negative"));
    c.add(
        text(
            "rate with an exponent",
            "loans.csv",
            ",0.18,",
            ",1.8E-1,",
            "loans.csv, line 2, column interest_rate: expected a decimal number"));
    c.add(
        text(
            "rate in Arabic-Indic digits",
            "loans.csv",
            ",0.18,",
            ",٠.١٨,",
            "loans.csv, line 2, column interest_rate: expected a decimal number"));
    c.add(
        text(
            "term 0",
            "loans.csv",
            "0.18,12,",
            "0.18,0,",
            "loans.csv, line 2, column term_months: term must be at least 1 month, found 0"));
    c.add(
        text(
            "term with a unit",
            "loans.csv",
            "0.18,12,",
            "0.18,12m,",
            "loans.csv, line 2, column term_months: expected a whole number, found '12m'"));
    c.add(
        text(
            "term in full-width digits",
            "loans.csv",
            "0.18,12,",
            "0.18,１２,",
            "loans.csv, line 2, column term_months: expected a whole number, found '１２'"));
    c.add(
        text(
            "unknown guarantee",
            "loans.csv",
            ",B,CREDIT",
            ",B,UNSECURED",
            "loans.csv, line 2, column guarantee_type: expected one of CREDIT, GUARANTEED,"
                + " COLLATERAL, found 'UNSECURED'"));
    c.add(
        text(
            "duplicate loan",
            "loans.csv",
            L2 + "\n",
            L2 + "\n" + L2 + "\n",
            "loans.csv, line 4, column loan_id: duplicate loan_id 'L2'"));
    c.add(
        text(
            "unknown borrower",
            "loans.csv",
            "L2,B2,",
            "L2,B9,",
            "loans.csv, line 3, column borrower_id: borrower 'B9' is not in borrowers.csv"));
    c.add(
        text(
            "a short row: its months are not blamed",
            "loans.csv",
            L1,
            "L1,B1,Credit loan",
            "loans.csv, line 2: expected 11 fields as in the header, found 3"));
    c.add(
        files(
            "no loans.csv",
            f -> f.remove("loans.csv"),
            "loans.csv: the file is missing; a tape needs borrowers.csv, loans.csv and"
                + " loan_months.csv"));
    c.add(
        text(
            "loans without term_months: no month blamed",
            "loans.csv",
            "interest_rate,term_months,",
            "interest_rate,term,",
            "loans.csv, line 1, column term_months: the required column is missing from the"
                + " header"));
    // loan_months.csv: L1 2025-01..03 on lines 2-4, L2 2025-02..03 on lines 5-6
    c.add(
        text(
            "month 13",
            "loan_months.csv",
            "L1,2025-01,",
            "L1,2025-13,",
            "loan_months.csv, line 2, column month: expected a month as YYYY-MM, found '2025-13'"));
    c.add(
        text(
            "month in year 0",
            "loan_months.csv",
            "L1,2025-01,",
            "L1,0000-01,",
            "loan_months.csv, line 2, column month: expected " + MONTH + ", found '0000-01'"));
    c.add(
        text(
            "month in 2150",
            "loan_months.csv",
            "L2,2025-03,",
            "L2,2150-03,",
            "loan_months.csv, line 6, column month: expected " + MONTH + ", found '2150-03'"));
    c.add(
        text(
            "a date for a month",
            "loan_months.csv",
            "L1,2025-01,",
            "L1,2025-01-15,",
            "loan_months.csv, line 2, column month: expected a month as YYYY-MM"));
    c.add(
        text(
            "negative balance",
            "loan_months.csv",
            "L1,2025-02,11100.50,",
            "L1,2025-02,-11100.50,",
            "loan_months.csv, line 3, column balance: balance must not be negative"));
    c.add(
        text(
            "negative days past due",
            "loan_months.csv",
            "L1,2025-02,11100.50,0,",
            "L1,2025-02,11100.50,-5,",
            "loan_months.csv, line 3, column days_past_due: days past due must not be negative"));
    c.add(
        text(
            "days past due in Arabic-Indic digits",
            "loan_months.csv",
            "L1,2025-02,11100.50,0,",
            "L1,2025-02,11100.50,٥,",
            "loan_months.csv, line 3, column days_past_due: expected a whole number, found '٥'"));
    c.add(
        text(
            "unknown status",
            "loan_months.csv",
            "L1,2025-02,11100.50,0,ACTIVE",
            "L1,2025-02,11100.50,0,LATE",
            "loan_months.csv, line 3, column status: expected one of ACTIVE, PAID_OFF,"
                + " CHARGED_OFF, found 'LATE'"));
    c.add(
        text(
            "negative charge-off",
            "loan_months.csv",
            "L2,2025-03,490000.10,0,ACTIVE,,",
            "L2,2025-03,490000.10,0,ACTIVE,-1.00,",
            "loan_months.csv, line 6, column charge_off_amount: charge-off amount must not be"
                + " negative"));
    c.add(
        text(
            "a month before origination",
            "loan_months.csv",
            "L1,2025-01,",
            "L1,2024-12,",
            "loan_months.csv, line 2, column month: month 2024-12 is before the loan's"
                + " origination month 2025-01"));
    c.add(
        text(
            "a month after payoff",
            "loan_months.csv",
            "L1,2025-03,0,0,PAID_OFF,,\n",
            "L1,2025-03,0,0,PAID_OFF,,\nL1,2025-04,0,0,ACTIVE,,\n",
            "loan_months.csv, line 5, column month: row after the loan's terminal status"
                + " PAID_OFF in 2025-03"));
    c.add(
        text(
            "a month twice",
            "loan_months.csv",
            "L2,2025-02,500000,0,ACTIVE,,\n",
            "L2,2025-02,500000,0,ACTIVE,,\nL2,2025-02,500000,0,ACTIVE,,\n",
            "loan_months.csv, line 6, column month: duplicate row for loan 'L2' and month"
                + " 2025-02"));
    c.add(
        text(
            "an unknown loan",
            "loan_months.csv",
            "L2,2025-03,",
            "L9,2025-03,",
            "loan_months.csv, line 6, column loan_id: loan 'L9' is not in loans.csv"));
    // L1's balances (2,310,050 cents) + 9e16 stay below 1e17; the second 9e16 passes it.
    c.add(
        text(
            "balances whose sum would overflow",
            "loan_months.csv",
            "L2,2025-02,500000,0,ACTIVE,,\nL2,2025-03,490000.10,",
            "L2,2025-02,900000000000000.00,0,ACTIVE,,\nL2,2025-03,900000000000000.00,",
            "loan_months.csv, line 6, column balance: " + TOO_MUCH));
    c.add(
        files(
            "loan months with a header only",
            f -> f.put("loan_months.csv", f.get("loan_months.csv").lines().findFirst().get()),
            "loan_months.csv, line 1: the file has a header but no rows; a portfolio needs at"
                + " least one loan month"));
    // collections.csv: A1 on line 2
    c.add(
        text(
            "unknown action type",
            "collections.csv",
            ",SMS,",
            ",EMAIL,",
            "collections.csv, line 2, column action_type: expected one of SMS, CALL, VISIT,"
                + " LETTER, LEGAL, AGENCY, found 'EMAIL'"));
    c.add(
        text(
            "negative recovery",
            "collections.csv",
            "NO_CONTACT,0",
            "NO_CONTACT,-10",
            "collections.csv, line 2, column amount_recovered: amount recovered must not be"
                + " negative"));
    c.add(
        text(
            "an action on an unknown loan",
            "collections.csv",
            "A1,L2,",
            "A1,L7,",
            "collections.csv, line 2, column loan_id: loan 'L7' is not in loans.csv"));
    c.add(
        text(
            "an action in year 0",
            "collections.csv",
            "2025-03-20",
            "0000-03-20",
            "collections.csv, line 2, column action_date: expected " + DATE));
    // fraud_cases.csv: F1 on line 2
    c.add(
        text(
            "unknown fraud type",
            "fraud_cases.csv",
            "IDENTITY_THEFT",
            "PHISHING",
            "fraud_cases.csv, line 2, column fraud_type: expected one of IDENTITY_THEFT"));
    c.add(
        text(
            "a case reported in 3000",
            "fraud_cases.csv",
            "2025-03-02",
            "3000-03-02",
            "fraud_cases.csv, line 2, column reported_date: expected " + DATE));
    c.add(
        text(
            "negative exposure",
            "fraud_cases.csv",
            "OPEN,12000,",
            "OPEN,-12000,",
            "fraud_cases.csv, line 2: exposure, loss and recovered amounts must not be negative"));
    c.add(
        text(
            "a case on an unknown borrower",
            "fraud_cases.csv",
            "F1,L1,B1,",
            "F1,L1,B8,",
            "fraud_cases.csv, line 2, column borrower_id: borrower 'B8' is not in"
                + " borrowers.csv"));
    c.add(
        text(
            "a formula in a summary is only text, an unknown status is not",
            "fraud_cases.csv",
            "OPEN,12000,0,0,Weak device check,\"Applicant's phone, flagged\"",
            "UNDER_REVIEW,12000,0,0,Weak device check,\"=HYPERLINK(\"\"http://x\"\")\"",
            "fraud_cases.csv, line 2, column status: expected one of OPEN, CONFIRMED, DISMISSED,"
                + " CLOSED, found 'UNDER_REVIEW'"));
    // the optional inputs (Tapes.withOptionalInputs): L2 2025-03 on line 6 of loan_months.csv,
    // L2 on line 3 of loans.csv, the one row of portfolio.csv on line 2
    c.add(
        optional(
            "a formula as a booked category",
            "loan_months.csv",
            "45,ACTIVE,,,NORMAL,4900.00",
            "45,ACTIVE,,,=HYPERLINK(\"\"),4900.00",
            "loan_months.csv, line 6, column five_category: expected one of NORMAL,"
                + " SPECIAL_MENTION, SUBSTANDARD, DOUBTFUL, LOSS, found '=HYPERLINK(\"\")'"));
    c.add(
        optional(
            "a negative provision",
            "loan_months.csv",
            "45,ACTIVE,,,NORMAL,4900.00",
            "45,ACTIVE,,,NORMAL,-4900.00",
            "loan_months.csv, line 6, column provision: provision must not be negative, found"
                + " -4900.0"));
    c.add(
        optional(
            "an own share below 0",
            "loans.csv",
            "Bank P,0.3",
            "Bank P,-0.3",
            "loans.csv, line 3, column own_share: own share must be a fraction from 0 to 1"));
    c.add(
        optional(
            "a negative tier 1 net capital",
            "portfolio.csv",
            ",1200000.00",
            ",-1",
            "portfolio.csv, line 2, column tier1_net_capital: tier 1 net capital must not be"
                + " negative, found -1.0"));
    return c.stream();
  }

  /** A change to the tape with the optional inputs, which replaces the valid tape's files. */
  static Case optional(String name, String file, String from, String to, String... errors) {
    return new Case(
        name,
        files -> {
          files.putAll(Tapes.withOptionalInputs());
          String before = files.get(file);
          assertThat(before).contains(from);
          files.put(file, before.replace(from, to));
        },
        List.of(errors));
  }

  /** Files whose bytes are not UTF-8 text: written after the text files. */
  static Stream<Object[]> encodings() {
    return Stream.of(
        new Object[] {"UTF-16LE with a byte order mark", StandardCharsets.UTF_16LE, true},
        new Object[] {"UTF-16BE with a byte order mark", StandardCharsets.UTF_16BE, true},
        new Object[] {"UTF-16LE without a byte order mark", StandardCharsets.UTF_16LE, false});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tapes")
  void theTapeIsRefusedWithExactlyItsErrorsAndNothingChanges(Case tape) throws Exception {
    Map<String, String> files = Tapes.valid();
    tape.change().accept(files);
    Path folder = Tapes.write(temp.resolve("tape"), files);

    assertRefused(folder, tape.errors());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void aFileInUtf16IsNamedAsSuch(String name, Charset charset, boolean bom) throws Exception {
    Path folder = Tapes.write(temp.resolve("tape"), Tapes.valid());
    byte[] text = Tapes.LOANS.getBytes(charset);
    byte[] mark = bom ? "\uFEFF".getBytes(charset) : new byte[0];
    byte[] all = new byte[mark.length + text.length];
    System.arraycopy(mark, 0, all, 0, mark.length);
    System.arraycopy(text, 0, all, mark.length, text.length);
    Files.write(folder.resolve("loans.csv"), all);

    assertRefused(
        folder,
        List.of(
            "loans.csv, line 1: the file is saved as UTF-16; save it as UTF-8 (in Excel: CSV UTF-8)"
                + " and import it again"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tapes")
  void theSameErrorsWhenThereIsNoPortfolioYet(Case tape) throws Exception {
    Map<String, String> files = Tapes.valid();
    tape.change().accept(files);
    Path folder = Tapes.write(temp.resolve("tape"), files);
    Path out = temp.resolve("new.mv.db");

    CliTest.Result r = CliTest.run("import", "--from", folder.toString(), "--out", out.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(out).doesNotExist();
    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("tape");
    }
  }

  private void assertRefused(Path folder, List<String> errors) throws Exception {
    Path out = temp.resolve("book.mv.db");
    Files.writeString(out, "the previous portfolio");

    CliTest.Result r =
        CliTest.run("import", "--from", folder.toString(), "--out", out.toString(), "--force");

    assertThat(r.status()).isEqualTo(2);
    List<String> lines = r.err().strip().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "error: The loan tape in "
                + folder
                + " has "
                + (errors.size() == 1 ? "1 error" : errors.size() + " errors")
                + "; nothing was written.");
    assertThat(lines).hasSize(errors.size() + 1);
    for (int i = 0; i < errors.size(); i++) {
      assertThat(lines.get(i + 1)).contains(errors.get(i));
    }
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo("the previous portfolio");
  }
}
