package com.riskworkbench.portfolio.tape;

import com.riskworkbench.common.Message;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.ActionOutcome;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.portfolio.BookedCategory;
import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FindingKind;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.portfolio.GuaranteeType;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.PortfolioSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One import of a loan tape: the files read in order, every row checked, the rows streamed into the
 * sink while no error has been found, and the errors collected up to the cap. See {@link
 * TapeImporter}.
 */
final class TapeRun {
  private final TapeSource source;
  private final PortfolioSink sink;
  private final Progress progress;
  private final TapeErrors errors;
  private final List<String> ignoredColumns = new ArrayList<>();
  private final Set<String> borrowerIds = new HashSet<>();
  // Rows that failed their checks: rows naming them are skipped without a second error.
  private final Set<String> rejectedBorrowers = new HashSet<>();
  private final Set<String> rejectedLoans = new HashSet<>();
  private final Set<TapeFile> incomplete = java.util.EnumSet.noneOf(TapeFile.class);
  private final Map<String, Long> totals = new HashMap<>();
  private final Map<String, Integer> loanIndex = new HashMap<>();
  private final List<String> loanIds = new ArrayList<>();
  private final LoanHistories histories = new LoanHistories();
  private final YearMonth[] months = new YearMonth[300 * 12];
  private final long totalBytes;
  private long bytesBefore;
  private long borrowers;
  private long loanMonths;
  private long actions;
  private long fraudCases;
  private long portfolioRows;

  TapeRun(TapeSource source, PortfolioSink sink, Progress progress, int errorCap) {
    this.errors = new TapeErrors(errorCap);
    this.source = source;
    this.sink = sink;
    this.progress = progress;
    long total = 0;
    for (TapeFile f : TapeFile.values()) {
      total += Math.max(0, source.size(f.fileName()));
    }
    this.totalBytes = total;
  }

  ImportSummary execute() throws IOException, TapeImportException {
    for (TapeFile f : TapeFile.values()) {
      if (f.required()) {
        Optional<InputStream> in = source.open(f.fileName());
        if (in.isEmpty()) {
          errors.add(f, 0, null, Message.of("tape.missingFile"));
        } else {
          in.get().close();
        }
      }
    }
    failIfErrors();
    read(TapeFile.BORROWERS, this::borrowers);
    read(TapeFile.LOANS, this::loans);
    read(TapeFile.LOAN_MONTHS, this::loanMonths);
    read(TapeFile.COLLECTIONS, this::collections);
    read(TapeFile.FRAUD_CASES, this::fraudCases);
    read(TapeFile.PORTFOLIO, r -> OptionalInputs.portfolioRow(r, ++portfolioRows, sink, writing()));
    failIfErrors();
    Map<FindingKind, Integer> findings =
        new HistoryFindings(sink, this::month).emit(ignoredColumns, loanIds, histories);
    progress.update(totalBytes, totalBytes, Message.of("progress.tape.read"));
    return new ImportSummary(
        borrowers, loanIds.size(), loanMonths, actions, fraudCases, findings, ignoredColumns);
  }

  private void failIfErrors() throws TapeImportException {
    if (!errors.isEmpty()) {
      throw new TapeImportException(source.describe(), errors.list(), errors.full());
    }
  }

  private boolean writing() {
    return errors.isEmpty();
  }

  private interface RowHandler {
    void handle(TapeRows rows) throws IOException;
  }

