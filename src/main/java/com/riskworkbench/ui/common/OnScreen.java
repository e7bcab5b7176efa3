package com.riskworkbench.ui.common;

import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Whether a node is on screen: in the window's scene and, inside tabs, on the selected tab of each.
 * A screen of a book left in its database asks the database only while it is on screen.
 */
public final class OnScreen {
  private OnScreen() {}

  /** True while {@code node} is in a scene and on the selected tab of every tab pane around it. */
  public static ReadOnlyBooleanProperty of(Node node) {
    ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    Set<Tab> watched = new HashSet<>();
    Runnable update =
        new Runnable() {
          @Override
          public void run() {
            boolean on = node.getScene() != null;
            for (Parent p = node.getParent(); p != null && on; p = p.getParent()) {
              if (p instanceof TabPane pane) {
                for (Tab t : pane.getTabs()) {
                  if (t.getContent() != null && isAncestorOrSelf(t.getContent(), node)) {
                    if (watched.add(t)) {
                      t.selectedProperty().addListener((o, was, now) -> run());
                    }
                    on = t.isSelected();
                  }
                }
              }
            }
            shown.set(on);
          }
        };
    node.sceneProperty().addListener((o, was, now) -> update.run());
    node.parentProperty().addListener((o, was, now) -> update.run());
    update.run();
    return shown.getReadOnlyProperty();
  }

  private static boolean isAncestorOrSelf(Node ancestor, Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }
}
