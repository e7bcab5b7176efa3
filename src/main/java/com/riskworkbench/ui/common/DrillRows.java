package com.riskworkbench.ui.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * Table rows that drill down to the loans behind them: by mouse (a click or a double-click, as the
 * screen chooses) and by the Enter key on the selected row, so the keyboard reaches every
 * drill-down. The one way every screen makes such rows.
 */
public final class DrillRows<T> {
  /** Which click opens a row. */
  public enum Click {
    /** Any primary click (tables whose rows do nothing else on a click). */
    SINGLE,
    /** A primary double-click (tables whose rows are also selected by a click). */
    DOUBLE
  }

  private static final List<String> OWN_STYLES = List.of("drill");

  private final TableView<T> table;
  private final Consumer<T> drill;
  private Click click = Click.DOUBLE;
  private Predicate<T> canDrill = item -> true;
  private Tooltip tooltip;
  private Function<T, String> styleClass = item -> null;
  private List<String> extraStyles = List.of();

  private DrillRows(TableView<T> table, Consumer<T> drill) {
    this.table = table;
    this.drill = drill;
  }

  /** Rows of {@code table} that call {@code drill} with their item; call {@link #install()}. */
  public static <T> DrillRows<T> of(TableView<T> table, Consumer<T> drill) {
    return new DrillRows<>(table, drill);
  }

  public DrillRows<T> click(Click click) {
    this.click = click;
    return this;
  }

  /** Only rows whose item passes drill down (and are marked as such). */
  public DrillRows<T> when(Predicate<T> canDrill) {
    this.canDrill = canDrill;
    return this;
  }

  /** A tooltip on the rows that drill down. */
  public DrillRows<T> tooltip(String text) {
    this.tooltip = new Tooltip(text);
    return this;
  }

  /**
   * An extra style class of a row, or null; {@code all} names every class it can return, so that a
   * reused row drops the old one.
   */
  public DrillRows<T> styleClass(Function<T, String> styleClass, String... all) {
    this.styleClass = styleClass;
    this.extraStyles = List.of(all);
    return this;
  }

  /** Sets the table's row factory and its Enter key handler. */
  public void install() {
    table.setRowFactory(t -> row());
    table.setOnKeyPressed(
        e -> {
          T selected = table.getSelectionModel().getSelectedItem();
          if (e.getCode() == KeyCode.ENTER && selected != null && canDrill.test(selected)) {
            drill.accept(selected);
            e.consume();
          }
        });
  }

  private TableRow<T> row() {
    TableRow<T> row =
        new TableRow<>() {
          @Override
          protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(OWN_STYLES);
            getStyleClass().removeAll(extraStyles);
            boolean drillable = !empty && item != null && canDrill.test(item);
            if (tooltip != null) {
              setTooltip(drillable ? tooltip : null);
            }
            if (drillable && tooltip != null) {
              getStyleClass().add("drill");
            }
            if (!empty && item != null) {
              String extra = styleClass.apply(item);
              if (extra != null) {
                getStyleClass().add(extra);
              }
            }
          }
        };
    row.setOnMouseClicked(
        e -> {
          boolean clicks = click == Click.SINGLE || e.getClickCount() == 2;
          if (e.getButton() == MouseButton.PRIMARY
              && clicks
              && !row.isEmpty()
              && row.getItem() != null
              && canDrill.test(row.getItem())) {
            drill.accept(row.getItem());
          }
        });
    return row;
  }
}
