package com.riskworkbench.ui.common;

import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.SegmentFilter;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a screen's figures are for — the as-of month and the filters — in words under its title, and
 * as a part of an export's file name, so that a figure never travels without its scope.
 */
public final class ScopeText {
  private static final int MAX_NAME_PART = 80;

  private final ResourceBundle messages;
  private final Labels labels;
  private final Formats formats;

  public ScopeText(ResourceBundle messages, Labels labels, Formats formats) {
    this.messages = messages;
    this.labels = labels;
    this.formats = formats;
  }

  public static ScopeText of(ScreenContext c) {
    return new ScopeText(c.messages(), c.labels(), c.formats());
  }

  /** "As of 2026-10 · Product: Credit loan, Car loan · Region: Hubei", or "… · all loans". */
  public String line(YearMonth asOf, SegmentFilter filter) {
    return MessageFormat.format(
        messages.getString("scope.line"), formats.month(asOf), filters(filter));
  }

  /**
   * The line of the state's current scope, kept up to date: a screen that clears its figures before
   * computing a new scope (as every screen does) can show it beside whatever it shows.
   */
  public ReadOnlyStringProperty lineOf(WorkbenchState state) {
    ReadOnlyStringWrapper line = new ReadOnlyStringWrapper();
    Runnable update = () -> line.set(state.scope().map(s -> line(s.asOf(), s.filter())).orElse(""));
    state.scopeProperty().addListener((o, before, now) -> update.run());
    update.run();
    return line.getReadOnlyProperty();
  }

  /** "Product: Credit loan, Car loan · Region: Hubei", or "all loans" without a filter. */
  public String filters(SegmentFilter filter) {
    if (filter.isEmpty()) {
      return messages.getString("scope.allLoans");
    }
    String separator = messages.getString("scope.valueSeparator");
    return filter.allowed().entrySet().stream()
        .map(
            e ->
                MessageFormat.format(
                    messages.getString("scope.filter"),
                    labels.dimension(e.getKey()),
                    values(e.getKey(), e.getValue(), separator)))
        .collect(Collectors.joining(" · "));
  }

  private String values(Dimension d, Set<String> values, String separator) {
    return values.stream()
        .sorted()
        .map(v -> labels.segment(d, v))
        .collect(Collectors.joining(separator));
  }

  /**
   * A file name for an export of this scope: {@code loans-2026-10.csv}, or with the filters {@code
   * loans-2026-10-product-Credit_loan.csv}; characters a file system could refuse become {@code _}.
   */
  public static String fileName(
      String stem, YearMonth asOf, SegmentFilter filter, String extension) {
    StringBuilder part = new StringBuilder();
    for (Map.Entry<Dimension, Set<String>> e : filter.allowed().entrySet()) {
      part.append('-').append(e.getKey().cliName()).append('-');
      part.append(String.join("+", e.getValue().stream().sorted().toList()));
    }
    String filters = safe(part.toString());
    if (filters.length() > MAX_NAME_PART) {
      filters = filters.substring(0, MAX_NAME_PART);
    }
    return stem + "-" + asOf + filters + extension;
  }

  /** The committee pack's file name: {@code <portfolio>-pack-<as-of>[-<filters>].xlsx}. */
  public static String packFileName(WorkbenchState.Scope s) {
    String book = s.portfolio().overview().name().replaceAll("[^\\p{L}\\p{N}]+", "-");
    return fileName(book + "-pack", s.asOf(), s.filter(), ".xlsx");
  }

  private static String safe(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp ->
                out.appendCodePoint(
                    Character.isLetterOrDigit(cp) || cp == '-' || cp == '+' ? cp : '_'));
    return out.toString();
  }
}
