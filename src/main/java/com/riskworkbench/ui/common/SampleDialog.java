package com.riskworkbench.ui.common;

import java.util.Optional;
import java.util.OptionalLong;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The size of a sample portfolio, shown by {@link FxDialogs}: number of loans and months of history
 * within their bounds, and an optional seed (digits only).
 */
final class SampleDialog {
  private SampleDialog() {}

  static Optional<Dialogs.SampleAnswer> ask(
      Dialogs.SampleForm form, ButtonType ok, ButtonType cancel, Optional<Window> owner) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.setTitle(form.title());
    dialog.setHeaderText(form.header());
    dialog.getDialogPane().setId("sampleDialog");
    owner.ifPresent(dialog::initOwner);
    Spinner<Integer> loans =
        spinner(form.minLoans(), form.maxLoans(), form.loans(), stepOf(form.maxLoans()));
    loans.setId("sampleLoans");
    Spinner<Integer> months = spinner(form.minMonths(), form.maxMonths(), form.months(), 1);
    months.setId("sampleMonths");
    TextField seed = new TextField();
    seed.setId("sampleSeed");
    seed.setPromptText(form.seedHint());
    seed.setTextFormatter(
        new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,18}") ? c : null));
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.addRow(0, new Label(form.loansLabel()), loans);
    grid.addRow(1, new Label(form.monthsLabel()), months);
    grid.addRow(2, new Label(form.seedLabel()), seed);
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
    // a value typed but not yet committed by Enter still counts when OK is pressed
    ((Button) dialog.getDialogPane().lookupButton(ok))
        .addEventFilter(
            javafx.event.ActionEvent.ACTION,
            e -> {
              commit(loans);
              commit(months);
            });
    return dialog
        .showAndWait()
        .filter(b -> b == ok)
        .map(
            b ->
                new Dialogs.SampleAnswer(
                    loans.getValue(),
                    months.getValue(),
                    seed.getText().isEmpty()
                        ? OptionalLong.empty()
                        : OptionalLong.of(Long.parseLong(seed.getText()))));
  }

  /** A step that moves a spinner of up to {@code max} in a few dozen presses: 1,000 for 500,000. */
  private static int stepOf(int max) {
    return max >= 100_000 ? 1_000 : max >= 1_000 ? 100 : 1;
  }

  private static Spinner<Integer> spinner(int min, int max, int initial, int step) {
    Spinner<Integer> s = new Spinner<>();
    s.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial, step));
    s.setEditable(true);
    s.setPrefWidth(160);
    return s;
  }

  /** Takes the typed text as the value, kept within the bounds; unreadable text is dropped. */
  private static void commit(Spinner<Integer> s) {
    SpinnerValueFactory.IntegerSpinnerValueFactory f =
        (SpinnerValueFactory.IntegerSpinnerValueFactory) s.getValueFactory();
    String text = s.getEditor().getText().replaceAll("[^0-9]", "");
    if (!text.isEmpty() && text.length() < 10) {
      f.setValue(Math.max(f.getMin(), Math.min(f.getMax(), Integer.parseInt(text))));
    }
    s.getEditor().setText(f.getConverter().toString(f.getValue()));
  }
}
