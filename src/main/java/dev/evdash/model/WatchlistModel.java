package dev.evdash.model;

import dev.evdash.data.Dataset;
import dev.evdash.data.Period;
import dev.evdash.data.Point;
import dev.evdash.data.Source;
import dev.evdash.data.WatchMetric;
import dev.evdash.model.chart.BarData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The AI-adoption watchlist: for each metric its latest value, trend, target and the gap to it, and the
 * history of the metric chosen. A metric no source has given a value for says so ("no data yet"): nothing
 * is estimated or carried over.
 */
public final class WatchlistModel {

    private final ObservableList<WatchRow> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call holds its listeners only weakly and loses them. */
    private final ObservableList<WatchRow> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<BarData> chart = new ReadOnlyObjectWrapper<>(this, "chart", BarData.EMPTY);
    private Dataset dataset;

    public WatchlistModel(ObservableValue<Dataset> data) {
        data.addListener((obs, old, d) -> update(d));
        selected.addListener((obs, old, id) -> updateChart());
        update(data.getValue());
    }

    private void update(Dataset d) {
        dataset = d;
        rows.setAll(rows(d));
        if (rows.stream().noneMatch(r -> r.metric().id().equals(selected.get()))) {
            selected.set(rows.isEmpty() ? null : rows.get(0).metric().id());
        }
        updateChart();
    }

    /** The rows for {@code d}, in the dataset's order. */
    public static List<WatchRow> rows(Dataset d) {
        SourceRanking ranking = new SourceRanking(d);
        List<WatchRow> out = new ArrayList<>();
        for (WatchMetric w : d.watchlist()) {
            TreeMap<Period, Point> best = best(w, ranking);
            String company = w.company() == null ? "" : d.company(w.company()).map(c -> c.name()).orElse(w.company());
            Set<Source> sources = new LinkedHashSet<>();
            best.values().forEach(p -> d.source(p.source()).ifPresent(sources::add));
            w.goal().flatMap(t -> d.source(t.source())).ifPresent(sources::add);
            String target = w.goal().map(t -> "Target " + value(t.value(), w.unit()) + " by " + t.period())
                    .orElse("No target in the data");
            if (best.isEmpty()) {
                out.add(new WatchRow(w, company, "no data yet", "", "", 0, List.of(), target, "", List.copyOf(sources)));
                continue;
            }
            Point last = best.lastEntry().getValue();
            Optional<Point> before = Optional.ofNullable(best.lowerEntry(last.period())).map(e -> e.getValue());
            String change = before.map(b -> signed(last.value() - b.value(), w.unit()) + " on " + b.period()).orElse("");
            int direction = before.map(b -> Double.compare(last.value(), b.value())).orElse(0);
            String gap = w.goal().map(t -> last.value() >= t.value() ? "target reached"
                    : Formats.plain(t.value() - last.value()) + (isPercent(w.unit()) ? " points" : " " + w.unit()) + " to go")
                    .orElse("");
            out.add(new WatchRow(w, company, (last.qualifier() == null ? "" : last.qualifier().words() + " ")
                    + value(last.value(), w.unit()), last.period().toString(), change, direction,
                    best.values().stream().map(Point::value).toList(), target, gap, List.copyOf(sources)));
        }
        return out;
    }

    /** One value per period: the best-ranked source's. */
    private static TreeMap<Period, Point> best(WatchMetric w, SourceRanking ranking) {
        TreeMap<Period, Point> best = new TreeMap<>();
        for (Point p : w.points()) {
            best.merge(p.period(), p, (a, b) -> ranking.order().compare(a, b) <= 0 ? a : b);
        }
        return best;
    }

    private void updateChart() {
        Optional<WatchMetric> w = dataset == null ? Optional.empty()
                : dataset.watchlist().stream().filter(m -> m.id().equals(selected.get())).findFirst();
        chart.set(w.map(m -> chart(dataset, m)).orElse(BarData.EMPTY));
    }

    /** The history of {@code w}: one bar per period, the best-ranked source's value, every source on hover. */
    public static BarData chart(Dataset d, WatchMetric w) {
        SourceRanking ranking = new SourceRanking(d);
        TreeMap<Period, Point> best = best(w, ranking);
        List<String> categories = new ArrayList<>();
        List<BarData.Bar> bars = new ArrayList<>();
        for (Point p : best.values()) {
            List<Point> all = w.points().stream().filter(q -> q.period().equals(p.period())).toList();
            StringBuilder tip = new StringBuilder(w.name() + ", " + p.period() + ": " + value(p.value(), w.unit()));
            tip.append("\nSource: ").append(d.source(p.source()).map(Source::citation).orElse(p.source()));
            all.stream().filter(q -> q != p).forEach(q -> tip.append("\nAlso: ").append(value(q.value(), w.unit()))
                    .append(" (").append(d.source(q.source()).map(Source::citation).orElse(q.source())).append(')'));
            boolean conflict = all.stream().anyMatch(q -> q.value() != p.value());
            bars.add(new BarData.Bar(categories.size(), 0, List.of(new BarData.Segment(0, p.value(), tip.toString(),
                    conflict, p.source()))));
            categories.add(p.period().toString());
        }
        return new BarData(categories, List.of(w.name()), List.of(w.name()), bars,
                isPercent(w.unit()) ? "%" : w.unit(), BarData.ColorBy.STACK);
    }

    static boolean isPercent(String unit) {
        return unit.equalsIgnoreCase("percent") || unit.equals("%");
    }

    static String value(double v, String unit) {
        return isPercent(unit) ? Formats.plain(v) + " %" : Formats.plain(v) + " " + unit;
    }

    private static String signed(double v, String unit) {
        return (v >= 0 ? "+" : "-") + Formats.plain(Math.abs(v)) + (isPercent(unit) ? " points" : " " + unit);
    }


    public ObservableList<WatchRow> rows() {
        return rowsReadOnly;
    }

    /** The id of the metric whose history is charted. */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<BarData> chartProperty() {
        return chart.getReadOnlyProperty();
    }
}
