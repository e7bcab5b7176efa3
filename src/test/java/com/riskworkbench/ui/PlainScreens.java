package com.riskworkbench.ui;

import com.riskworkbench.service.PortfolioService;
import com.riskworkbench.ui.common.BackgroundRunner;
import com.riskworkbench.ui.common.Dialogs;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.Labels;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A screen context for plain unit tests of view models: no FX toolkit, every job runs at once on
 * the test's thread ({@code BackgroundRunner.sameThread()}), English texts, and dialogs that answer
 * from a queue the test fills.
 */
public final class PlainScreens {
  private PlainScreens() {}

  /** English screens over {@code service}, with {@code dialogs}. */
  public static ScreenContext context(PortfolioService service, Dialogs dialogs) {
    ResourceBundle messages = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
    return new ScreenContext(
        new WorkbenchState(),
        new Jobs(BackgroundRunner.sameThread()),
        new Formats(Locale.ENGLISH),
        new Labels(messages),
        messages,
        service,
        dialogs);
  }

  /** Dialogs that record what they were asked and answer from {@link #answers}. */
  public static final class FakeDialogs implements Dialogs {
    /** What was shown or asked, one line each: "error: header — message", "chooseFile: title". */
    public final List<String> asked = new ArrayList<>();

    /** The files and folders the choosers answer, in order; empty: cancelled. */
    public final Deque<Path> answers = new ArrayDeque<>();

    /** What {@link #confirm} answers. */
    public boolean confirms = true;

    /** The rows of the last table shown. */
    public List<List<String>> lastTable = List.of();

    @Override
    public void error(String title, String header, String message) {
      asked.add("error: " + header + " — " + message);
    }

    @Override
    public void info(String title, String header, String message) {
      asked.add("info: " + header + " — " + message);
    }

    @Override
    public void table(String title, String header, List<String> columns, List<List<String>> rows) {
      asked.add("table: " + header);
      lastTable = rows;
    }

    @Override
    public boolean confirm(String title, String header, String message, String id) {
      asked.add("confirm: " + id);
      return confirms;
    }

    @Override
    public Optional<Path> chooseFile(String title, String filterName, String pattern) {
      asked.add("chooseFile: " + title);
      return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(
        String title, String initialName, String filterName, String extension) {
      asked.add("chooseSaveFile: " + title);
      return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Login> login(LoginForm form) {
      asked.add("login: " + form.header());
      return Optional.empty();
    }

    /** What {@link #sample} answers; empty: cancelled. */
    public Optional<SampleAnswer> sampleAnswer = Optional.empty();

    @Override
    public Optional<SampleAnswer> sample(SampleForm form) {
      asked.add("sample: " + form.header());
      return sampleAnswer;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
      asked.add("chooseFolder: " + title);
      return Optional.ofNullable(answers.poll());
    }
  }
}
