package com.riskworkbench.ui;

import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/** Helpers of the screen tests: rows of tables as their cells' texts, held tasks run to the end. */
public final class ScreenTests {
  private ScreenTests() {}

  /** Runs held tasks until none is left: a task's result may start the next one. */
  public static void settle(FxRobot robot, TestWorkbench.HeldRunner runner) {
    do {
      robot.interact(runner::runAll);
    } while (!runner.held.isEmpty());
  }

  /** The node of row {@code index} of a table. */
  public static Node rowNode(FxRobot robot, String tableId, int index) {
    TableView<?> table = robot.lookup(tableId).queryAs(TableView.class);
    return robot
        .from(table)
        .lookup(".table-row-cell")
        .match((TableRow<?> r) -> r.getIndex() == index && !r.isEmpty())
        .query();
  }

  /** The texts of the cells of one row of a table, in column order. */
  public static List<String> row(FxRobot robot, String tableId, int index) {
    TableView<?> table = robot.lookup(tableId).queryAs(TableView.class);
    return robot
        .from(rowNode(robot, tableId, index))
        .lookup(".table-cell")
        .queryAllAs(TableCell.class)
        .stream()
        .sorted(
            Comparator.comparingInt(c -> table.getVisibleLeafColumns().indexOf(c.getTableColumn())))
        .map(c -> c.getText() == null ? "" : c.getText())
        .toList();
  }
}
