package com.riskworkbench.ui.collections;

import com.riskworkbench.analysis.CollectionsResult.ActionStats;
import com.riskworkbench.analysis.CollectionsResult.CohortRecovery;
import com.riskworkbench.analysis.CollectionsResult.MonthTypeStats;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.ui.collections.CollectionsViewModel.Shown;
import com.riskworkbench.ui.collections.CollectionsViewModel.TypeRow;
import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.Formats;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The Collections screen's controller: binds to {@link CollectionsViewModel} and nothing more. */
public final class CollectionsView {
  private final CollectionsViewModel model;
  private Formats formats;

  @FXML private ResourceBundle resources;
  @FXML private Label scopeLabel;
  @FXML private Label actionsValue;
  @FXML private Label contactValue;
  @FXML private Label promiseValue;
  @FXML private Label recoveredValue;
  @FXML private Label recoveryRateValue;
  @FXML private Label recoveryRateNote;
  @FXML private TabPane collectionsTabs;
  @FXML private Label emptyLabel;
  @FXML private StackedBarChart<String, Number> actionsChart;
  @FXML private CategoryAxis monthAxis;
  @FXML private TableView<MonthTypeStats> monthTable;
  @FXML private TableView<TypeRow> typeTable;
  @FXML private TableView<CohortRecovery> cohortTable;

  public CollectionsView(CollectionsViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    formats = model.formats();
    var has =
        Bindings.createBooleanBinding(
            () -> model.shownProperty().get().isPresent(), model.shownProperty());
    collectionsTabs.visibleProperty().bind(has);
    emptyLabel.visibleProperty().bind(has.not());
    emptyLabel.textProperty().bind(model.emptyTextProperty());
    model.shownProperty().addListener((o, was, now) -> showKpis(now));
    showKpis(model.shownProperty().get());

    monthTable
        .getColumns()
        .add(text("collections.column.month", 75, c -> formats.month(c.month())));
    monthTable
        .getColumns()
        .add(text("collections.column.actionType", 90, c -> model.labels().of(c.actionType())));
    measures(monthTable, MonthTypeStats::stats);
    monthTable.setItems(model.cells());
    typeTable
        .getColumns()
        .add(text("collections.column.actionType", 120, r -> model.labels().of(r.type())));
    measures(typeTable, TypeRow::stats);
    typeTable.setItems(model.byType());
    cohortTable
        .getColumns()
        .add(text("collections.column.cohort", 90, r -> formats.month(r.cohort())));
    cohortTable
        .getColumns()
        .add(number("collections.column.loans", 90, r -> formats.count(r.loans())));
    cohortTable
        .getColumns()
        .add(
            number(
                "collections.column.chargedOffLoans",
                130,
                r -> formats.count(r.chargedOffLoans())));
    cohortTable
        .getColumns()
        .add(
            number(
                "collections.column.chargedOff",
                150,
                r -> formats.amount(r.chargedOffCents() / 100.0)));
    cohortTable
        .getColumns()
        .add(
            number(
                "collections.column.recoveries",
                150,
                r -> formats.amount(r.recoveriesCents() / 100.0)));
    cohortTable
        .getColumns()
        .add(
            number(
                "collections.column.recoveryRate", 110, r -> formats.percent(r.recoveryRate(), 1)));
    cohortTable.setItems(model.recoveries());
    for (TableView<?> t : List.of(monthTable, typeTable, cohortTable)) {
      t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
      t.placeholderProperty()
          .bind(
              Bindings.createObjectBinding(
                  () -> new Label(model.emptyTextProperty().get()), model.emptyTextProperty()));
    }
    model.cells().addListener((ListChangeListener<MonthTypeStats>) c -> fillChart());
    fillChart();
  }

  private void showKpis(Optional<Shown> shown) {
    if (shown.isEmpty()) {
      for (Label l :
          List.of(actionsValue, contactValue, promiseValue, recoveredValue, recoveryRateValue)) {
        l.setText(Formats.NONE);
      }
      recoveryRateNote.setText("");
      scopeLabel.setText("");
      return;
    }
    Shown s = shown.get();
    ActionStats t = s.result().total();
    actionsValue.setText(formats.count(t.actions()));
    contactValue.setText(formats.percent(t.contactRate(), 1));
    promiseValue.setText(formats.percent(t.promiseRate(), 1));
    recoveredValue.setText(formats.moneyShort(t.amountRecoveredCents(), s.currency()));
    recoveryRateValue.setText(formats.percent(s.recoveryRate(), 1));
    recoveryRateNote.setText(
        MessageFormat.format(
            resources.getString("collections.kpi.recoveryRateNote"),
            s.currency() + " " + formats.amount(s.recoveries())));
    scopeLabel.setText(
        MessageFormat.format(
            resources.getString("collections.scope"), formats.month(s.asOf()), s.currency()));
  }

  /** Actions by month, one stacked series per action type. */
  private void fillChart() {
    Set<String> months = new LinkedHashSet<>();
    Map<ActionType, XYChart.Series<String, Number>> series = new EnumMap<>(ActionType.class);
    for (MonthTypeStats c : model.cells()) {
      String m = formats.month(c.month());
      months.add(m);
      XYChart.Series<String, Number> s =
          series.computeIfAbsent(
              c.actionType(),
              t -> {
                XYChart.Series<String, Number> n = new XYChart.Series<>();
                n.setName(model.labels().of(t));
                return n;
              });
      s.getData().add(new XYChart.Data<>(m, c.stats().actions()));
    }
    monthAxis.getCategories().setAll(new ArrayList<>(months));
    actionsChart.getData().setAll(new ArrayList<>(series.values()));
    for (XYChart.Series<String, Number> s : actionsChart.getData()) {
      for (XYChart.Data<String, Number> d : s.getData()) {
        if (d.getNode() != null) {
          Tooltip.install(
              d.getNode(),
              new Tooltip(
                  s.getName()
                      + " · "
                      + d.getXValue()
                      + ": "
                      + formats.count(d.getYValue().longValue())));
        }
      }
    }
  }

  private <T> void measures(TableView<T> table, Function<T, ActionStats> stats) {
    table
        .getColumns()
        .add(
            number("collections.column.actions", 70, r -> formats.count(stats.apply(r).actions())));
    table
        .getColumns()
        .add(
            number(
                "collections.column.contacted",
                90,
                r -> formats.count(stats.apply(r).contacted())));
    table
        .getColumns()
        .add(
            number(
                "collections.column.contactRate",
                100,
                r -> formats.percent(stats.apply(r).contactRate(), 1)));
    table
        .getColumns()
        .add(
            number(
                "collections.column.promises", 90, r -> formats.count(stats.apply(r).promises())));
    table
        .getColumns()
        .add(
            number(
                "collections.column.promiseRate",
                120,
                r -> formats.percent(stats.apply(r).promiseRate(), 1)));
    table
        .getColumns()
        .add(number("collections.column.paid", 55, r -> formats.count(stats.apply(r).paid())));
    table
        .getColumns()
        .add(
            number(
                "collections.column.recovered",
                140,
                r -> formats.amount(stats.apply(r).amountRecoveredCents() / 100.0)));
  }

  private <T> TableColumn<T, String> text(String key, double width, Function<T, String> value) {
    return Columns.text(resources.getString(key), width, value);
  }

  private <T> TableColumn<T, String> number(String key, double width, Function<T, String> value) {
    return Columns.number(resources.getString(key), width, value);
  }
}
