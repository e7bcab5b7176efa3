package com.riskworkbench.ui.common;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/** Binds a group of toggle buttons to a property of the view model, one value per toggle. */
public final class Toggles {
  private Toggles() {}

  /**
   * Selects the toggle of the property's value and sets the property when another is selected;
   * clicking the selected toggle keeps it selected (one value is always chosen).
   */
  public static <T> void bind(ToggleGroup group, Map<Toggle, T> values, ObjectProperty<T> value) {
    select(group, values, value.get());
    group
        .selectedToggleProperty()
        .addListener(
            (o, was, now) -> {
              if (now == null) {
                group.selectToggle(was);
              } else {
                value.set(values.get(now));
              }
            });
    value.addListener((o, was, now) -> select(group, values, now));
  }

  private static <T> void select(ToggleGroup group, Map<Toggle, T> values, T value) {
    values.forEach(
        (toggle, v) -> {
          if (v.equals(value) && group.getSelectedToggle() != toggle) {
            group.selectToggle(toggle);
          }
        });
  }
}
