package com.riskworkbench.ui.common;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * Read-only table columns of text computed from each row, the one way the screens make their
 * columns: plain text, right-aligned figures, and sortable figures whose text the view model made
 * and whose order follows the value behind it (counts, amounts, percentages).
 */
public final class Columns {
  private static final String RIGHT = "-fx-alignment: CENTER-RIGHT;";

  private Columns() {}

  /** A fixed-width, unsortable column of text. */
  public static <T> TableColumn<T, String> text(
      String title, double width, Function<T, String> value) {
    TableColumn<T, String> c = sortableText(title, width, value);
    c.setSortable(false);
    return c;
  }

  /** A column of formatted figures, right-aligned, unsortable. */
  public static <T> TableColumn<T, String> number(
      String title, double width, Function<T, String> value) {
    TableColumn<T, String> c = text(title, width, value);
    c.setStyle(RIGHT);
    return c;
  }

  /** A fixed-width column of text, sorted by its text. */
  public static <T> TableColumn<T, String> sortableText(
      String title, double width, Function<T, String> value) {
    TableColumn<T, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setMinWidth(width);
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
    return c;
  }

  /**
   * A column of text that is recomputed when {@code dependency} changes (a masked name that a
   * reveal shows).
   */
  public static <T> TableColumn<T, String> live(
      String title, double width, Function<T, String> value, ObservableValue<?> dependency) {
    TableColumn<T, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setMinWidth(width);
    c.setCellValueFactory(
        f ->
            javafx.beans.binding.Bindings.createStringBinding(
                () -> value.apply(f.getValue()), dependency));
    return c;
  }

  /**
   * A right-aligned, sortable column of a figure: shows {@code text} (made by the view model) and
   * sorts by {@code value}.
   */
  public static <T> TableColumn<T, T> figure(
      String title, double width, Function<T, ? extends Number> value, Function<T, String> text) {
    TableColumn<T, T> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setMinWidth(width);
    fillRow(c, text, true);
    c.setComparator(Comparator.comparingDouble(r -> value.apply(r).doubleValue()));
    return c;
  }

  /** A sortable count column: {@code Formats#count} of the value. */
  public static <T> TableColumn<T, T> count(
      String title, double width, Function<T, ? extends Number> value, Formats formats) {
    return figure(title, width, value, r -> formats.count(value.apply(r).longValue()));
  }

  /** A sortable amount column: cents shown as {@code Formats#amount} of units. */
  public static <T> TableColumn<T, T> amount(
      String title, double width, Function<T, Long> cents, Formats formats) {
    return figure(title, width, cents, r -> formats.amount(cents.apply(r) / 100.0));
  }

  /** A sortable percentage column of a ratio 0–1. */
  public static <T> TableColumn<T, T> percent(
      String title, double width, Function<T, Double> ratio, int digits, Formats formats) {
    return figure(title, width, ratio, r -> formats.percent(ratio.apply(r), digits));
  }

  /** A sortable column of a decimal figure. */
  public static <T> TableColumn<T, T> decimal(
      String title, double width, Function<T, Double> value, int digits, Formats formats) {
    return figure(title, width, value, r -> formats.decimal(value.apply(r), digits));
  }

  /**
   * Fills a column declared in FXML with text computed from each row, right-aligned for figures.
   */
  public static <T> void fill(
      TableColumn<T, String> column, Function<T, String> value, boolean right) {
    column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
    if (right) {
      column.setStyle(RIGHT);
    }
  }

  /**
   * Fills a column declared in FXML whose cells hold their row (so that it can sort by the row):
   * shows {@code text} of the row, right-aligned for figures.
   */
  public static <T> void fillRow(
      TableColumn<T, T> column, Function<T, String> text, boolean right) {
    column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
    column.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(T row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
              }
            });
    if (right) {
      column.setStyle(RIGHT);
    }
  }
}
