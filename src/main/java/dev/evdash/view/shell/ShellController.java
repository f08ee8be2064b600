package dev.evdash.view.shell;

import dev.evdash.data.Problem;
import dev.evdash.model.DataModel;
import dev.evdash.model.ShellModel;
import dev.evdash.model.Theme;
import dev.evdash.model.ViewId;
import dev.evdash.view.ViewSpec;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;

/** Binds the window frame (menus, sidebar, content, problems, status bar) to the shell and data models. */
public final class ShellController {

    private final ShellModel shell;
    private final DataModel data;
    private final ViewLoader views;
    private final ShellActions actions;
    private final Map<ViewId, Parent> loaded = new EnumMap<>(ViewId.class);

    @FXML private BorderPane root;
    private final java.util.List<ViewSpec<?>> catalog;
    private final ToggleGroup navGroup = new ToggleGroup();
    private final ToggleGroup viewMenuGroup = new ToggleGroup();
    @FXML private VBox navButtons;
    @FXML private javafx.scene.control.Menu viewMenu;
    @FXML private ToggleButton themeToggle;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private StackPane content;
    @FXML private VBox problemsPane;
    @FXML private Label problemSummary;
    @FXML private Button dismissProblems;
    @FXML private Button resolveConflicts;
    @FXML private javafx.scene.control.MenuItem resolveItem;
    @FXML private ListView<Problem> problemList;
    @FXML private StatusBar statusBar;
    @FXML private javafx.scene.layout.HBox viewToolbar;
    @FXML private javafx.scene.control.MenuItem undoItem;
    @FXML private javafx.scene.control.MenuItem redoItem;
    @FXML private javafx.scene.control.MenuItem redoAltItem;

