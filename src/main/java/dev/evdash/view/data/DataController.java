package dev.evdash.view.data;

import dev.evdash.fx.Tooltips;
import dev.evdash.data.Claim;
import dev.evdash.data.Company;
import dev.evdash.data.Milestone;
import dev.evdash.data.Partnership;
import dev.evdash.data.Point;
import dev.evdash.data.Series;
import dev.evdash.data.Source;
import dev.evdash.data.WatchMetric;
import dev.evdash.model.Formats;
import dev.evdash.model.edit.DataViewModel;
import dev.evdash.model.edit.Form;
import dev.evdash.view.controls.Columns;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** Binds the Data view's tables, buttons and form pane to {@link DataViewModel}; the model does the work. */
public final class DataController {

    private final DataViewModel model;
    private final DataViewActions actions;
    private final ObservableStringValue fileText;

    @FXML private BorderPane root;
    @FXML private Label fileLine;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button saveButton;
    @FXML private Label message;
    @FXML private TableView<Partnership> partnershipTable;
    @FXML private TableColumn<Partnership, String> pAnnounced;
    @FXML private TableColumn<Partnership, String> pParties;
    @FXML private TableColumn<Partnership, String> pAreas;
    @FXML private Button editPartnership;
    @FXML private Button deletePartnership;
    @FXML private TableView<Series> seriesTable;
    @FXML private TableColumn<Series, String> sName;
    @FXML private TableColumn<Series, Number> sCount;
    @FXML private Button editSeries;
    @FXML private Button deleteSeries;
    @FXML private TableView<Point> pointTable;
    @FXML private TableColumn<Point, String> ptPeriod;
    @FXML private TableColumn<Point, String> ptValue;
    @FXML private TableColumn<Point, String> ptSource;
    @FXML private Button addPoint;
    @FXML private Button editPoint;
    @FXML private Button deletePoint;
    @FXML private TableView<WatchMetric> metricTable;
    @FXML private TableColumn<WatchMetric, String> mName;
    @FXML private TableColumn<WatchMetric, String> mUnit;
    @FXML private Button editMetric;
    @FXML private Button deleteMetric;
    @FXML private TableView<Point> valueTable;
    @FXML private TableColumn<Point, String> vPeriod;
    @FXML private TableColumn<Point, String> vValue;
    @FXML private TableColumn<Point, String> vSource;
    @FXML private Button addValue;
    @FXML private Button editValue;
    @FXML private Button deleteValue;
    @FXML private TableView<dev.evdash.data.Region> regionTable;
    @FXML private TableColumn<dev.evdash.data.Region, String> rName;
    @FXML private TableColumn<dev.evdash.data.Region, String> rIea;
    @FXML private Button editRegion;
    @FXML private Button deleteRegion;
    @FXML private TableView<dev.evdash.data.BrandGroup> groupTable;
    @FXML private TableColumn<dev.evdash.data.BrandGroup, String> gName;
    @FXML private TableColumn<dev.evdash.data.BrandGroup, String> gKind;
    @FXML private Button editGroup;
    @FXML private Button deleteGroup;
    @FXML private TableView<Milestone> milestoneTable;
    @FXML private TableColumn<Milestone, String> msDate;
    @FXML private TableColumn<Milestone, String> msCompany;
    @FXML private TableColumn<Milestone, String> msStatus;
    @FXML private TableColumn<Milestone, String> msTitle;
    @FXML private Button editMilestone;
    @FXML private Button deleteMilestone;
    @FXML private TableView<Claim> claimTable;
    @FXML private TableColumn<Claim, String> clClaim;
    @FXML private TableColumn<Claim, String> clTopic;
    @FXML private TableColumn<Claim, String> clVerdict;
    @FXML private Button editClaim;
    @FXML private Button deleteClaim;
    @FXML private TableView<Company> companyTable;
    @FXML private TableColumn<Company, String> cName;
    @FXML private TableColumn<Company, String> cKind;
    @FXML private TableColumn<Company, String> cCountry;
    @FXML private Button editCompany;
    @FXML private Button deleteCompany;
    @FXML private TableView<Source> sourceTable;
    @FXML private TableColumn<Source, String> srcTitle;
    @FXML private TableColumn<Source, String> srcPublisher;
    @FXML private Button editSource;
    @FXML private Button deleteSource;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private javafx.scene.control.ComboBox<javafx.scene.control.Tab> tableChooser;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private javafx.scene.layout.StackPane formPane;
    @FXML private Label formTitle;
    @FXML private ScrollPane formScroll;
    @FXML private Label formProblem;
    @FXML private Button applyButton;

