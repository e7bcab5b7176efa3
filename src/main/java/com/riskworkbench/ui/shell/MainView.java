package com.riskworkbench.ui.shell;

import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.service.PortfolioPreview;
import com.riskworkbench.ui.audit.AuditLogDialog;
import com.riskworkbench.ui.audit.AuditLogViewModel;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's controller: binds to {@link MainViewModel} and nothing more. */
public final class MainView {
  private final MainViewModel model;
  private final Function<Class<?>, Parent> views;
  private final Desktop desktop;
  private final ShellTexts texts;
  private final AuditLogViewModel auditLog;
  private final Map<Class<?>, Parent> loaded = new HashMap<>();
  private final Map<Dimension, CheckComboBox<String>> filterBoxes = new EnumMap<>(Dimension.class);
  private boolean syncingFilters;

  @FXML private ResourceBundle resources;
  @FXML private Label titleLabel;
  @FXML private Label locationLabel;
  @FXML private Label statusLabel;
  @FXML private ProgressBar progressBar;
  @FXML private Button cancelButton;
  @FXML private Button exportButton;
  @FXML private MenuItem exportItem;
  @FXML private Menu recentMenu;
  @FXML private Menu viewMenu;
  @FXML private MenuButton recentButton;
  @FXML private CheckMenuItem darkThemeItem;
  @FXML private RadioMenuItem englishItem;
  @FXML private RadioMenuItem chineseItem;
  @FXML private ComboBox<YearMonth> asOfBox;
  @FXML private FlowPane filterBar;
  @FXML private Button clearFiltersButton;
  @FXML private ListView<Screen> navList;
  @FXML private StackPane contentPane;

  public MainView(
      MainViewModel model,
      Function<Class<?>, Parent> views,
      Desktop desktop,
      AuditLogViewModel auditLog) {
    this.model = model;
    this.views = views;
    this.desktop = desktop;
    this.texts = model.texts();
    this.auditLog = auditLog;
  }

  @FXML
  private void initialize() {
    titleLabel.textProperty().bind(model.titleProperty());
    locationLabel.textProperty().bind(model.locationProperty());
    statusLabel.textProperty().bind(model.statusProperty());
    progressBar.progressProperty().bind(model.progressProperty());
    progressBar.visibleProperty().bind(model.busyProperty());
    cancelButton.visibleProperty().bind(model.busyProperty());
    cancelButton.managedProperty().bind(model.busyProperty());
    var cannotExport = model.noPackBinding().or(model.workingBinding());
    exportButton.disableProperty().bind(cannotExport);
    exportItem.disableProperty().bind(cannotExport);
    // a team database's book left in its database is filtered there
    filterBar.disableProperty().bind(model.noPackBinding());

    setUpNavigation();
    setUpAsOf();
    setUpFilters();
    setUpRecent();
    setUpSettings();

    model
        .exportedProperty()
        .addListener(
            (o, was, file) -> {
              if (file != null && file.getParent() != null) {
                desktop.openFolder(file.getParent());
              }
            });
  }

