package com.riskworkbench.ui.shell;

import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.service.UserSettings;
import com.riskworkbench.ui.common.ScreenContext;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The main window's texts and settings choices, for {@link MainView} to bind: the as-of months, the
 * filters' names and titles, the theme and the language. Built by {@link MainViewModel}; touches no
 * node.
 */
public final class ShellTexts {
  /** The dimensions the filter bar offers, in its order. */
  public static final List<Dimension> FILTERS =
      List.of(
          Dimension.PRODUCT,
          Dimension.CHANNEL,
          Dimension.REGION,
          Dimension.INDUSTRY,
          Dimension.RISK_GRADE,
          Dimension.BORROWER_TYPE,
          Dimension.FUNDING_PARTNER,
          Dimension.GROUP);

  private final ScreenContext context;
  private final UserSettings settings;

  ShellTexts(ScreenContext context, UserSettings settings) {
    this.context = context;
    this.settings = settings;
  }

  /**
   * The status bar: while work runs, what it does and, when it knows, how far as a percentage
   * ("Loading loan months · 42 %"); else {@code idle}, the last command's outcome.
   */
  javafx.beans.binding.StringExpression status(javafx.beans.value.ObservableStringValue idle) {
    var jobs = context.jobs();
    return javafx.beans.binding.Bindings.when(jobs.busyProperty())
        .then(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    jobs.progressProperty().get() >= 0 && jobs.progressProperty().get() <= 1
                        ? jobs.messageProperty().get()
                            + " · "
                            + context.formats().percent(jobs.progressProperty().get(), 0)
                        : jobs.messageProperty().get(),
                jobs.messageProperty(),
                jobs.progressProperty()))
        .otherwise(idle);
  }

  /** An as-of month for people; empty for none. */
  public String month(YearMonth m) {
    return m == null ? "" : context.formats().month(m);
  }

  /** A filter's name, e.g. "Channel"; short ones for the funding partner and the group. */
  public String filterName(Dimension d) {
    return switch (d) {
      case FUNDING_PARTNER -> text("filter.partner");
      case GROUP -> text("filter.group");
      default -> context.labels().dimension(d);
    };
  }

  /** What a filter box says on hover: the dimension's full name and the values chosen. */
  public String filterTip(Dimension d, List<String> checked) {
    String name = context.labels().dimension(d);
    return checked.isEmpty()
        ? name
        : name + ": " + String.join(", ", checked.stream().map(v -> filterValue(d, v)).toList());
  }

  /** A value of a filter for people: borrower types are codes, the others are data. */
  public String filterValue(Dimension d, String value) {
    if (value == null) {
      return "";
    }
    return context.labels().segment(d, value);
  }

  /**
   * A filter box's title: "Channel" (no filter: the name alone, so that eight boxes fit one row at
   * 1280 pixels), "Channel: Online", "Channel: 2 of 5".
   */
  public String filterTitle(Dimension d, List<String> checked, int choices) {
    if (checked.isEmpty()) {
      return filterName(d);
    }
    String what =
        checked.size() == 1
            ? filterValue(d, checked.get(0))
            : MessageFormat.format(text("filter.some"), checked.size(), choices);
    return filterName(d) + ": " + what;
  }

  /** The width of a filter box, for its name; a chosen value beyond it shows on hover. */
  public double filterWidth(Dimension d) {
    return switch (d) {
      case BORROWER_TYPE -> 140;
      case RISK_GRADE -> 116;
      case REGION -> 100;
      case GROUP -> 96;
      case FUNDING_PARTNER -> 104;
      default -> 108;
    };
  }

  /** True when the dark theme was chosen. */
  public boolean darkTheme() {
    return settings.get("theme").map("dark"::equals).orElse(false);
  }

  /** Remembers the theme. */
  public void setDarkTheme(boolean dark) {
    settings.put("theme", dark ? "dark" : "light");
  }

  /** True when the window speaks Chinese. */
  public boolean chinese() {
    return context.formats().locale().getLanguage().equals("zh");
  }

  /**
   * Remembers {@code locale} as the language of the next start; true when it differs from the
   * window's, so that the window must be rebuilt.
   */
  public boolean switchLanguage(Locale locale) {
    if (locale.getLanguage().equals(context.formats().locale().getLanguage())) {
      return false;
    }
    settings.put("language", locale.toLanguageTag());
    return true;
  }

  /** True for a team database's URL ({@code jdbc:…}), false for a file's path. */
  static boolean isDatabase(String where) {
    return where.regionMatches(true, 0, "jdbc:", 0, 5);
  }

  private String text(String key) {
    return context.messages().getString(key);
  }
}
