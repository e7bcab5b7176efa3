package com.riskworkbench.app;

import com.riskworkbench.app.files.AppDirs;
import com.riskworkbench.app.files.AuditLog;
import com.riskworkbench.app.files.AuditLogTrail;
import com.riskworkbench.common.AppVersion;
import com.riskworkbench.service.AuditTrail;
import com.riskworkbench.service.FilePortfolioService;
import com.riskworkbench.service.PackExport;
import com.riskworkbench.service.PortfolioService;
import com.riskworkbench.service.ReportService;
import com.riskworkbench.service.UserSettings;
import com.riskworkbench.ui.audit.AuditLogViewModel;
import com.riskworkbench.ui.collections.CollectionsView;
import com.riskworkbench.ui.collections.CollectionsViewModel;
import com.riskworkbench.ui.common.BackgroundRunner;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.FxDialogs;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.Labels;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.ViewLoader;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.concentration.CoLendingView;
import com.riskworkbench.ui.concentration.CoLendingViewModel;
import com.riskworkbench.ui.concentration.ConcentrationView;
import com.riskworkbench.ui.concentration.ConcentrationViewModel;
import com.riskworkbench.ui.concentration.GroupsView;
import com.riskworkbench.ui.concentration.GroupsViewModel;
import com.riskworkbench.ui.concentration.LorenzView;
import com.riskworkbench.ui.concentration.LorenzViewModel;
import com.riskworkbench.ui.dashboard.DashboardView;
import com.riskworkbench.ui.dashboard.DashboardViewModel;
import com.riskworkbench.ui.dataquality.DataQualityView;
import com.riskworkbench.ui.dataquality.DataQualityViewModel;
import com.riskworkbench.ui.fraud.FraudView;
import com.riskworkbench.ui.fraud.FraudViewModel;
import com.riskworkbench.ui.loans.LoanPagesView;
import com.riskworkbench.ui.loans.LoanPagesViewModel;
import com.riskworkbench.ui.loans.LoansView;
import com.riskworkbench.ui.loans.LoansViewModel;
import com.riskworkbench.ui.model.ModelView;
import com.riskworkbench.ui.model.ModelViewModel;
import com.riskworkbench.ui.provisions.ProvisionsView;
import com.riskworkbench.ui.provisions.ProvisionsViewModel;
import com.riskworkbench.ui.regulatory.RegulatoryView;
import com.riskworkbench.ui.regulatory.RegulatoryViewModel;
import com.riskworkbench.ui.rollrate.RollRateView;
import com.riskworkbench.ui.rollrate.RollRateViewModel;
import com.riskworkbench.ui.shell.Desktop;
import com.riskworkbench.ui.shell.MainView;
import com.riskworkbench.ui.shell.MainViewModel;
import com.riskworkbench.ui.vintage.VintageView;
import com.riskworkbench.ui.vintage.VintageViewModel;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The composition root: the one place that builds services, view models and views. Every screen's
 * view model is built here at once, so that it computes its figures in the background as soon as a
 * portfolio is open or a filter changes, and switching screens shows them without waiting.
 */
public final class AppContext {
  private final ScreenContext screens;
  private final MainViewModel mainViewModel;
  private final ViewLoader views;
  private final Map<Class<?>, Object> models = new HashMap<>();
  private final Map<Class<?>, Supplier<Object>> controllers = new HashMap<>();

  /** For tests: no reports, no desktop, settings in memory. */
  public AppContext(PortfolioService portfolios, BackgroundRunner runner, Locale locale) {
    this(
        portfolios,
        (file, out, asOf, filter, progress) -> {},
        runner,
        locale,
        Desktop.none(),
        UserSettings.inMemory());
  }

  public AppContext(
      PortfolioService portfolios,
      ReportService reports,
      BackgroundRunner runner,
      Locale locale,
      Desktop desktop,
      UserSettings settings) {
    this(
        portfolios,
        reports,
        runner,
        locale,
        desktop,
        settings,
        AuditTrail.inMemory(Clock.systemUTC()));
  }