  private void read(TapeFile file, RowHandler handler) throws IOException {
    if (errors.full()) {
      return;
    }
    Optional<InputStream> opened = source.open(file.fileName());
    if (opened.isEmpty()) {
      return;
    }
    TapeImporter.CountingInputStream in = new TapeImporter.CountingInputStream(opened.get());
    List<String> unknown = new ArrayList<>();
    Message message = Message.of("progress.tape.reading", file.fileName());
    try (in) {
      Optional<TapeRows> maybeRows = TapeRows.open(file, in, errors, unknown);
      if (maybeRows.isEmpty()) {
        // The header is unusable (reported): rows naming this file's keys are not dangling.
        incomplete.add(file);
        return;
      }
      for (String column : unknown) {
        ignoredColumns.add(file.fileName() + ":" + column);
      }
      try (TapeRows rows = maybeRows.get()) {
        if (file == TapeFile.BORROWERS) {
          rows.onSkippedRow(rejectedBorrowers::add);
        } else if (file == TapeFile.LOANS) {
          rows.onSkippedRow(rejectedLoans::add);
        }
        long count = 0;
        while (rows.next()) {
          handler.handle(rows);
          if (++count % TapeImporter.PROGRESS_EVERY == 0) {
            progress.checkCancelled();
            progress.update(bytesBefore + in.count, totalBytes, message);
          }
        }
        if (count == 0 && file.required() && rows.line() <= 1) {
          errors.add(file, 1, null, Message.of("tape.noRows", rowNoun(file)));
        }
      }
    } catch (CsvReader.CsvFormatException e) {
      errors.add(file, e.line(), null, Message.of("tape.unreadable", e.text()));
      // Rows that name what the unread part held are not reported as dangling.
      incomplete.add(file);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    bytesBefore += in.count;
    progress.update(bytesBefore, totalBytes, message);
  }

  private void borrowers(TapeRows r) throws IOException {
    String id = r.text(0);
    BorrowerType type = r.enumValue(1, TapeImporter.BORROWER_TYPES);
    Optional<String> name = r.optionalText(2);
    Optional<String> idNumber = r.optionalText(3);
    Optional<LocalDate> birthDate = r.optionalDate(4);
    String region = r.text(5);
    Optional<String> city = r.optionalText(6);
    String industry = r.text(7);
    OptionalLong income = r.optionalCents(8);
    OptionalInt score = r.optionalInteger(9);
    Optional<String> group = r.optionalText(10);
    if (income.isPresent() && income.getAsLong() < 0) {
      r.reject(8, Message.of("tape.negative.income"));
    }
    total(r, 8, income.orElse(0));
    if (!id.isEmpty() && !borrowerIds.add(id)) {
      r.reject(0, Message.of("tape.duplicateId", "borrower_id", id));
    }
    if (!r.rowOk() && !id.isEmpty() && !borrowerIds.contains(id)) {
      rejectedBorrowers.add(id);
    }
    if (r.rowOk() && writing()) {
      sink.borrower(
          new Borrower(
              id, type, name, idNumber, birthDate, region, city, industry, income, score, group));
    }
    borrowers++;
  }

  private void loans(TapeRows r) throws IOException {
    String id = r.text(0);
    String borrowerId = r.text(1);
    String product = r.text(2);
    String channel = r.text(3);
    LocalDate origination = r.date(4);
    LocalDate maturity = r.date(5);
    long principal = r.cents(6);
    BigDecimal rate = r.decimal(7, 9, 6);
    int term = r.integer(8);
    String grade = r.text(9);
    GuaranteeType guarantee = r.enumValue(10, TapeImporter.GUARANTEES);
    Optional<String> partner = r.optionalText(11);
    Optional<BigDecimal> ownShare = OptionalInputs.ownShare(r, 12);
    if (rejectedBorrowers.contains(borrowerId)) {
      rejectedLoans.add(id);
      return;
    }
    if (!borrowerId.isEmpty()
        && !borrowerIds.contains(borrowerId)
        && !incomplete.contains(TapeFile.BORROWERS)) {
      r.reject(1, Message.of("tape.unknownBorrower", borrowerId));
    }
    total(r, 6, principal);
    if (principal < 0) {
      r.reject(6, Message.of("tape.negative.principal", principal / 100.0));
    }
    if (rate.signum() < 0) {
      r.reject(7, Message.of("tape.negative.rate"));
    }
    if (r.rowOk() && maturity.isBefore(origination)) {
      r.reject(5, Message.of("tape.maturityBeforeOrigination", maturity, origination));
    }
    if (r.rowOk() && term <= 0) {
      r.reject(8, Message.of("tape.term", term));
    }
    if (!id.isEmpty() && loanIndex.containsKey(id)) {
      r.reject(0, Message.of("tape.duplicateId", "loan_id", id));
    }
    if (!r.rowOk()) {
      if (!id.isEmpty() && !loanIndex.containsKey(id)) {
        rejectedLoans.add(id);
      }
      return;
    }
    loanIndex.put(id, histories.add(origination.getYear() * 12 + origination.getMonthValue() - 1));
    loanIds.add(id);
    if (writing()) {
      sink.loan(
          new Loan(
              id,
              borrowerId,
              product,
              channel,
              origination,
              maturity,
              principal,
              rate,
              term,
              grade,
              guarantee,
              partner,
              ownShare));
    }
  }

  private void loanMonths(TapeRows r) throws IOException {
    String loanId = r.text(0);
    int month = r.month(1);
    long balance = r.cents(2);
    int dpd = r.integer(3);
    LoanStatus status = r.enumValue(4, TapeImporter.STATUSES);
    OptionalLong chargeOff = r.optionalCents(5);
    OptionalLong recovery = r.optionalCents(6);
    Optional<BookedCategory> category = OptionalInputs.category(r, 7);
    OptionalLong provision = OptionalInputs.provision(r, 8);
    if (balance < 0) {
      r.reject(2, Message.of("tape.negative.balance", balance / 100.0));
    }
    if (dpd < 0) {
      r.reject(3, Message.of("tape.negative.dpd", dpd));
    }
    if (chargeOff.isPresent() && chargeOff.getAsLong() < 0) {
      r.reject(5, Message.of("tape.negative.chargeOff"));
    }
    if (recovery.isPresent() && recovery.getAsLong() < 0) {
      r.reject(6, Message.of("tape.negative.recovery"));
    }
    Integer loan = loanId.isEmpty() ? null : loanIndex.get(loanId);
    if (loan == null) {
      if (!loanId.isEmpty()
          && !rejectedLoans.contains(loanId)
          && !incomplete.contains(TapeFile.LOANS)) {
        r.reject(0, Message.of("tape.unknownLoan", loanId));
      }
      return;
    }
    total(r, 2, balance);
    total(r, 5, chargeOff.orElse(0));
    total(r, 6, recovery.orElse(0));
    total(r, 8, provision.orElse(0));
    if (!r.rowOk()) {
      return;
    }
    int origin = histories.originMonth(loan);
    if (month < origin) {
      r.reject(1, Message.of("tape.beforeOrigination", month(month), month(origin)));
      return;
    }
    int terminal = histories.terminalMonth(loan);
    if (terminal != LoanHistories.NONE && month > terminal) {
      r.reject(
          1,
          Message.of(
              "tape.afterTerminal", status(histories.terminalStatus(loan)), month(terminal)));
      return;
    }
    if (status.isTerminal()
        && histories.lastMonth(loan) != LoanHistories.NONE
        && histories.lastMonth(loan) > month) {
      r.reject(
          4,
          Message.of(
              "tape.terminalThenRows",
              status(status),
              month(month),
              month(histories.lastMonth(loan))));
      return;
    }
    if (!histories.record(loan, month)) {
      r.reject(1, Message.of("tape.duplicateMonth", loanId, month(month)));
      return;
    }
    if (status.isTerminal()) {
      histories.recordTerminal(loan, month, status);
    }
    loanMonths++;
    if (writing()) {
      sink.loanMonth(
          new LoanMonth(
              loanIds.get(loan),
              month(month),
              balance,
              dpd,
              status,
              chargeOff,
              recovery,
              category,
              provision));
    }
  }

  private void collections(TapeRows r) throws IOException {
    String id = r.text(0);
    String loanId = r.text(1);
    LocalDate date = r.date(2);
    ActionType type = r.enumValue(3, TapeImporter.ACTION_TYPES);
    ActionOutcome outcome = r.enumValue(4, TapeImporter.OUTCOMES);
    long amount = r.cents(5);
    if (amount < 0) {
      r.reject(5, Message.of("tape.negative.recovered"));
    }
    if (rejectedLoans.contains(loanId)) {
      return;
    }
    if (!loanId.isEmpty()
        && !loanIndex.containsKey(loanId)
        && !incomplete.contains(TapeFile.LOANS)) {
      r.reject(1, Message.of("tape.unknownLoan", loanId));
    }
    total(r, 5, amount);
    if (!id.isEmpty() && !actionIds.add(id)) {
      r.reject(0, Message.of("tape.duplicateId", "action_id", id));
    }
    if (r.rowOk() && writing()) {
      sink.collectionAction(new CollectionAction(id, loanId, date, type, outcome, amount));
    }
    actions++;
  }

  private final Set<String> actionIds = new HashSet<>();
  private final Set<String> caseIds = new HashSet<>();

  private void fraudCases(TapeRows r) throws IOException {
    String id = r.text(0);
    Optional<String> loanId = r.optionalText(1);
    Optional<String> borrowerId = r.optionalText(2);
    LocalDate reported = r.date(3);
    FraudType type = r.enumValue(4, TapeImporter.FRAUD_TYPES);
    DetectionChannel channel = r.enumValue(5, TapeImporter.DETECTION);
    FraudStatus status = r.enumValue(6, TapeImporter.FRAUD_STATUSES);
    long exposure = r.cents(7);
    long loss = r.optionalCents(8).orElse(0);
    long recovered = r.optionalCents(9).orElse(0);
    Optional<String> rootCause = r.optionalText(10);
    Optional<String> summary = r.optionalText(11);
    if (exposure < 0 || loss < 0 || recovered < 0) {
      r.reject(-1, Message.of("tape.negative.fraud"));
    }
    if (loanId.map(rejectedLoans::contains).orElse(false)
        || borrowerId.map(rejectedBorrowers::contains).orElse(false)) {
      return;
    }
    if (loanId.isPresent()
        && !loanIndex.containsKey(loanId.get())
        && !incomplete.contains(TapeFile.LOANS)) {
      r.reject(1, Message.of("tape.unknownLoan", loanId.get()));
    }
    if (borrowerId.isPresent()
        && !borrowerIds.contains(borrowerId.get())
        && !incomplete.contains(TapeFile.BORROWERS)) {
      r.reject(2, Message.of("tape.unknownBorrower", borrowerId.get()));
    }
    total(r, 7, exposure);
    total(r, 8, loss);
    total(r, 9, recovered);
    if (!id.isEmpty() && !caseIds.add(id)) {
      r.reject(0, Message.of("tape.duplicateId", "case_id", id));
    }
    if (r.rowOk() && writing()) {
      sink.fraudCase(
          new FraudCase(
              id,
              loanId,
              borrowerId,
              reported,
              type,
              channel,
              status,
              exposure,
              loss,
              recovered,
              rootCause,
              summary));
    }
    fraudCases++;
  }

  /**
   * Adds a non-negative amount to its column's total; refuses the row whose amount takes the total
   * past {@link com.riskworkbench.portfolio.Money#MAX_TOTAL_CENTS}, once per column, so that no
   * analysis ever sums a column wrong.
   */
  private void total(TapeRows r, int column, long cents) {
    if (cents <= 0) {
      return;
    }
    String key = r.fileName() + ":" + column;
    long before = totals.getOrDefault(key, 0L);
    if (before < 0) {
      return; // already reported
    }
    long after = com.riskworkbench.portfolio.Money.addToTotal(before, cents);
    totals.put(key, after);
    if (after < 0) {
      r.reject(column, Message.of("tape.totalTooLarge"));
    }
  }

  /** A status as the tape writes it (PAID_OFF) in English; in words in other languages. */
  private static Message status(LoanStatus status) {
    return switch (status) {
      case ACTIVE -> Message.plain(status.name()); // never terminal
      case PAID_OFF -> Message.of("tape.status.PAID_OFF");
      case CHARGED_OFF -> Message.of("tape.status.CHARGED_OFF");
    };
  }

  /** What one row of a file is: "a portfolio needs at least one loan month". */
  private static Message rowNoun(TapeFile file) {
    return switch (file) {
      case BORROWERS -> Message.of("tape.row.BORROWERS");
      case LOANS -> Message.of("tape.row.LOANS");
      case LOAN_MONTHS -> Message.of("tape.row.LOAN_MONTHS");
      case COLLECTIONS -> Message.of("tape.row.COLLECTIONS");
      case FRAUD_CASES -> Message.of("tape.row.FRAUD_CASES");
      case PORTFOLIO -> Message.of("tape.row.PORTFOLIO");
    };
  }

  private YearMonth month(int ordinal) {
    int slot = ordinal - 1900 * 12;
    if (slot < 0 || slot >= months.length) {
      return TapeRows.toYearMonth(ordinal);
    }
    YearMonth m = months[slot];
    if (m == null) {
      m = months[slot] = TapeRows.toYearMonth(ordinal);
    }
    return m;
  }
}
