package com.riskworkbench.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs the view models ask for: messages, confirmations and file choices. {@link FxDialogs}
 * shows them with JavaFX; tests pass a fake that answers at once.
 */
public interface Dialogs {

  /** An error message; does not wait. */
  void error(String title, String header, String message);

  /** Information; does not wait. */
  void info(String title, String header, String message);

  /** A table of rows of text under a header (an import's problems, one row each); does not wait. */
  void table(String title, String header, List<String> columns, List<List<String>> rows);

  /** Asks OK or Cancel; true for OK. {@code id} names the dialog pane (for tests and styles). */
  boolean confirm(String title, String header, String message, String id);

  /** Asks for an existing file matching {@code pattern} (e.g. {@code *.mv.db}). */
  Optional<Path> chooseFile(String title, String filterName, String pattern);

  /**
   * Asks where to save a file of {@code extension} (e.g. {@code .csv}); the answer always ends with
   * it, since some desktops' save dialogs do not add the chosen filter's extension.
   */
  Optional<Path> chooseSaveFile(
      String title, String initialName, String filterName, String extension);

  /** Asks for a folder. */
  Optional<Path> chooseFolder(String title);

  /**
   * What a team database's login asks: the texts of the dialog, the URL and user it proposes, and
   * whether the password field takes the focus (after a refusal).
   */
  record LoginForm(
      String title,
      String header,
      String urlLabel,
      String userLabel,
      String passwordLabel,
      String hint,
      String url,
      String user,
      boolean focusPassword) {}

  /** A login's answer; the password is passed on, never kept. */
  record Login(String url, String user, char[] password) {}

  /** Asks for a team database's URL, user and password; empty when cancelled. */
  Optional<Login> login(LoginForm form);

  /**
   * What the sample dialog asks: its texts, and the default and bounds of the number of loans and
   * of months of history. The seed is optional.
   */
  record SampleForm(
      String title,
      String header,
      String loansLabel,
      String monthsLabel,
      String seedLabel,
      String seedHint,
      int loans,
      int minLoans,
      int maxLoans,
      int months,
      int minMonths,
      int maxMonths) {}

  /** The sample dialog's answer; no seed: the analyst left it blank. */
  record SampleAnswer(int loans, int months, java.util.OptionalLong seed) {}

  /** Asks the size of a sample portfolio to generate; empty when cancelled. */
  Optional<SampleAnswer> sample(SampleForm form);

  /** Gives {@code file} the {@code extension} unless it ends with it (any case). */
  static Path withExtension(Path file, String extension) {
    String name = file.getFileName().toString();
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
        ? file
        : file.resolveSibling(name + extension);
  }
}
