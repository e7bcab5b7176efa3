package com.riskworkbench.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;

/**
 * A heat-map cell of a table: the value's text on its colour, the figures behind it on hover, and a
 * click that lists the loans behind it. An empty cell stays blank (an immature vintage cell is not
 * a zero).
 */
public final class HeatCell<S, T extends HeatValue> extends TableCell<S, T> {
  private final Function<T, String> style;
  private final Tooltip tooltip = new Tooltip();

  /**
   * @param style the cell's inline style (its heat colour) for a value
   * @param drill what a click on a value with loans behind it does
   */
  public HeatCell(Function<T, String> style, Consumer<T> drill) {
    this.style = style;
    getStyleClass().add("heat-cell");
    tooltip.setShowDelay(Duration.millis(300));
    tooltip.setShowDuration(Duration.seconds(30));
    setOnMouseClicked(
        e -> {
          T value = getItem();
          if (e.getButton() == MouseButton.PRIMARY && value != null && value.loans() > 0) {
            drill.accept(value);
          }
        });
  }

  @Override
  protected void updateItem(T value, boolean empty) {
    super.updateItem(value, empty);
    getStyleClass().remove("drill");
    if (empty || value == null) {
      setText(null);
      setStyle("");
      setTooltip(null);
      return;
    }
    setText(value.text());
    setStyle(style.apply(value));
    tooltip.setText(value.tooltip());
    setTooltip(tooltip);
    if (value.loans() > 0) {
      getStyleClass().add("drill");
    }
  }
}