  private void setUpNavigation() {
    navList.getItems().setAll(Screen.values());
    navList.setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(Screen s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                  setText(null);
                  setGraphic(null);
                } else if (s.startsGroup()) {
                  // the group's heading sits above its first screen, in the same cell
                  Label heading = new Label(resources.getString(s.group().labelKey()));
                  heading.getStyleClass().add("nav-group");
                  Label name = new Label(resources.getString(s.labelKey()), new FontIcon(s.icon()));
                  name.setGraphicTextGap(getGraphicTextGap());
                  setText(null);
                  setGraphic(new VBox(4, heading, name));
                } else {
                  setText(resources.getString(s.labelKey()));
                  setGraphic(new FontIcon(s.icon()));
                }
              }
            });
    navList
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null) {
                model.screenProperty().set(now);
              }
            });
    model.screenProperty().addListener((o, was, now) -> show(now));
    model
        .state()
        .previewProperty()
        .addListener((o, was, now) -> show(model.screenProperty().get()));
    // View menu: one item per screen, Ctrl+1 … Ctrl+9 for the first nine, Ctrl+0 for the tenth
    // (an eleventh has no digit).
    KeyCode[] digits = {
      KeyCode.DIGIT1,
      KeyCode.DIGIT2,
      KeyCode.DIGIT3,
      KeyCode.DIGIT4,
      KeyCode.DIGIT5,
      KeyCode.DIGIT6,
      KeyCode.DIGIT7,
      KeyCode.DIGIT8,
      KeyCode.DIGIT9,
      KeyCode.DIGIT0
    };
    for (Screen s : Screen.values()) {
      if (s.startsGroup() && s.ordinal() > 0) {
        viewMenu.getItems().add(new SeparatorMenuItem());
      }
      MenuItem item = new MenuItem(resources.getString(s.labelKey()));
      if (s.ordinal() < digits.length) {
        item.setAccelerator(
            new KeyCodeCombination(digits[s.ordinal()], KeyCombination.SHORTCUT_DOWN));
      }
      item.setOnAction(e -> model.screenProperty().set(s));
      viewMenu.getItems().add(item);
    }
    show(model.screenProperty().get());
  }

  /** Shows a screen, loading its view the first time; its figures are already computed. */
  private void show(Screen s) {
    // a team database's book left in its database: every screen asks the database
    boolean inDatabase =
        model.state().previewProperty().get().filter(PortfolioPreview::inDatabase).isPresent();
    contentPane
        .getChildren()
        .setAll(loaded.computeIfAbsent(inDatabase ? s.viewInDatabase() : s.view(), views));
    if (navList.getSelectionModel().getSelectedItem() != s) {
      navList.getSelectionModel().select(s);
    }
  }

  private void setUpAsOf() {
    asOfBox.setItems(model.months());
    asOfBox.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(YearMonth m) {
            return texts.month(m);
          }

          @Override
          public YearMonth fromString(String s) {
            return YearMonth.parse(s);
          }
        });
    // Not a bidirectional binding: a combo box clears its value when its items are replaced (a
    // new portfolio), and that null must not reach the screens.
    asOfBox.setValue(model.state().asOfProperty().get());
    model.state().asOfProperty().addListener((o, was, now) -> asOfBox.setValue(now));
    asOfBox
        .valueProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null && !now.equals(model.state().asOfProperty().get())) {
                model.state().asOfProperty().set(now);
              } else if (now == null && model.state().asOfProperty().get() != null) {
                asOfBox.setValue(model.state().asOfProperty().get());
              }
            });
  }

  private void setUpFilters() {
    int at = filterBar.getChildren().indexOf(clearFiltersButton);
    for (Dimension d : ShellTexts.FILTERS) {
      CheckComboBox<String> box = new CheckComboBox<>(model.filterChoices(d));
      box.setId("filter-" + d.cliName());
      if (d == Dimension.BORROWER_TYPE || d == Dimension.FUNDING_PARTNER || d == Dimension.GROUP) {
        box.setConverter(
            new StringConverter<>() {
              @Override
              public String toString(String code) {
                return texts.filterValue(d, code);
              }

              @Override
              public String fromString(String s) {
                return s;
              }
            });
      }
      box.setTooltip(new Tooltip(texts.filterTip(d, List.of())));
      box.setPrefWidth(texts.filterWidth(d));
      ListChangeListener<String> onCheck =
          c -> {
            updateFilterTitle(d, box);
            if (!syncingFilters) {
              model.setFilter(d, List.copyOf(box.getCheckModel().getCheckedItems()));
            }
          };
      box.getCheckModel().getCheckedItems().addListener(onCheck);
      // The check model is replaced when the items change (a new portfolio): follow it.
      box.checkModelProperty()
          .addListener(
              (o, was, now) -> {
                if (was != null) {
                  was.getCheckedItems().removeListener(onCheck);
                }
                if (now != null) {
                  now.getCheckedItems().addListener(onCheck);
                }
              });
      updateFilterTitle(d, box);
      filterBoxes.put(d, box);
      filterBar.getChildren().add(at++, box);
    }
    // A new portfolio or "Clear" resets the filter: uncheck the boxes without feeding back.
    model
        .state()
        .filterProperty()
        .addListener(
            (o, was, now) -> {
              if (now.isEmpty()) {
                syncingFilters = true;
                try {
                  filterBoxes.values().forEach(b -> b.getCheckModel().clearChecks());
                } finally {
                  syncingFilters = false;
                }
                // the boxes' own titles are not refreshed by every way of clearing: name alone
                filterBoxes.forEach(this::updateFilterTitle);
              }
            });
  }

  private void updateFilterTitle(Dimension d, CheckComboBox<String> box) {
    List<String> checked = box.getCheckModel().getCheckedItems();
    box.setTitle(texts.filterTitle(d, checked, box.getItems().size()));
    // The box is narrow: the hover names the dimension in full and the values chosen.
    box.getTooltip().setText(texts.filterTip(d, checked));
  }

  private void setUpRecent() {
    Runnable fill =
        () -> {
          recentMenu.getItems().clear();
          recentButton.getItems().clear();
          for (String where : model.recent()) {
            for (List<MenuItem> items : List.of(recentMenu.getItems(), recentButton.getItems())) {
              MenuItem item = new MenuItem(where);
              item.setMnemonicParsing(false);
              item.setOnAction(e -> model.openRecent(where));
              items.add(item);
            }
          }
          boolean none = model.recent().isEmpty();
          recentMenu.setDisable(none);
          recentButton.setDisable(none);
        };
    model.recent().addListener((ListChangeListener<String>) c -> fill.run());
    fill.run();
  }

  private void setUpSettings() {
    darkThemeItem.setSelected(texts.darkTheme());
    darkThemeItem
        .selectedProperty()
        .addListener(
            (o, was, now) -> {
              texts.setDarkTheme(now);
              desktop.setDarkTheme(now);
            });
    (texts.chinese() ? chineseItem : englishItem).setSelected(true);
  }

  private Window window() {
    return titleLabel.getScene().getWindow();
  }

  @FXML
  private void onOpen() {
    model.chooseAndOpen();
  }

  @FXML
  private void onOpenDatabase() {
    model.askDatabaseLogin();
  }

  @FXML
  private void onImport() {
    model.chooseAndImport();
  }

  @FXML
  private void onExport() {
    model.chooseAndExportPack();
  }

  @FXML
  private void onOpenSample() {
    model.openSample();
  }

  @FXML
  private void onGenerateSample() {
    model.chooseAndGenerateSample();
  }

  @FXML
  private void onClearFilters() {
    model.clearFilters();
  }

  @FXML
  private void onCancel() {
    model.cancel();
  }

  @FXML
  private void onEnglish() {
    switchLanguage(Locale.ENGLISH);
  }

  @FXML
  private void onChinese() {
    switchLanguage(Locale.SIMPLIFIED_CHINESE);
  }

  private void switchLanguage(Locale locale) {
    if (texts.switchLanguage(locale)) {
      desktop.relaunch(locale);
    }
  }

  @FXML
  private void onExit() {
    window().hide();
  }

  @FXML
  private void onAbout() {
    model.showAbout();
  }

  @FXML
  private void onAuditLog() {
    new AuditLogDialog(auditLog, resources).show(window());
  }

  /** The navigation list, for the application's keyboard focus on start. */
  public ListView<Screen> navigation() {
    return navList;
  }
}
