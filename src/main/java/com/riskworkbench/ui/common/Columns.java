package com.riskworkbench.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Read-only table columns of text computed from each row: the summary tables of the screens. */
public final class Columns {
  private Columns() {}

  /** A fixed-width, unsortable column of text. */
  public static <T> TableColumn<T, String> text(
      String title, double width, Function<T, String> value) {
    TableColumn<T, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setMinWidth(width);
    c.setSortable(false);
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
    return c;
  }

  /** A column of formatted figures, right-aligned. */
  public static <T> TableColumn<T, String> number(
      String title, double width, Function<T, String> value) {
    TableColumn<T, String> c = text(title, width, value);
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    return c;
  }
}
