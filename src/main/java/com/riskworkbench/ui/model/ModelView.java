package com.riskworkbench.ui.model;

import com.riskworkbench.analysis.PsiBand;
import com.riskworkbench.analysis.ScorecardParams;
import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.DrillRows;
import com.riskworkbench.ui.common.Spinners;
import com.riskworkbench.ui.common.Toggles;
import com.riskworkbench.ui.common.ValueAxes;
import com.riskworkbench.ui.model.ModelRows.CohortRow;
import com.riskworkbench.ui.model.ModelRows.DecileRow;
import com.riskworkbench.ui.model.ModelRows.Tile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/** The Model monitoring screen's controller: binds to {@link ModelViewModel} and nothing more. */
public final class ModelView {
  private static final List<String> RAG = List.of("rag-green", "rag-amber", "rag-red");
  private static final List<String> BANDS = List.of("band-stable", "band-watch", "band-shifted");

  private final ModelViewModel model;

  @FXML private Label scopeLabel;
  @FXML private CheckBox earlyCheck;
  @FXML private ProgressIndicator busyIndicator;
  @FXML private Label busyLabel;
  @FXML private Spinner<Integer> mobSpinner;
  @FXML private ToggleGroup thresholdGroup;
  @FXML private ToggleButton dpd30Toggle;
  @FXML private ToggleButton dpd60Toggle;
  @FXML private ToggleButton dpd90Toggle;
  @FXML private Node body;
  @FXML private Label placeholderLabel;
  @FXML private Label captionLabel;
  @FXML private Label ksValue;
  @FXML private Label ksDetail;
  @FXML private Label aucValue;
  @FXML private Label aucDetail;
  @FXML private Label giniValue;
  @FXML private Label giniDetail;
  @FXML private VBox psiTile;
  @FXML private Label psiValue;
  @FXML private Label psiDetail;
  @FXML private LineChart<String, Number> trendChart;
  @FXML private CategoryAxis trendAxis;
  @FXML private CategoryAxis decileAxis;
  @FXML private StackedBarChart<String, Number> psiChart;
  @FXML private CategoryAxis psiCohortAxis;
  @FXML private NumberAxis psiAxis;
  @FXML private ComboBox<String> decileCohortBox;
  @FXML private TableView<DecileRow> decileTable;
  @FXML private BarChart<String, Number> decileChart;
  @FXML private NumberAxis decileRateAxis;
  @FXML private TableView<CohortRow> cohortTable;

  public ModelView(ModelViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    scopeLabel.textProperty().bind(model.scopeTextProperty());
    model.shownOnScreenProperty().bind(scopeLabel.sceneProperty().isNotNull());
    busyIndicator.visibleProperty().bind(model.busyProperty());
    busyLabel.visibleProperty().bind(model.busyProperty());
    placeholderLabel.textProperty().bind(model.placeholderProperty());
    placeholderLabel.visibleProperty().bind(model.placeholderProperty().isNotEmpty());
    body.visibleProperty().bind(model.placeholderProperty().isEmpty());
    captionLabel.textProperty().bind(model.captionProperty());
    earlyCheck.selectedProperty().bindBidirectional(model.includeEarlyProperty());
    earlyCheck.textProperty().bind(model.earlyLabelProperty());

    SpinnerValueFactory.IntegerSpinnerValueFactory window =
        Spinners.integers(1, ScorecardParams.MAX_MOB, model.mobProperty().get());
    mobSpinner.setValueFactory(window);
    window.valueProperty().bindBidirectional(model.mobProperty());
    Toggles.bind(
        thresholdGroup,
        Map.of(dpd30Toggle, 30, dpd60Toggle, 60, dpd90Toggle, 90),
        model.thresholdProperty());

    tile(model.ksProperty(), ksValue, ksDetail);
    tile(model.aucProperty(), aucValue, aucDetail);
    tile(model.giniProperty(), giniValue, giniDetail);
    tile(model.psiProperty(), psiValue, psiDetail);
    model.psiProperty().addListener((o, was, now) -> colourPsiTile(now));
    colourPsiTile(model.psiProperty().get());

    setUpCohortTable();
    setUpDeciles();
    setUpTrend();
  }

  private static void tile(ReadOnlyObjectProperty<Tile> tile, Label value, Label detail) {
    Runnable show =
        () -> {
          value.setText(tile.get().value());
          detail.setText(tile.get().detail());
        };
    tile.addListener(o -> show.run());
    show.run();
  }

