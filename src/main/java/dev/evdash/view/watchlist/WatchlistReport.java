package dev.evdash.view.watchlist;

import dev.evdash.data.Dataset;
import dev.evdash.data.Source;
import dev.evdash.data.WatchMetric;
import dev.evdash.model.WatchRow;
import dev.evdash.model.WatchlistModel;
import dev.evdash.model.chart.TimeChartData;
import dev.evdash.view.ViewReport;
import dev.evdash.view.chart.TimeChartView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Watchlist in a report: the tiles shown and the chosen metric's history; every value in the CSV. */
public final class WatchlistReport {

    /** Tiles a report has room for; the CSV lists every metric shown. */
    static final int TILES = 8;

    private WatchlistReport() {}

    public static ViewReport of(WatchlistModel model, Dataset d) {
        List<WatchRow> rows = List.copyOf(model.rows());
        Optional<WatchRow> chosen = model.selectedRow();
        TimeChartData history = model.chartProperty().get();
        Set<Source> sources = new LinkedHashSet<>(model.chartSources());
        rows.forEach(r -> sources.addAll(r.sources()));
        List<List<Object>> csv = new ArrayList<>();
        for (WatchRow r : rows) {
            WatchMetric m = r.metric();
            if (m.points().isEmpty()) {
                csv.add(List.of(m.id(), m.name(), r.company(), "", "", "", m.unit(), "", "", "",
                        r.via().isEmpty() ? "no data yet" : r.via()));
            }
            for (var p : m.points()) {
                csv.add(List.of(m.id(), m.name(), r.company(), p.period().toString(), p.value(),
                        p.qualified().map(q -> q.words()).orElse(""), m.unit(),
                        p.status() == null ? "" : p.status().words(),
                        d.source(p.source()).map(Source::citation).orElse(p.source()),
                        d.source(p.source()).map(Source::url).orElse(""), p.note() == null ? "" : p.note()));
            }
        }
        long withData = rows.stream().filter(WatchRow::hasData).count();
        String subtitle = model.filterProperty().get().label() + ": " + rows.size() + " metrics, " + withData
                + " with sourced values" + chosen.map(r -> "; history: " + r.metric().name()
                        + (r.company().isEmpty() ? "" : " (" + r.company() + ")")).orElse("")
                + (model.scopeNoteProperty().get().isEmpty() ? "" : ". " + model.scopeNoteProperty().get());
        return new ViewReport("AI-adoption watchlist", subtitle, List.copyOf(sources), () -> {
            List<Node> tiles = rows.stream().limit(TILES).map(r -> WatchTiles.tile(r, false)).toList();
            Label heading = new Label(chosen.map(r -> r.metric().name() + ": history").orElse(""));
            heading.getStyleClass().add("section-title");
            Node body;
            if (history.isEmpty() && history.events().isEmpty()) {
                Label none = new Label(chosen.map(r -> "No data yet: no source in the data gives a value for "
                        + r.metric().name() + ".").orElse("No metric chosen."));
                none.getStyleClass().add("watch-no-data");
                none.setWrapText(true);
                body = none;
            } else {
                TimeChartView chart = new TimeChartView();
                chart.setData(history);
                body = chart;
            }
            WatchReportPane pane = new WatchReportPane(tiles, heading, body);
            VBox.setVgrow(pane, Priority.ALWAYS);
            return pane;
        }, List.of("metric", "name", "company", "period", "value", "as_worded", "unit", "kind", "source", "url",
                "note"), csv);
    }
}