    /** {@code catalog}: the views, in sidebar order, as the view catalog declares them. */
    public ShellController(ShellModel shell, DataModel data, ViewLoader views, java.util.List<ViewSpec<?>> catalog,
            ShellActions actions) {
        this.shell = shell;
        this.data = data;
        this.views = views;
        this.catalog = java.util.List.copyOf(catalog);
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        addViews();
        bindNavigation(navGroup);
        bindNavigation(viewMenuGroup);
        shell.currentViewProperty().addListener((obs, old, view) -> show(view));
        show(shell.getCurrentView());

        themeToggle.setSelected(shell.getTheme() == Theme.DARK);
        darkThemeItem.setSelected(shell.getTheme() == Theme.DARK);
        themeToggle.selectedProperty().addListener((obs, old, dark) -> shell.setTheme(dark ? Theme.DARK : Theme.LIGHT));
        darkThemeItem.selectedProperty().addListener((obs, old, dark) -> shell.setTheme(dark ? Theme.DARK : Theme.LIGHT));
        shell.themeProperty().addListener((obs, old, theme) -> {
            themeToggle.setSelected(theme == Theme.DARK);
            darkThemeItem.setSelected(theme == Theme.DARK);
        });

        undoItem.disableProperty().bind(shell.canUndoProperty().not());
        undoItem.textProperty().bind(shell.undoTextProperty());
        redoItem.disableProperty().bind(shell.canRedoProperty().not());
        redoItem.textProperty().bind(shell.redoTextProperty());
        redoAltItem.disableProperty().bind(shell.canRedoProperty().not());

        problemList.setItems(data.problems());
        problemList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.format());
            }
        });
        problemSummary.textProperty().bind(data.problemSummaryProperty());
        // a file holding recorded merge conflicts offers the panel that resolves them
        ObservableValue<Boolean> conflicts = Bindings.createBooleanBinding(
                () -> data.getDataset() != null && !data.getDataset().mergeConflicts().isEmpty(), data.datasetProperty());
        resolveConflicts.visibleProperty().bind(conflicts);
        resolveConflicts.managedProperty().bind(conflicts);
        resolveItem.disableProperty().bind(Bindings.createBooleanBinding(() -> !conflicts.getValue(), conflicts));
        // the pane is in the window only while there are problems: kept hidden in it, its list's skin and
        // styling were made at every start
        Pane column = (Pane) problemsPane.getParent();
        Runnable place = () -> {
            if (data.problems().isEmpty()) {
                column.getChildren().remove(problemsPane);
            } else if (problemsPane.getParent() == null) {
                column.getChildren().add(0, problemsPane);
            }
        };
        data.problems().addListener((InvalidationListener) o -> place.run());
        place.run();

        statusBar.textProperty().bind(shell.dataStatusProperty());
        Label counts = new Label();
        counts.textProperty().bind(shell.dataCountsProperty());
        Label problemCount = new Label();
        problemCount.getStyleClass().add("status-problems");
        problemCount.textProperty().bind(Bindings.createStringBinding(() -> data.problems().isEmpty() ? ""
                : data.problems().size() + (data.problems().size() == 1 ? " problem" : " problems"), data.problems()));
        Label message = new Label();
        message.getStyleClass().add("status-message");
        message.textProperty().bind(shell.messageProperty());
        statusBar.getRightItems().setAll(message, problemCount, counts);
    }

    /** A sidebar button and a View menu item, with its shortcut, for every declared view. */
    private void addViews() {
        int place = 0;
        for (ViewSpec<?> v : catalog) {
            ToggleButton button = new ToggleButton(v.title(), new FontIcon(v.icon()));
            button.setUserData(v.id());
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(navGroup);
            navButtons.getChildren().add(button);

            RadioMenuItem item = new RadioMenuItem(v.menuText());
            item.setUserData(v.id());
            item.setToggleGroup(viewMenuGroup);
            v.shortcut().ifPresent(k -> item.setAccelerator(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN)));
            viewMenu.getItems().add(place++, item);
        }
    }

    private void bindNavigation(ToggleGroup group) {
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // a view is always shown: clicking the current one keeps it
            } else {
                shell.setCurrentView((ViewId) toggle.getUserData());
            }
        });
        shell.currentViewProperty().addListener((obs, old, view) -> select(group, view));
        select(group, shell.getCurrentView());
    }

    private static void select(ToggleGroup group, ViewId view) {
        for (Toggle t : group.getToggles()) {
            if (view == t.getUserData() && !t.isSelected()) {
                t.setSelected(true);
            }
        }
    }

    private void show(ViewId view) {
        Parent node = loaded.computeIfAbsent(view, views::load);
        content.getChildren().setAll(node);
        viewToolbar.setVisible(catalog.stream().anyMatch(v -> v.id() == view && v.exportable()));
    }

    @FXML
    private void onOpen() {
        actions.chooseDataFile(root.getScene().getWindow()).ifPresent(actions::open);
    }

    @FXML
    private void onReload() {
        actions.reload();
    }

    @FXML
    private void onSave() {
        actions.save();
    }

    @FXML
    private void onSaveAs() {
        actions.saveAs(root.getScene().getWindow());
    }

    @FXML
    private void onImport() {
        actions.importIea(root.getScene().getWindow());
    }

    @FXML
    private void onUndo() {
        actions.undo();
    }

    @FXML
    private void onRedo() {
        actions.redo();
    }

    @FXML
    private void onQuit() {
        actions.quit();
    }

    @FXML
    private void onAbout() {
        actions.showAbout(root.getScene().getWindow());
    }

    @FXML
    private void onExportImage() {
        actions.exportImage(root.getScene().getWindow());
    }

    @FXML
    private void onExportSvg() {
        actions.exportSvg(root.getScene().getWindow());
    }

    @FXML
    private void onExportPdf() {
        actions.exportPdf(root.getScene().getWindow());
    }

    @FXML
    private void onExportReport() {
        actions.exportReport(root.getScene().getWindow());
    }

    @FXML
    private void onCopyImage() {
        actions.copyImage();
    }

    @FXML
    private void onExportData() {
        actions.exportData(root.getScene().getWindow());
    }

    @FXML
    private void onExportPack() {
        actions.exportPack(root.getScene().getWindow());
    }

    @FXML
    private void onResolveConflicts() {
        actions.resolveConflicts(root.getScene().getWindow());
    }

    @FXML
    private void onDismissProblems() {
        data.clearProblems();
    }

    /** The status bar, so that background work can show its progress there. */
    public StatusBar statusBar() {
        return statusBar;
    }
}