  private void colourPsiTile(Tile t) {
    psiTile.getStyleClass().removeAll(RAG);
    t.band().ifPresent(b -> psiTile.getStyleClass().add(RAG.get(b.ordinal())));
  }

  private void setUpCohortTable() {
    cohortTable
        .getColumns()
        .add(Columns.text(label("model.col.cohort"), 140, CohortRow::cohortText));
    cohortTable
        .getColumns()
        .add(Columns.count(label("model.col.loans"), 120, CohortRow::loans, model.formats()));
    cohortTable
        .getColumns()
        .add(dash("model.col.badRate", CohortRow::badRate, CohortRow::badRateText));
    cohortTable.getColumns().add(dash("model.col.ks", CohortRow::ks, CohortRow::ksText));
    cohortTable.getColumns().add(dash("model.col.auc", CohortRow::auc, CohortRow::aucText));
    cohortTable.getColumns().add(dash("model.col.gini", CohortRow::gini, CohortRow::giniText));
    cohortTable
        .getColumns()
        .add(Columns.figure(label("model.col.psi"), 96, CohortRow::psi, CohortRow::psiText));
    TableColumn<CohortRow, CohortRow> band = new TableColumn<>(label("model.col.band"));
    band.setPrefWidth(110);
    band.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    band.setComparator((a, b) -> a.band().compareTo(b.band()));
    band.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(CohortRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll(BANDS);
                setText(empty || row == null ? null : row.bandText());
                if (!empty && row != null) {
                  getStyleClass().add(BANDS.get(row.band().ordinal()));
                }
              }
            });
    cohortTable.getColumns().add(band);
    cohortTable.setItems(model.rows());
    cohortTable.setPlaceholder(new Label(label("model.empty.table")));
    DrillRows.of(cohortTable, model::drillCohort).tooltip(label("model.drill.cohortTip")).install();
  }

  /**
   * A sortable figure column whose dash (a cohort not yet K months on book, or without bads or
   * goods) says why on hover.
   */
  private TableColumn<CohortRow, CohortRow> dash(
      String key, Function<CohortRow, Double> value, Function<CohortRow, String> text) {
    TableColumn<CohortRow, CohortRow> column = Columns.figure(label(key), 96, value, text);
    column.setCellFactory(
        c ->
            new TableCell<>() {
              private final Tooltip why = new Tooltip();

              @Override
              protected void updateItem(CohortRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
                boolean dash = !empty && row != null && Double.isNaN(value.apply(row));
                if (dash && !row.why().isEmpty()) {
                  why.setText(row.why());
                  setTooltip(why);
                } else {
                  setTooltip(null);
                }
              }
            });
    return column;
  }

  private void setUpDeciles() {
    decileCohortBox.setItems(model.decileCohorts());
    decileCohortBox.valueProperty().bindBidirectional(model.decileCohortProperty());
    decileTable
        .getColumns()
        .add(Columns.number(label("model.col.decile"), 56, r -> Integer.toString(r.decile())));
    decileTable.getColumns().add(Columns.text(label("model.col.scores"), 96, DecileRow::scores));
    decileTable
        .getColumns()
        .add(pair("model.col.share", DecileRow::baselineShareText, DecileRow::cohortShareText));
    decileTable
        .getColumns()
        .add(
            pair(
                "model.col.decileBadRate", DecileRow::baselineRateText, DecileRow::cohortRateText));
    decileTable.setItems(model.deciles());
    DrillRows.of(decileTable, r -> model.drillDecile(r, false))
        .tooltip(label("model.drill.decileTip"))
        .install();
    // Shift+Enter lists the baseline's loans in the decile, as a click on its bar does.
    decileTable.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          DecileRow r = decileTable.getSelectionModel().getSelectedItem();
          if (e.getCode() == KeyCode.ENTER && e.isShiftDown() && r != null) {
            e.consume();
            model.drillDecile(r, true);
          }
        });
    ValueAxes.fit(decileChart, decileRateAxis, 100, false, model.formats()::percent);
    model.deciles().addListener((ListChangeListener<DecileRow>) c -> drawDeciles());
    model.decileSeriesProperty().addListener(o -> drawDeciles());
    drawDeciles();
  }

  /** A heading over two figures: the baseline's and the chosen cohort's. */
  private TableColumn<DecileRow, String> pair(
      String key, Function<DecileRow, String> baseline, Function<DecileRow, String> cohort) {
    TableColumn<DecileRow, String> both = new TableColumn<>(label(key));
    both.getColumns().add(Columns.number(label("model.col.baseline"), 76, baseline));
    both.getColumns().add(Columns.number(label("model.col.thisCohort"), 76, cohort));
    both.setReorderable(false);
    return both;
  }

  private void drawDeciles() {
    XYChart.Series<String, Number> baseline = new XYChart.Series<>();
    baseline.setName(label("model.deciles.baseline"));
    XYChart.Series<String, Number> cohort = new XYChart.Series<>();
    cohort.setName(model.decileSeriesProperty().get());
    // A decile without loans has no bad rate: no bar (a gap), not a bar at 0 %.
    List<DecileRow> rows = List.copyOf(model.deciles());
    Map<XYChart.Data<String, Number>, Runnable> drills = new java.util.LinkedHashMap<>();
    for (DecileRow r : rows) {
      String d = Integer.toString(r.decile());
      if (!Double.isNaN(r.baselineRate())) {
        XYChart.Data<String, Number> bar = new XYChart.Data<>(d, r.baselineRate());
        baseline.getData().add(bar);
        drills.put(bar, () -> model.drillDecile(r, true));
      }
      if (!Double.isNaN(r.cohortRate())) {
        XYChart.Data<String, Number> bar = new XYChart.Data<>(d, r.cohortRate());
        cohort.getData().add(bar);
        drills.put(bar, () -> model.drillDecile(r, false));
      }
    }
    // Every decile keeps its place on the axis, with or without bars.
    decileAxis
        .getCategories()
        .setAll(rows.stream().map(r -> Integer.toString(r.decile())).toList());
    decileChart.getData().setAll(List.of(baseline, cohort));
    drills.forEach((bar, drill) -> drillable(bar.getNode(), drill));
  }

  /** A bar that lists its loans on a click. */
  private static void drillable(Node bar, Runnable drill) {
    if (bar != null) {
      bar.getStyleClass().add("drill");
      bar.setOnMouseClicked(e -> drill.run());
    }
  }

  private void setUpTrend() {
    ValueAxes.fit(psiChart, psiAxis, 1, false, model.formats()::decimal);
    model.rows().addListener((ListChangeListener<CohortRow>) c -> drawTrend());
    drawTrend();
  }

  /**
   * KS and AUC of the cohorts where defined (a gap elsewhere), and each cohort's PSI as a bar in
   * the series of its band, so that the legend names the bands and their limits.
   */
  private void drawTrend() {
    List<CohortRow> rows = List.copyOf(model.rows());
    List<String> cohorts = rows.stream().map(CohortRow::cohort).toList();
    trendAxis.getCategories().setAll(cohorts);
    psiCohortAxis.getCategories().setAll(cohorts);
    XYChart.Series<String, Number> ks = new XYChart.Series<>();
    ks.setName(label("model.col.ks"));
    XYChart.Series<String, Number> auc = new XYChart.Series<>();
    auc.setName(label("model.col.auc"));
    List<XYChart.Series<String, Number>> bands = new ArrayList<>();
    for (String key : List.of("model.psi.stable", "model.psi.watch", "model.psi.shifted")) {
      XYChart.Series<String, Number> s = new XYChart.Series<>();
      s.setName(label(key));
      bands.add(s);
    }
    for (CohortRow r : rows) {
      if (!Double.isNaN(r.ks())) {
        ks.getData().add(new XYChart.Data<>(r.cohort(), r.ks()));
        auc.getData().add(new XYChart.Data<>(r.cohort(), r.auc()));
      }
      for (PsiBand b : PsiBand.values()) {
        bands
            .get(b.ordinal())
            .getData()
            .add(new XYChart.Data<>(r.cohort(), b == r.band() ? r.psi() : 0));
      }
    }
    trendChart.setCreateSymbols(ks.getData().size() <= 24);
    trendChart.getData().setAll(List.of(ks, auc));
    psiChart.getData().setAll(bands);
    for (int i = 0; i < rows.size(); i++) {
      CohortRow r = rows.get(i);
      Node bar = bands.get(r.band().ordinal()).getData().get(i).getNode();
      drillable(bar, () -> model.drillCohort(r));
      if (bar != null) {
        Tooltip.install(bar, new Tooltip(r.psiTip()));
      }
    }
  }

  private String label(String key) {
    return model.label(key);
  }
}