  public AppContext(
      PortfolioService portfolios,
      ReportService reports,
      BackgroundRunner runner,
      Locale locale,
      Desktop desktop,
      UserSettings settings,
      AuditTrail audit) {
    ResourceBundle messages = ResourceBundle.getBundle("i18n.messages", locale);
    Formats formats = new Formats(locale);
    Labels labels = new Labels(messages);
    this.screens =
        new ScreenContext(
            new WorkbenchState(),
            new Jobs(runner, messages),
            formats,
            labels,
            messages,
            portfolios,
            new FxDialogs(messages));
    this.mainViewModel = new MainViewModel(screens, reports, settings);
    this.views = new ViewLoader(this::controller, messages);

    AuditLogViewModel auditLog = model(new AuditLogViewModel(screens, audit));
    controllers.put(
        MainView.class, () -> new MainView(mainViewModel, views::load, desktop, auditLog));
    DashboardViewModel dashboard = model(new DashboardViewModel(screens));
    controllers.put(DashboardView.class, () -> new DashboardView(dashboard));
    ConcentrationViewModel concentration = model(new ConcentrationViewModel(screens));
    controllers.put(ConcentrationView.class, () -> new ConcentrationView(concentration));
    LorenzViewModel lorenz = model(new LorenzViewModel(screens, concentration.dimensionProperty()));
    controllers.put(LorenzView.class, () -> new LorenzView(lorenz));
    GroupsViewModel groups = model(new GroupsViewModel(screens));
    controllers.put(GroupsView.class, () -> new GroupsView(groups));
    CoLendingViewModel coLending = model(new CoLendingViewModel(screens));
    controllers.put(CoLendingView.class, () -> new CoLendingView(coLending));
    VintageViewModel vintage = model(new VintageViewModel(screens));
    controllers.put(VintageView.class, () -> new VintageView(vintage));
    RollRateViewModel rollRate = model(new RollRateViewModel(screens));
    controllers.put(RollRateView.class, () -> new RollRateView(rollRate));
    ProvisionsViewModel provisions = model(new ProvisionsViewModel(screens));
    controllers.put(ProvisionsView.class, () -> new ProvisionsView(provisions));
    RegulatoryViewModel regulatory = model(new RegulatoryViewModel(screens));
    controllers.put(RegulatoryView.class, () -> new RegulatoryView(regulatory));
    FraudViewModel fraud = model(new FraudViewModel(screens, audit));
    controllers.put(FraudView.class, () -> new FraudView(fraud));
    ModelViewModel modelMonitoring = model(new ModelViewModel(screens));
    controllers.put(ModelView.class, () -> new ModelView(modelMonitoring));
    CollectionsViewModel collections = model(new CollectionsViewModel(screens));
    controllers.put(CollectionsView.class, () -> new CollectionsView(collections));
    DataQualityViewModel dataQuality = model(new DataQualityViewModel(screens));
    controllers.put(DataQualityView.class, () -> new DataQualityView(dataQuality));
    LoansViewModel loans = model(new LoansViewModel(screens));
    controllers.put(LoansView.class, () -> new LoansView(loans));
    LoanPagesViewModel loanPages = model(new LoanPagesViewModel(screens));
    controllers.put(LoanPagesView.class, () -> new LoanPagesView(loanPages));
  }

  /** The production wiring: portfolios in the per-user data folder, the bundled sample tape. */
  public static AppContext standard(
      BackgroundRunner runner, Locale locale, Desktop desktop, UserSettings settings) {
    String lang = locale.getLanguage().equals("zh") ? "zh" : "en";
    FilePortfolioService portfolios =
        new FilePortfolioService(
            AppDirs.dataFolder(),
            com.riskworkbench.portfolio.tape.TapeSource.classpath("sample-data"),
            Optional.of(AppDirs.cacheFolder()));
    ReportService reports =
        (location, out, asOf, filter, progress) -> {
          try {
            PackExport.run(
                new PackExport.Request(
                    portfolios.resolve(location),
                    out,
                    Optional.of(asOf),
                    filter,
                    lang,
                    false,
                    Optional.of(AppDirs.cacheFolder())),
                AppVersion.get(),
                Clock.systemUTC(),
                progress);
          } catch (java.io.IOException e) {
            // As the command line says it ("The disk holding … is full"), in the window's language.
            throw new com.riskworkbench.portfolio.PortfolioException(
                com.riskworkbench.common.WriteFailures.message(out, e), e);
          }
        };
    AuditTrail audit =
        new AuditLogTrail(
            AuditLog.standard(),
            location -> {
              try {
                return PackExport.fingerprint(portfolios.resolve(location));
              } catch (Exception e) {
                // the audit line is still written, without the file's fingerprint: say why
                org.slf4j.LoggerFactory.getLogger(AppContext.class)
                    .warn("Cannot fingerprint the portfolio {}: {}", location, e.getMessage(), e);
                return "unavailable";
              }
            });
    return new AppContext(portfolios, reports, runner, locale, desktop, settings, audit);
  }

  private <T> T model(T viewModel) {
    models.put(viewModel.getClass(), viewModel);
    return viewModel;
  }

  private Object controller(Class<?> type) {
    Supplier<Object> make = controllers.get(type);
    if (make == null) {
      throw new IllegalArgumentException("No controller known for " + type.getName());
    }
    return make.get();
  }

  /** The view model of a screen, e.g. {@code model(VintageViewModel.class)}: for tests. */
  public <T> T model(Class<T> type) {
    return type.cast(models.get(type));
  }

  public ViewLoader views() {
    return views;
  }

  public ResourceBundle messages() {
    return screens.messages();
  }

  public ScreenContext screens() {
    return screens;
  }

  public MainViewModel mainViewModel() {
    return mainViewModel;
  }

  public Locale locale() {
    return screens.formats().locale();
  }
}
