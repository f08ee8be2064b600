package dev.evdash.view.watchlist;

import dev.evdash.model.Formats;
import dev.evdash.model.WatchRow;
import dev.evdash.model.WatchlistModel;
import dev.evdash.view.chart.BarChartView;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/** Binds the watchlist tiles and the chosen metric's history to {@link WatchlistModel}. */
public final class WatchlistController {

    private final WatchlistModel model;
    private final WatchlistActions actions;

    @FXML private Label summary;
    @FXML private Button addValue;
    @FXML private FlowPane tiles;
    @FXML private Label historyTitle;
    @FXML private Label description;
    @FXML private BarChartView chart;
    @FXML private Label noData;
    @FXML private Label sources;

    public WatchlistController(WatchlistModel model, WatchlistActions actions) {
        this.model = model;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        chart.setTickFormat(Formats::compact);
        chart.dataProperty().bind(model.chartProperty());
        model.rows().addListener((ListChangeListener<WatchRow>) c -> refresh());
        model.selectedProperty().addListener((obs, old, id) -> refresh());
        addValue.disableProperty().bind(model.selectedProperty().isNull());
        refresh();
    }

    private void refresh() {
        long withData = model.rows().stream().filter(WatchRow::hasData).count();
        summary.setText(model.rows().isEmpty() ? "No metrics on the watchlist."
                : model.rows().size() + (model.rows().size() == 1 ? " metric" : " metrics") + "; "
                        + (withData == 0 ? "no source has reported a value for any of them yet"
                                : withData + " with sourced values"));
        tiles.getChildren().setAll(model.rows().stream().map(this::tile).toList());
        Optional<WatchRow> row = model.rows().stream()
                .filter(r -> r.metric().id().equals(model.selectedProperty().get())).findFirst();
        historyTitle.setText(row.map(r -> r.metric().name() + (r.company().isEmpty() ? "" : ", " + r.company())
                + ": history").orElse(""));
        description.setText(row.map(r -> r.metric().description() + " " + r.target() + ".").orElse(""));
        boolean empty = row.map(r -> !r.hasData()).orElse(true);
        noData.setText(row.map(r -> "No data yet: no source in the data gives a value for " + r.metric().name()
                + ". Add one with \"Add a value…\" when a source publishes it.").orElse("Choose a metric."));
        noData.setVisible(empty);
        chart.setVisible(!empty);
        sources.setText(row.filter(WatchRow::hasData).map(r -> Formats.sourceLine(r.sources())).orElse(""));
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