    /** {@code fileText} says which file the data is saved to and whether it has unsaved changes. */
    public DataController(DataViewModel model, DataViewActions actions, ObservableStringValue fileText) {
        this.model = model;
        this.actions = actions;
        this.fileText = fileText;
    }

    @FXML
    private void initialize() {
        bindTableChooser();
        fileLine.textProperty().bind(fileText);
        message.textProperty().bind(model.messageProperty());
        var editor = model.editor();
        undoButton.disableProperty().bind(editor.canUndoProperty().not());
        redoButton.disableProperty().bind(editor.canRedoProperty().not());
        Tooltips.bind(undoButton, Bindings.concat(editor.undoTextProperty(), " (Ctrl+Z)"));
        Tooltips.bind(redoButton, Bindings.concat(editor.redoTextProperty(), " (Ctrl+Y)"));
        saveButton.disableProperty().bind(editor.dirtyProperty().not());

        Columns.text(pAnnounced, Partnership::announced);
        Columns.text(pParties, model::partyNames);
        Columns.text(pAreas, p -> String.join(", ", p.areas().stream().map(a -> a.label()).toList()));
        table(partnershipTable, model.partnerships(), editPartnership, deletePartnership, model::edit);

        Columns.text(sName, s -> (s.name() == null ? s.id() : s.name()) + "  (" + s.id() + ")");
        Columns.number(sCount, s -> s.points().size(), v -> Long.toString(Math.round(v)));
        table(seriesTable, model.series(), editSeries, deleteSeries, model::edit);
        seriesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, s) ->
                model.selectedSeriesProperty().set(s == null ? null : s.id()));
        points(pointTable, ptPeriod, ptValue, ptSource, editPoint, deletePoint, model::editSeriesPoint);
        pointTable.setItems(model.seriesPoints());
        addPoint.disableProperty().bind(model.selectedSeriesProperty().isNull());

        Columns.text(mName, WatchMetric::name);
        Columns.text(mUnit, WatchMetric::unit);
        table(metricTable, model.watchlist(), editMetric, deleteMetric, model::edit);
        metricTable.getSelectionModel().selectedItemProperty().addListener((obs, old, w) ->
                model.selectedMetricProperty().set(w == null ? null : w.id()));
        points(valueTable, vPeriod, vValue, vSource, editValue, deleteValue, model::editMetricPoint);
        valueTable.setItems(model.metricPoints());
        addValue.disableProperty().bind(model.selectedMetricProperty().isNull());

        Columns.text(msDate, m -> m.date().toString());
        msDate.setComparator(java.util.Comparator.comparing(dev.evdash.data.Period::parse)); // 2026-03-07 before 2026-H2
        Columns.text(msCompany, m -> model.companyName(m.company()));
        Columns.text(msStatus, m -> m.status().words());
        Columns.text(msTitle, Milestone::title);
        table(milestoneTable, model.milestones(), editMilestone, deleteMilestone, model::edit);

        Columns.text(clClaim, Claim::claim);
        Columns.text(clTopic, c -> c.topic().label());
        Columns.text(clVerdict, DataViewModel::verdictText);
        table(claimTable, model.claims(), editClaim, deleteClaim, model::edit);

        Columns.text(cName, c -> c.name() + (c.localName() == null ? "" : " " + c.localName()) + "  (" + c.id() + ")");
        Columns.text(cKind, c -> c.kind().name().toLowerCase(java.util.Locale.ROOT));
        Columns.text(cCountry, Company::country);
        table(companyTable, model.companies(), editCompany, deleteCompany, model::edit);

        Columns.text(rName, r -> r.name() + "  (" + r.id() + ")");
        Columns.text(rIea, r -> r.iea() == null ? "" : r.iea());
        table(regionTable, model.regions(), editRegion, deleteRegion, model::edit);
        Columns.text(gName, g -> g.name() + "  (" + g.id() + ")");
        Columns.text(gKind, g -> (g.kind() == null ? "" : g.kind().name().toLowerCase(java.util.Locale.ROOT))
                + (g.partOf() == null ? "" : ", part of " + g.partOf()));
        table(groupTable, model.brandGroups(), editGroup, deleteGroup, model::edit);

        Columns.text(srcTitle, s -> s.title() + (s.published() == null ? "" : " (" + s.published() + ")"));
        Columns.text(srcPublisher, Source::publisher);
        table(sourceTable, model.sources(), editSource, deleteSource, model::edit);

        model.formProperty().addListener((obs, old, form) -> showForm(form));
        formProblem.textProperty().bind(model.formProblemProperty());
        showForm(model.formProperty().get());
    }

    private <T> void table(TableView<T> table, javafx.collections.ObservableList<T> items, Button edit, Button delete,
            java.util.function.Consumer<T> onEdit) {
        table.setItems(items);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setOnMouseClicked(e -> {
            T item = table.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && item != null) {
                onEdit.accept(item);
            }
        });
    }

    private void points(TableView<Point> table, TableColumn<Point, String> period, TableColumn<Point, String> value,
            TableColumn<Point, String> source, Button edit, Button delete, java.util.function.IntConsumer onEdit) {
        Columns.text(period, p -> p.period().toString());
        Columns.text(value, p -> (p.qualifier() == null ? "" : p.qualifier().words() + " ")
                + Formats.plain(p.value()));
        Columns.text(source, Point::source);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setOnMouseClicked(e -> {
            int i = table.getSelectionModel().getSelectedIndex();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && i >= 0) {
                onEdit.accept(i);
            }
        });
    }

    /**
     * The tab row where it has room for every title, else a list to choose the table from: the two show the
     * same selection.
     */
    private void bindTableChooser() {
        tableChooser.setItems(tabs.getTabs());
        tableChooser.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(javafx.scene.control.Tab t) {
                return t == null ? "" : "Table: " + t.getText();
            }

            @Override
            public javafx.scene.control.Tab fromString(String s) {
                return null;
            }
        });
        tableChooser.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(javafx.scene.control.Tab t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.getText());
            }
        });
        tableChooser.getSelectionModel().select(tabs.getSelectionModel().getSelectedItem());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, t) -> {
            if (tableChooser.getValue() != t) {
                tableChooser.setValue(t);
            }
        });
        tableChooser.valueProperty().addListener((obs, old, t) -> {
            if (t != null && tabs.getSelectionModel().getSelectedItem() != t) {
                tabs.getSelectionModel().select(t);
            }
        });
        tabs.widthProperty().addListener((obs, old, w) -> fitTabRow(w.doubleValue()));
    }

    /** Hides the tab row where its titles would not all fit in {@code width}, and shows the list instead. */
    private void fitTabRow(double width) {
        boolean compact = width > 0 && width < tabRowWidth();
        tableChooser.setVisible(compact);
        tableChooser.setManaged(compact);
        if (compact != tabs.getStyleClass().contains("compact-tabs")) {
            if (compact) {
                tabs.getStyleClass().add("compact-tabs");
            } else {
                tabs.getStyleClass().remove("compact-tabs");
            }
        }
    }

    /** The width the tab row needs for every title in full: each title, its tab's padding and a margin. */
    private double tabRowWidth() {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        javafx.scene.Node label = tabs.lookup(".tab-label");
        if (label instanceof Label l) {
            probe.setFont(l.getFont());
        }
        return tabs.getTabs().stream().mapToDouble(t -> {
            probe.setText(t.getText());
            return probe.getLayoutBounds().getWidth() + TAB_PADDING;
        }).sum() + 16;
    }

    /** A tab's width beyond its title (the theme's padding on both sides). */
    static final double TAB_PADDING = 26;

    private void showForm(Form form) {
        boolean open = form != null;
        if (open && !split.getItems().contains(formPane)) {
            split.getItems().add(formPane); // the form opens beside the tables; the tables have the room otherwise
            split.setDividerPositions(0.56);
        } else if (!open) {
            split.getItems().remove(formPane);
        }
        applyButton.disableProperty().unbind();
        if (open) {
            formTitle.setText(form.title());
            formScroll.setContent(FormView.build(form));
            applyButton.disableProperty().bind(form.validProperty().not());
        } else {
            formScroll.setContent(null);
        }
    }

    private static <T> T selected(TableView<T> table) {
        return table.getSelectionModel().getSelectedItem();
    }

    private static <T> void ifSelected(TableView<T> table, Function<T, ?> action) {
        T item = selected(table);
        if (item != null) {
            action.apply(item);
        }
    }

    @FXML private void onUndo() {
        model.editor().undo();
    }

    @FXML private void onRedo() {
        model.editor().redo();
    }

    @FXML private void onSave() {
        actions.save();
    }

    @FXML private void onImport() {
        actions.importIea(root.getScene().getWindow());
    }

    @FXML private void onAddPartnership() {
        model.newPartnership();
    }

    @FXML private void onEditPartnership() {
        ifSelected(partnershipTable, p -> { model.edit(p); return null; });
    }

    @FXML private void onDeletePartnership() {
        ifSelected(partnershipTable, model::delete);
    }

    @FXML private void onAddSeries() {
        model.newSeries();
    }

    @FXML private void onEditSeries() {
        ifSelected(seriesTable, s -> { model.edit(s); return null; });
    }

    @FXML private void onDeleteSeries() {
        ifSelected(seriesTable, model::delete);
    }

    @FXML private void onAddPoint() {
        model.newSeriesPoint();
    }

    @FXML private void onEditPoint() {
        int i = pointTable.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            model.editSeriesPoint(i);
        }
    }

    @FXML private void onDeletePoint() {
        int i = pointTable.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            model.deleteSeriesPoint(i);
        }
    }

    @FXML private void onAddMetric() {
        model.newWatchMetric();
    }

    @FXML private void onEditMetric() {
        ifSelected(metricTable, w -> { model.edit(w); return null; });
    }

    @FXML private void onDeleteMetric() {
        ifSelected(metricTable, model::delete);
    }

    @FXML private void onAddValue() {
        model.newMetricPoint();
    }

    @FXML private void onEditValue() {
        int i = valueTable.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            model.editMetricPoint(i);
        }
    }

    @FXML private void onDeleteValue() {
        int i = valueTable.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            model.deleteMetricPoint(i);
        }
    }

    @FXML private void onAddRegion() {
        model.newRegion();
    }

    @FXML private void onEditRegion() {
        ifSelected(regionTable, r -> { model.edit(r); return null; });
    }

    @FXML private void onDeleteRegion() {
        ifSelected(regionTable, model::delete);
    }

    @FXML private void onAddGroup() {
        model.newBrandGroup();
    }

    @FXML private void onEditGroup() {
        ifSelected(groupTable, g -> { model.edit(g); return null; });
    }

    @FXML private void onDeleteGroup() {
        ifSelected(groupTable, model::delete);
    }

    @FXML private void onAddMilestone() {
        model.newMilestone();
    }

    @FXML private void onEditMilestone() {
        ifSelected(milestoneTable, m -> { model.edit(m); return null; });
    }

    @FXML private void onDeleteMilestone() {
        ifSelected(milestoneTable, model::delete);
    }

    @FXML private void onAddClaim() {
        model.newClaim();
    }

    @FXML private void onEditClaim() {
        ifSelected(claimTable, c -> { model.edit(c); return null; });
    }

    @FXML private void onDeleteClaim() {
        ifSelected(claimTable, model::delete);
    }

    @FXML private void onAddCompany() {
        model.newCompany();
    }

    @FXML private void onEditCompany() {
        ifSelected(companyTable, c -> { model.edit(c); return null; });
    }

    @FXML private void onDeleteCompany() {
        ifSelected(companyTable, model::delete);
    }

    @FXML private void onAddSource() {
        model.newSource();
    }

    @FXML private void onEditSource() {
        ifSelected(sourceTable, s -> { model.edit(s); return null; });
    }

    @FXML private void onDeleteSource() {
        ifSelected(sourceTable, model::delete);
    }

    @FXML private void onApplyForm() {
        model.applyForm();
    }

    @FXML private void onCancelForm() {
        model.cancelForm();
    }
}
