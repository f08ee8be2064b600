package dev.evdash.view.watchlist;

import dev.evdash.fx.Tooltips;
import dev.evdash.data.WatchMetric;
import dev.evdash.model.WatchRow;
import dev.evdash.model.WatchlistModel;
import dev.evdash.view.chart.TimeChartView;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** Binds the watchlist's tiles, the chosen metric's history and its peers to {@link WatchlistModel}. */
public final class WatchlistController {

    private final WatchlistModel model;
    private final WatchlistActions actions;
    private boolean syncing;

    @FXML private ComboBox<WatchlistModel.Filter> filter;
    @FXML private Label summary;
    @FXML private Button addValue;
    @FXML private VBox tiles;
    @FXML private Label historyTitle;
    @FXML private Label description;
    @FXML private Label scopeNote;
    @FXML private Label compareLabel;
    @FXML private CheckComboBox<WatchMetric> compare;
    @FXML private TimeChartView chart;
    @FXML private Label noData;
    @FXML private Label sources;

    public WatchlistController(WatchlistModel model, WatchlistActions actions) {
        this.model = model;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        filter.setItems(model.filters());
        filter.valueProperty().bindBidirectional(model.filterProperty());
        chart.dataProperty().bind(model.chartProperty());
        scopeNote.textProperty().bind(model.scopeNoteProperty());
        scopeNote.visibleProperty().bind(model.scopeNoteProperty().isNotEmpty());
        scopeNote.managedProperty().bind(scopeNote.visibleProperty());
        sources.textProperty().bind(model.sourceLineProperty());
        compare.setConverter(new StringConverter<>() {
            @Override
            public String toString(WatchMetric m) {
                return m == null ? "" : model.companyOf(m) + ": " + m.name();
            }

            @Override
            public WatchMetric fromString(String s) {
                return null;
            }
        });
        model.peers().addListener((ListChangeListener<WatchMetric>) c -> showPeers());
        model.compared().addListener((ListChangeListener<String>) c -> showPeers());
        compare.getCheckModel().getCheckedItems().addListener((ListChangeListener<WatchMetric>) c -> {
            if (!syncing) {
                List<String> ids = compare.getCheckModel().getCheckedItems().stream().map(WatchMetric::id).toList();
                syncing = true;
                model.compared().setAll(ids);
                syncing = false;
            }
        });
        showPeers();
        model.rows().addListener((ListChangeListener<WatchRow>) c -> refresh());
        model.selectedProperty().addListener((obs, old, id) -> refresh());
        addValue.disableProperty().bind(model.selectedProperty().isNull());
        refresh();
    }

    private void showPeers() {
        if (syncing) {
            return;
        }
        syncing = true;
        compare.getItems().setAll(model.peers());
        compare.getCheckModel().clearChecks();
        model.peers().stream().filter(p -> model.compared().contains(p.id())).forEach(compare.getCheckModel()::check);
        syncing = false;
        boolean any = !model.peers().isEmpty();
        compare.setVisible(any);
        compare.setManaged(any);
        compareLabel.setVisible(any);
        compareLabel.setManaged(any);
        compare.setTitle(model.compared().isEmpty() ? "peers (" + model.peers().size() + ")"
                : model.compared().size() + " chosen");
    }

    private void refresh() {
        long withData = model.rows().stream().filter(WatchRow::hasData).count();
        summary.setText(model.rows().isEmpty() ? "No metrics here."
                : model.rows().size() + (model.rows().size() == 1 ? " metric" : " metrics") + " · "
                        + (withData == 0 ? "none with a value yet" : withData + " with values"));
        tiles.getChildren().setAll(model.rows().stream().map(this::tile).toList());
        Optional<WatchRow> row = model.selectedRow();
        historyTitle.setText(row.map(r -> r.metric().name() + (r.company().isEmpty() ? "" : ", " + r.company())
                + ": history").orElse(""));
        description.setText(row.map(r -> r.metric().description() + (r.metric().proxyNote() == null ? ""
                : " Proxy: " + r.metric().proxyNote()) + " " + r.target() + (r.pace().isEmpty() ? "" : "; "
                        + r.gap() + ", " + r.pace()) + ".").orElse(""));
        Tooltips.install(description, description.getText().isEmpty() ? null : description.getText(), whole -> {
            whole.setWrapText(true);
            whole.setMaxWidth(520);
        });
        boolean empty = model.chartProperty().get().isEmpty() && model.chartProperty().get().events().isEmpty();
        noData.setText(row.map(r -> "No data yet: no source in the data gives a value for " + r.metric().name()
                + ". Add one with \"Add a value…\" when a source publishes it.").orElse("Choose a metric."));
        noData.setVisible(empty);
        chart.setVisible(!empty);
    }

    private Node tile(WatchRow r) {
        Node tile = WatchTiles.tile(r, r.metric().id().equals(model.selectedProperty().get()));
        tile.setOnMouseClicked(e -> model.selectedProperty().set(r.metric().id()));
        return tile;
    }

    @FXML
    private void onAddValue() {
        if (model.selectedProperty().get() != null) {
            actions.addValue(model.selectedProperty().get());
        }
    }

    @FXML
    private void onAddMetric() {
        actions.addMetric();
    }
}
