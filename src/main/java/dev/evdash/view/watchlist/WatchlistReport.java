package dev.evdash.view.watchlist;

import dev.evdash.data.Dataset;
import dev.evdash.data.Source;
import dev.evdash.model.Formats;
import dev.evdash.model.WatchRow;
import dev.evdash.model.WatchlistModel;
import dev.evdash.model.chart.BarData;
import dev.evdash.view.ViewReport;
import dev.evdash.view.controls.ReportParts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Watchlist in a report: its tiles and the chosen metric's history, every value in the CSV. */
public final class WatchlistReport {

    private WatchlistReport() {}

    public static ViewReport of(WatchlistModel model, Dataset d) {
        List<WatchRow> rows = List.copyOf(model.rows());
        String selected = model.selectedProperty().get();
        Optional<WatchRow> chosen = rows.stream().filter(r -> r.metric().id().equals(selected)).findFirst();
        BarData history = model.chartProperty().get();
        Set<Source> sources = new LinkedHashSet<>();
        rows.forEach(r -> sources.addAll(r.sources()));
        List<List<Object>> csv = new ArrayList<>();
        for (WatchRow r : rows) {
            if (r.metric().points().isEmpty()) {
                csv.add(List.of(r.metric().id(), r.metric().name(), r.company(), "", "", r.metric().unit(), "",
                        "no data yet"));
            }
            for (var p : r.metric().points()) {
                csv.add(List.of(r.metric().id(), r.metric().name(), r.company(), p.period().toString(), p.value(),
                        r.metric().unit(), d.source(p.source()).map(Source::citation).orElse(p.source()),
                        p.note() == null ? "" : p.note()));
            }
        }
        long withData = rows.stream().filter(WatchRow::hasData).count();
        return new ViewReport("AI-adoption watchlist", rows.size() + " metrics the article advises"
                + " investors to monitor; " + (withData == 0 ? "no source has reported a value for any yet"
                        : withData + " with sourced values"), List.copyOf(sources), () -> {
                    FlowPane tiles = new FlowPane(12, 12);
                    rows.forEach(r -> tiles.getChildren().add(WatchTiles.tile(r, false)));
                    Label heading = new Label(chosen.map(r -> r.metric().name() + ": history").orElse(""));
                    heading.getStyleClass().add("section-title");
                    Node body;
                    if (history.isEmpty()) {
                        Label none = new Label(chosen.map(r -> "No data yet: no source in the data gives a value for "
                                + r.metric().name() + ".").orElse("No metric chosen."));
                        none.getStyleClass().add("watch-no-data");
                        none.setWrapText(true);
                        body = none;
                    } else {
                        body = ReportParts.chart(history, Formats::compact, false);
                    }
                    VBox box = new VBox(14, tiles, heading, body);
                    VBox.setVgrow(body, Priority.ALWAYS);
                    return box;
                },
                List.of("metric", "name", "company", "period", "value", "unit", "source", "note"), csv);
    }
}
