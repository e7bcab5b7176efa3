package com.riskworkbench.app;

import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.service.FilePortfolioService;
import com.riskworkbench.service.PackExport;
import com.riskworkbench.service.PortfolioService;
import com.riskworkbench.service.ReportService;
import com.riskworkbench.ui.common.BackgroundRunner;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.ViewLoader;
import com.riskworkbench.ui.shell.MainView;
import com.riskworkbench.ui.shell.MainViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;

/** The composition root: the one place that builds services, view models and views. */
public final class AppContext {
  private final PortfolioService portfolios;
  private final BackgroundRunner runner;
  private final Locale locale;
  private final ResourceBundle messages;
  private final MainViewModel mainViewModel;
  private final ViewLoader views;

  private final java.util.function.Consumer<Path> openFolder;

  public AppContext(PortfolioService portfolios, BackgroundRunner runner, Locale locale) {
    this(portfolios, (file, out, progress) -> {}, runner, locale, folder -> {});
  }

  public AppContext(
      PortfolioService portfolios,
      ReportService reports,
      BackgroundRunner runner,
      Locale locale,
      java.util.function.Consumer<Path> openFolder) {
    this.openFolder = openFolder;
    this.portfolios = portfolios;
    this.runner = runner;
    this.locale = locale;
    this.messages = ResourceBundle.getBundle("i18n.messages", locale);
    this.mainViewModel =
        new MainViewModel(portfolios, reports, runner, new Formats(locale), messages);
    this.views = new ViewLoader(this::controller, messages);
  }

  /** The production wiring: portfolios in the per-user data folder, the bundled sample tape. */
  public static AppContext standard(
      BackgroundRunner runner, java.util.function.Consumer<Path> openFolder) {
    Path data = AppDirs.dataFolder();
    Locale locale = Locale.getDefault();
    String lang = locale.getLanguage().equals("zh") ? "zh" : "en";
    ReportService reports =
        (file, out, progress) ->
            PackExport.run(
                new PackExport.Request(
                    file,
                    out,
                    java.util.Optional.empty(),
                    SegmentFilter.NONE,
                    lang,
                    false,
                    java.util.Optional.of(AppDirs.cacheFolder())),
                AppVersion.get(),
                Clock.systemUTC(),
                progress);
    return new AppContext(
        new FilePortfolioService(data, TapeSource.classpath("sample-data")),
        reports,
        runner,
        locale,
        openFolder);
  }

  private Object controller(Class<?> type) {
    if (type == MainView.class) {
      return new MainView(mainViewModel, openFolder);
    }
    throw new IllegalArgumentException("No controller known for " + type.getName());
  }

  public ViewLoader views() {
    return views;
  }

  public ResourceBundle messages() {
    return messages;
  }

  public MainViewModel mainViewModel() {
    return mainViewModel;
  }

  public PortfolioService portfolios() {
    return portfolios;
  }

  public BackgroundRunner runner() {
    return runner;
  }

  public Locale locale() {
    return locale;
  }
}
