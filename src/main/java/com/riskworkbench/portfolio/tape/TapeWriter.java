package com.riskworkbench.portfolio.tape;

import com.riskworkbench.common.TempFiles;
import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.PortfolioSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes a loan tape folder (docs/methodology.md §1): UTF-8, LF line ends, a header row, fields
 * quoted only when they must be. The same rows in the same order give the same bytes. Files are
 * written under temporary names and renamed by {@link #finish()}. Of the portfolio meta, only the
 * amounts of {@code portfolio.csv} are part of the tape; that file is written when there are any.
 */
public final class TapeWriter implements PortfolioSink {
  private final Path folder;
  private final Map<TapeFile, Writer> writers = new EnumMap<>(TapeFile.class);
  private final Map<TapeFile, Path> partials = new EnumMap<>(TapeFile.class);
  private final StringBuilder row = new StringBuilder(256);
  private final TempFiles.Hook cleanup;
  private final Map<String, String> amounts = new java.util.LinkedHashMap<>();
  private boolean finished;

  /**
   * Starts a tape in {@code folder}. The files appear only when {@link #finish()} renames them; a
   * stopped run (Ctrl-C, SIGTERM) deletes its partial files, and the next run deletes those of a
   * run that was killed outright.
   */
  public TapeWriter(Path folder) throws IOException {
    this.folder = folder;
    Files.createDirectories(folder);
    for (TapeFile f : TapeFile.values()) {
      Path target = folder.resolve(f.fileName());
      TempFiles.removeStale(target, ".partial");
      partials.put(f, TempFiles.sibling(target, ".partial"));
    }
    cleanup = TempFiles.deleteOnStop(partials.values().toArray(Path[]::new));
    try {
      for (TapeFile f : TapeFile.values()) {
        if (f == TapeFile.PORTFOLIO) {
          continue; // written by finish(), when the portfolio has amounts
        }
        Writer w =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(partial(f)), StandardCharsets.UTF_8),
                1 << 16);
        writers.put(f, w);
        w.write(String.join(",", f.columns()));
        w.write('\n');
      }
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private Path partial(TapeFile f) {
    return partials.get(f);
  }

  @Override
  public void meta(String key, String value) {
    if (TapeFile.PORTFOLIO.columns().contains(key)) {
      amounts.put(key, value);
    }
  }

  @Override
  public void borrower(Borrower b) throws IOException {
    row.setLength(0);
    text(b.borrowerId()).text(b.type().name()).text(b.name()).text(b.idNumber());
    text(b.birthDate().map(Object::toString)).text(b.region()).text(b.city()).text(b.industry());
    cents(b.annualIncomeCents());
    OptionalInt score = b.creditScore();
    if (score.isPresent()) {
      row.append(score.getAsInt());
    }
    row.append(',');
    b.groupId().ifPresent(this::quoted);
    end(TapeFile.BORROWERS);
  }

  @Override
  public void loan(Loan l) throws IOException {
    row.setLength(0);
    text(l.loanId()).text(l.borrowerId()).text(l.product()).text(l.channel());
    text(l.originationDate().toString()).text(l.maturityDate().toString());
    Money.appendTo(row, l.principalCents());
    row.append(',').append(l.interestRate().toPlainString()).append(',');
    row.append(l.termMonths()).append(',');
    text(l.riskGrade());
    row.append(l.guaranteeType().name()).append(',');
    text(l.fundingPartner());
    l.ownShare().ifPresent(s -> row.append(s.toPlainString()));
    end(TapeFile.LOANS);
  }

  @Override
  public void loanMonth(LoanMonth m) throws IOException {
    row.setLength(0);
    text(m.loanId());
    YearMonth month = m.month();
    row.append(month.getYear()).append(month.getMonthValue() < 10 ? "-0" : "-");
    row.append(month.getMonthValue()).append(',');
    Money.appendTo(row, m.balanceCents());
    row.append(',').append(m.daysPastDue()).append(',').append(m.status().name()).append(',');
    cents(m.chargeOffCents());
    cents(m.recoveryCents());
    m.fiveCategory().ifPresent(c -> row.append(c.name()));
    row.append(',');
    OptionalLong provision = m.provisionCents();
    if (provision.isPresent()) {
      Money.appendTo(row, provision.getAsLong());
    }
    end(TapeFile.LOAN_MONTHS);
  }

  @Override
  public void collectionAction(CollectionAction a) throws IOException {
    row.setLength(0);
    text(a.actionId()).text(a.loanId()).text(a.actionDate().toString());
    text(a.actionType().name()).text(a.outcome().name());
    Money.appendTo(row, a.amountRecoveredCents());
    end(TapeFile.COLLECTIONS);
  }

  @Override
  public void fraudCase(FraudCase f) throws IOException {
    row.setLength(0);
    text(f.caseId()).text(f.loanId()).text(f.borrowerId()).text(f.reportedDate().toString());
    text(f.fraudType().name()).text(f.detectionChannel().name()).text(f.status().name());
    Money.appendTo(row, f.exposureCents());
    row.append(',');
    Money.appendTo(row, f.lossCents());
    row.append(',');
    Money.appendTo(row, f.recoveredCents());
    row.append(',');
    text(f.rootCause());
    quoted(f.summary().orElse(""));
    end(TapeFile.FRAUD_CASES);
  }

  @Override
  public void finish() throws IOException {
    for (Writer w : writers.values()) {
      w.close();
    }
    if (!amounts.isEmpty()) {
      row.setLength(0);
      row.append(String.join(",", TapeFile.PORTFOLIO.columns())).append('\n');
      row.append(amounts.getOrDefault("net_assets", "")).append(',');
      row.append(amounts.getOrDefault("tier1_net_capital", "")).append('\n');
      Files.writeString(partial(TapeFile.PORTFOLIO), row, StandardCharsets.UTF_8);
    }
    for (TapeFile f : TapeFile.values()) {
      if (writers.containsKey(f) || f == TapeFile.PORTFOLIO && !amounts.isEmpty()) {
        Files.move(partial(f), folder.resolve(f.fileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    finished = true;
    cleanup.close();
  }

  @Override
  public void close() throws IOException {
    if (finished) {
      return;
    }
    for (Writer w : writers.values()) {
      try {
        w.close();
      } catch (IOException ignored) {
        // abandoned output; it is deleted next
      }
    }
    for (TapeFile f : TapeFile.values()) {
      Files.deleteIfExists(partial(f));
    }
    cleanup.close();
  }

  private TapeWriter text(String s) {
    quoted(s);
    row.append(',');
    return this;
  }

  private TapeWriter text(Optional<String> s) {
    s.ifPresent(this::quoted);
    row.append(',');
    return this;
  }

  private void cents(OptionalLong v) {
    if (v.isPresent()) {
      Money.appendTo(row, v.getAsLong());
    }
    row.append(',');
  }

  private void quoted(String s) {
    boolean quote = !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ');
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      row.append(s);
      return;
    }
    row.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        row.append('"');
      }
      row.append(c);
    }
    row.append('"');
  }

  private void end(TapeFile f) throws IOException {
    row.append('\n');
    writers.get(f).append(row);
  }
}
