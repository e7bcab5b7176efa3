package com.riskworkbench.ui.shell;

import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.service.PortfolioOverview;
import com.riskworkbench.service.PortfolioPreview;
import com.riskworkbench.service.ReportService;
import com.riskworkbench.service.UserSettings;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.ScopeText;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the main window: opening and importing portfolios, recent files, the as-of
 * month and segment filters every screen shares, the selected screen, the status bar. Calls the
 * services through {@link Jobs}; never touches a node.
 */
public final class MainViewModel {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(MainViewModel.class);

  private final ScreenContext context;
  private final WorkbenchState state;
  private final ReportService reports;
  private final UserSettings settings;
  private final ResourceBundle messages;
  private final Jobs.Slot portfolioSlot;
  private final Jobs.Slot exportSlot;
  private final ShellDialogs dialogs;
  private final ShellTexts texts;
  private final TapesAndPacks files;

  // Properties
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper lastStatus = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<DatabaseLogin> login = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.DASHBOARD);
  private final ObservableList<String> recent = FXCollections.observableArrayList();
  private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
  private final FilterChoices filterChoices;
  private final BooleanBinding noPortfolio;
  private final BooleanBinding noPack;
  private boolean loadAnyway;

  public MainViewModel(ScreenContext context, ReportService reports, UserSettings settings) {
    this.context = context;
    this.state = context.state();
    this.reports = reports;
    this.settings = settings;
    this.messages = context.messages();
    this.portfolioSlot = context.jobs().slot();
    this.exportSlot = context.jobs().slot();
    this.dialogs = new ShellDialogs(context);
    this.texts = new ShellTexts(context, settings);
    this.files =
        new TapesAndPacks(
            context,
            reports,
            dialogs,
            portfolioSlot,
            exportSlot,
            new TapesAndPacks.Window(
                this::open, this::fail, lastStatus::set, () -> error.set(null)));
    this.filterChoices = new FilterChoices(context);
    recent.setAll(settings.recent());
    lastStatus.set(messages.getString("status.ready"));
    status.bind(texts.status(lastStatus));
    noPortfolio =
        Bindings.createBooleanBinding(
            () -> state.portfolioProperty().get().isEmpty(), state.portfolioProperty());
    noPack =
        noPortfolio.and(
            Bindings.createBooleanBinding(() -> kept().isEmpty(), state.previewProperty()));
    state.loadRequestProperty().addListener((o, was, now) -> loadBook(now));
    state.drillDownProperty().addListener((o, was, now) -> screen.set(Screen.LOANS));
    // a preview lasts while its portfolio opens: a failed or cancelled open takes it away
    portfolioSlot.runningProperty().addListener((o, was, now) -> clearPreview(now));
    show(Optional.empty());
  }

  // Commands

  public void openSample() {
    openWith((p, early) -> context.service().openSample(p), Optional.empty());
  }

  /** Asks the size of a new sample portfolio, generates it in the background, then opens it. */
  public void chooseAndGenerateSample() {
    dialogs
        .askSample()
        .ifPresent(
            a -> generateSample(a.loans(), a.months(), a.seed().orElseGet(ShellDialogs::newSeed)));
  }

  /** Generates a sample, then opens it; a Cancel (status bar) leaves no file behind. */
  public void generateSample(int loans, int months, long seed) {
    error.set(null);
    portfolioSlot.submit(
        MessageFormat.format(
            messages.getString("status.generating"),
            context.formats().count(loans),
            Long.toString(seed)),
        p -> context.service().generateSample(loans, months, seed, p),
        this::open,
        e -> fail(e, messages.getString("status.sampleFailed")));
  }

  public void open(Path path) {
    openWith((p, early) -> context.service().open(path, p, early), Optional.of(path));
  }

  /**
   * What the window asks before it connects to a team database: the URL, the user, and why it asks
   * (empty the first time; the server's refusal after a wrong password).
   */
  public record DatabaseLogin(String url, String user, String message) {}

  /**
   * Opens a team database. Without a password the URL or PGPASSWORD may do; when the server wants
   * one, {@link #loginProperty()} asks the view to prompt for it. The password is never stored.
   */
  public void openDatabase(String url, Optional<String> user, Optional<char[]> password) {
    error.set(null);
    portfolioSlot.submit(
        messages.getString("status.connecting"),
        (Jobs.Staged<PortfolioPreview, OpenedPortfolio>)
            (p, early) -> context.service().openDatabase(url, user, password, p, early),
        this::preview,
        opened -> opened(opened, opened.overview().location()),
        e -> {
          if (e instanceof PortfolioException pe && pe.needsPassword()) {
            lastStatus.set(messages.getString("status.passwordNeeded"));
            askLogin(new DatabaseLogin(url, user.orElse(""), context.labels().error(e)));
          } else {
            fail(e, messages.getString("status.failed"));
          }
        });
  }

  /** Asks for the login of a team database: the view shows its dialog. */
  public void askDatabaseLogin() {
    askLogin(
        new DatabaseLogin(
            settings.get("database.last").orElse("jdbc:postgresql://localhost:5432/risk"),
            settings.get("database.user").orElse(""),
            ""));
  }

  private void askLogin(DatabaseLogin asked) {
    login.set(null);
    login.set(asked);
    dialogs
        .askLogin(asked)
        .ifPresent(
            answer ->
                openDatabase(
                    answer.url(),
                    Optional.of(answer.user()),
                    answer.password().length == 0
                        ? Optional.empty()
                        : Optional.of(answer.password())));
  }

  /** Asks for a portfolio file and opens it. */
  public void chooseAndOpen() {
    dialogs.choosePortfolio().ifPresent(this::open);
  }

  /** Asks for a tape folder and where to save its portfolio, then imports it. */
  public void chooseAndImport() {
    dialogs
        .chooseTapeFolder()
        .ifPresent(
            tape -> dialogs.chooseImportTarget(tape).ifPresent(out -> importTape(tape, out)));
  }

  /** Asks where to save the committee pack and writes it. */
  public void chooseAndExportPack() {
    dialogs.choosePackFile(suggestedPackName()).ifPresent(this::exportPack);
  }

  /** Shows the version of the workbench. */
  public void showAbout() {
    dialogs.about();
  }

  /** Opens a portfolio of the recent list: a file, or a team database. */
  public void openRecent(String where) {
    if (ShellTexts.isDatabase(where)) {
      openDatabase(where, Optional.empty(), Optional.empty());
    } else {
      open(Path.of(where));
    }
  }

  /** Opens the last portfolio of the previous run if it still exists, else the sample. */
  public void openLastOrSample() {
    Optional<String> last = settings.get("portfolio.last");
    if (last.isPresent() && ShellTexts.isDatabase(last.get())) {
      openDatabase(last.get(), Optional.empty(), Optional.empty());
    } else if (last.isPresent() && Files.isRegularFile(Path.of(last.get()))) {
      open(Path.of(last.get()));
    } else {
      openSample();
    }
  }

  /** Shows a portfolio that is already open (the window rebuilt in another language). */
  public void adopt(Optional<OpenedPortfolio> opened) {
    show(opened);
    opened.ifPresent(o -> lastStatus.set(openedText(o.overview())));
  }

  private String openedText(PortfolioOverview o) {
    return MessageFormat.format(
        messages.getString("status.opened"), context.labels().portfolioName(o.name()));
  }

  /** Imports the tape in {@code tapeFolder} into {@code out}, then opens it. */
  public void importTape(Path tapeFolder, Path out) {
    files.importTape(tapeFolder, out);
  }

  /**
   * Writes the committee pack of the open portfolio, at the as-of month and with the filters; of a
   * team database left in its database, at its latest month.
   */
  public void exportPack(Path out) {
    Optional<PortfolioOverview> open = overview().or(() -> kept().map(PortfolioPreview::overview));
    if (open.isPresent() && open.get().asOf().isPresent()) {
      YearMonth asOf = state.asOfProperty().get();
      files.exportPack(
          open.get().location(),
          asOf != null ? asOf : open.get().asOf().get(),
          state.filterProperty().get(),
          out);
    }
  }

  /**
   * The name the save dialog proposes: {@code <portfolio>-pack-<as-of>.xlsx}, with the filters when
   * there are any ({@code …-pack-2026-10-product-Credit_loan.xlsx}).
   */
  public String suggestedPackName() {
    return state.scope().map(ScopeText::packFileName).orElse("committee-pack.xlsx");
  }

  /** Cancels every running task: the status bar's Cancel. */
  public void cancel() {
    boolean wasBusy = context.jobs().busyProperty().get();
    context.jobs().cancelAll();
    if (wasBusy) {
      lastStatus.set(messages.getString("status.cancelled"));
    }
  }

  /** Lets in only the checked values of {@code d}; none checked means all. */
  public void setFilter(Dimension d, Collection<String> checked) {
    Map<Dimension, Set<String>> allowed = new EnumMap<>(Dimension.class);
    allowed.putAll(state.filterProperty().get().allowed());
    if (checked.isEmpty()) {
      allowed.remove(d);
    } else {
      allowed.put(d, new LinkedHashSet<>(checked));
    }
    state.filterProperty().set(new SegmentFilter(allowed));
  }

  public void clearFilters() {
    state.filterProperty().set(SegmentFilter.NONE);
  }

  private void openWith(Jobs.Staged<PortfolioPreview, OpenedPortfolio> work, Optional<Path> path) {
    error.set(null);
    portfolioSlot.submit(
        messages.getString("status.opening"),
        work,
        this::preview,
        opened ->
            opened(
                opened,
                path.map(f -> f.toAbsolutePath().toString()).orElse(opened.overview().location())),
        e -> fail(e, messages.getString("status.failed")));
  }

  /**
   * Shows the preview of the portfolio being opened; the one shown before is closed. A team
   * database too big for the window stays there: its load stops, unless the analyst asked for it.
   */
  private void preview(PortfolioPreview preview) {
    show(Optional.empty());
    state.setPreview(Optional.of(preview));
    title.set(context.labels().portfolioName(preview.overview().name()));
    location.set(preview.overview().location());
    if (preview.inDatabase() && !loadAnyway) {
      portfolioSlot.cancel();
      opened(preview.overview(), preview.overview().location());
      months.setAll(preview.months()); // the Dashboard of any month, from the stored figures
      state.asOfProperty().set(preview.overview().asOf().orElse(null));
    }
    loadAnyway = false;
  }

  /** Loads the book of a team database the window left in the database. */
  private void loadBook(PortfolioPreview p) {
    if (p != null && kept().filter(k -> k == p).isPresent()) {
      loadAnyway = true;
      openDatabase(p.overview().location(), Optional.empty(), Optional.empty());
    }
  }

  /** The preview of a team database whose book the window left in the database. */
  private Optional<PortfolioPreview> kept() {
    return state.previewProperty().get().filter(PortfolioPreview::inDatabase);
  }

  private void opened(OpenedPortfolio opened, String where) {
    show(Optional.of(opened));
    opened(opened.overview(), where);
  }

  private void opened(PortfolioOverview opened, String where) {
    lastStatus.set(openedText(opened));
    recent.setAll(settings.addRecent(where));
    settings.put("portfolio.last", where);
    if (opened.isDatabase()) {
      settings.put("database.last", where);
    }
    saveSettings();
  }

  private void fail(Throwable e, String statusText) {
    lastStatus.set(statusText);
    String was = error.get();
    String message = context.labels().error(e);
    error.set(message);
    if (!message.equals(was)) {
      dialogs.error(status.get(), message);
    }
  }

  private void clearPreview(boolean opening) {
    if (!opening && state.previewProperty().get().isPresent() && kept().isEmpty()) {
      state.setPreview(Optional.empty());
      show(Optional.empty());
    }
  }

  private void saveSettings() {
    try {
      settings.save();
    } catch (java.io.UncheckedIOException e) {
      // settings are a convenience: a read-only data folder must not stop the work, but say so
      LOG.warn("Cannot save the settings: {}", e.getMessage(), e);
    }
  }

  private void show(Optional<OpenedPortfolio> p) {
    months.setAll(p.map(o -> WorkbenchState.months(o.book())).orElse(List.of()));
    state.setPortfolio(p);
    filterChoices.show(p);
    title.set(
        p.map(o -> context.labels().portfolioName(o.overview().name()))
            .orElse(messages.getString("overview.none")));
    location.set(p.map(o -> o.overview().location()).orElse(""));
  }

  // Properties

  public WorkbenchState state() {
    return state;
  }

  public Optional<PortfolioOverview> overview() {
    return state.portfolioProperty().get().map(OpenedPortfolio::overview);
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** Where the open portfolio lives; empty when none is open. */
  public ReadOnlyStringProperty locationProperty() {
    return location.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The last failure's message, for a dialog; null when the last command did not fail. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return context.jobs().progressProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return context.jobs().busyProperty();
  }

  /** True while a portfolio is being opened or imported, or a pack written. */
  public javafx.beans.binding.BooleanExpression workingBinding() {
    return portfolioSlot.runningProperty().or(exportSlot.runningProperty());
  }

  /** True while no portfolio is open (the filters are then disabled). */
  public BooleanBinding noPortfolioBinding() {
    return noPortfolio;
  }

  /**
   * True while no committee pack can be written: no portfolio, not even one left in its database.
   */
  public BooleanBinding noPackBinding() {
    return noPack;
  }

  /** The last committee pack written, for the view to show its folder. */
  public ReadOnlyObjectProperty<Path> exportedProperty() {
    return files.exportedProperty();
  }

  /** The newest request for a database login, for the view's dialog; null before the first. */
  public ReadOnlyObjectProperty<DatabaseLogin> loginProperty() {
    return login.getReadOnlyProperty();
  }

  /** How the last import ended, for the validation dialog. */
  public ReadOnlyObjectProperty<ImportReport> importReportProperty() {
    return files.importReportProperty();
  }

  public ObjectProperty<Screen> screenProperty() {
    return screen;
  }

  public ObservableList<String> recent() {
    return recent;
  }

  public ObservableList<YearMonth> months() {
    return months;
  }

  public ObservableList<String> filterChoices(Dimension d) {
    return filterChoices.of(d);
  }

  public UserSettings settings() {
    return settings;
  }

  /** The window's texts and settings choices. */
  public ShellTexts texts() {
    return texts;
  }
}
