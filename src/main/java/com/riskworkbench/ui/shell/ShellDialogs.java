package com.riskworkbench.ui.shell;

import com.riskworkbench.common.AppVersion;
import com.riskworkbench.service.ImportProblem;
import com.riskworkbench.ui.common.Dialogs;
import com.riskworkbench.ui.common.ScreenContext;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What {@link MainViewModel} asks through the one {@link Dialogs} service, with its texts: an
 * import's report (its counts, or its problems by file, line and column), a team database's login,
 * the files to open, import and export, errors and the about box. Touches no node.
 */
final class ShellDialogs {
  private final ScreenContext context;
  private final ResourceBundle messages;

  ShellDialogs(ScreenContext context) {
    this.context = context;
    this.messages = context.messages();
  }

  private Dialogs dialogs() {
    return context.dialogs();
  }

  private String text(String key) {
    return messages.getString(key);
  }

  /** The sample dialog's default and bounds: the bundled sample's 6,000 loans, two years. */
  static final int SAMPLE_LOANS = 6_000;

  static final int MIN_SAMPLE_LOANS = 100;

  /** Enough for a realistic book; more takes minutes to generate and much memory to open. */
  static final int MAX_SAMPLE_LOANS = 500_000;

  Optional<Dialogs.SampleAnswer> askSample() {
    return dialogs()
        .sample(
            new Dialogs.SampleForm(
                text("dialog.sample.title"),
                text("dialog.sample.header"),
                text("dialog.sample.loans"),
                text("dialog.sample.months"),
                text("dialog.sample.seed"),
                text("dialog.sample.seedHint"),
                SAMPLE_LOANS,
                MIN_SAMPLE_LOANS,
                MAX_SAMPLE_LOANS,
                24,
                6,
                120));
  }

  /** A seed for a sample the analyst left blank: short enough to note down and type again. */
  static long newSeed() {
    return java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 1_000_000);
  }

  void showImportReport(ImportReport report) {
    if (report.succeeded()) {
      var s = report.summary().orElseThrow();
      var f = context.formats();
      StringBuilder counts =
          new StringBuilder(
              MessageFormat.format(
                  text("dialog.import.counts"),
                  f.count(s.borrowers()),
                  f.count(s.loans()),
                  f.count(s.loanMonths()),
                  f.count(s.collectionActions()),
                  f.count(s.fraudCases())));
      s.findings()
          .forEach(
              (kind, n) ->
                  counts
                      .append(System.lineSeparator())
                      .append(context.labels().of(kind))
                      .append(": ")
                      .append(f.count(n)));
      dialogs()
          .info(
              text("dialog.import.title"),
              MessageFormat.format(text("dialog.import.done"), report.out()),
              counts.toString());
    } else {
      dialogs()
          .table(
              text("dialog.import.title"),
              MessageFormat.format(
                  text(
                      report.truncated()
                          ? "dialog.import.errorsTruncated"
                          : "dialog.import.errors"),
                  report.errors().size(),
                  report.tape()),
              List.of(
                  text("dialog.import.file"),
                  text("dialog.import.line"),
                  text("dialog.import.column"),
                  text("dialog.import.message")),
              report.errors().stream().map(this::row).toList());
    }
  }

  private List<String> row(ImportProblem e) {
    return List.of(
        e.file(),
        e.line() > 0 ? context.formats().count(e.line()) : "",
        e.column(),
        e.message().format(messages));
  }

  /** Asks for a team database's URL, user and password; the password is passed on, not kept. */
  Optional<Dialogs.Login> askLogin(MainViewModel.DatabaseLogin login) {
    return dialogs()
        .login(
            new Dialogs.LoginForm(
                text("dialog.database.title"),
                login.message().isEmpty() ? text("dialog.database.header") : login.message(),
                text("dialog.database.url"),
                text("dialog.database.user"),
                text("dialog.database.password"),
                text("dialog.database.hint"),
                login.url(),
                login.user(),
                !login.message().isEmpty()));
  }

  void error(String header, String message) {
    dialogs().error(text("dialog.error.title"), header, message);
  }

  void about() {
    dialogs()
        .info(text("app.title"), null, MessageFormat.format(text("about.text"), AppVersion.get()));
  }

  Optional<Path> choosePortfolio() {
    return dialogs().chooseFile(text("dialog.open.title"), text("dialog.open.filter"), "*.mv.db");
  }

  Optional<Path> chooseTapeFolder() {
    return dialogs().chooseFolder(text("dialog.importFolder.title"));
  }

  Optional<Path> chooseImportTarget(Path tape) {
    return dialogs()
        .chooseSaveFile(
            text("dialog.importTarget.title"),
            tape.getFileName() + ".mv.db",
            text("dialog.open.filter"),
            ".mv.db");
  }

  Optional<Path> choosePackFile(String suggestedName) {
    return dialogs()
        .chooseSaveFile(
            text("dialog.export.title"), suggestedName, text("dialog.export.filter"), ".xlsx");
  }
}
