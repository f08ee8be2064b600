package dev.evdash.model;

import dev.evdash.data.Company;
import dev.evdash.data.Dataset;
import dev.evdash.data.Milestone;
import dev.evdash.data.Source;
import dev.evdash.data.WatchMetric;
import dev.evdash.model.chart.TimeChartData;
import dev.evdash.model.watchlist.WatchFigures;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The AI-adoption watchlist: for each metric its latest value (for the article's metrics, their proxies'),
 * trend, target, gap and the pace needed, and the history of the metric chosen, with its company's
 * milestones on the time axis, compared with peers' metrics of its kind where the analyst picks them. A
 * metric no source has given a value for says so ("no data yet"): nothing is estimated or carried over.
 */
public final class WatchlistModel {

    /** Which metrics the tiles show: the article's three and their proxies, a peer group, a company's, all. */
    public record Filter(String key, String label) {
        public static final Filter ARTICLE = new Filter("article", "The article's three metrics and their proxies");
        public static final Filter ALL = new Filter("all", "All metrics");

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObservableList<WatchRow> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call holds its listeners only weakly and loses them. */
    private final ObservableList<WatchRow> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Filter> filters = FXCollections.observableArrayList(Filter.ARTICLE);
    private final ObservableList<Filter> filtersReadOnly = FXCollections.unmodifiableObservableList(filters);
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(this, "filter", Filter.ARTICLE);
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<WatchMetric> peers = FXCollections.observableArrayList();
    private final ObservableList<WatchMetric> peersReadOnly = FXCollections.unmodifiableObservableList(peers);
    private final ObservableList<String> compared = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TimeChartData> chart =
            new ReadOnlyObjectWrapper<>(this, "chart", TimeChartData.EMPTY);
    private final ReadOnlyStringWrapper scopeNote = new ReadOnlyStringWrapper(this, "scopeNote", "");
    private final ReadOnlyStringWrapper sourceLine = new ReadOnlyStringWrapper(this, "sourceLine", "");
    private Dataset dataset;
    private List<Source> chartSources = List.of();
    private boolean updating;

    public WatchlistModel(ObservableValue<Dataset> data) {
        data.addListener((obs, old, d) -> update(d));
        filter.addListener((obs, old, f) -> updateRows());
        selected.addListener((obs, old, id) -> {
            if (!updating) {
                compared.clear();
                updatePeers();
                updateChart();
            }
        });
        compared.addListener((ListChangeListener<String>) c -> updateChart());
        update(data.getValue());
    }

    private void update(Dataset d) {
        dataset = d;
        List<Filter> all = filters(d);
        updating = true;
        filters.setAll(all);
        if (!all.contains(filter.get())) {
            filter.set(Filter.ARTICLE);
        }
        updating = false;
        updateRows();
    }

    private void updateRows() {
        if (updating) {
            return;
        }
        List<WatchRow> shown = rows(dataset, filter.get());
        rows.setAll(shown);
        updating = true;
        if (shown.stream().noneMatch(r -> r.metric().id().equals(selected.get()))) {
            selected.set(shown.isEmpty() ? null : shown.get(0).metric().id());
        }
        updating = false;
        compared.removeIf(id -> dataset.watchlist().stream().noneMatch(w -> w.id().equals(id)));
        updatePeers();
        updateChart();
    }

    /** The tile groups the data has: the article's metrics, each peer group, each company, China-wide, all. */
    public static List<Filter> filters(Dataset d) {
        List<Filter> out = new ArrayList<>();
        out.add(Filter.ARTICLE);
        new TreeSet<>(d.watchlist().stream().map(WatchMetric::peerGroup).filter(java.util.Objects::nonNull).toList())
                .forEach(g -> out.add(new Filter("peer:" + g, "Compare: " + WatchFigures.peerGroupName(g))));
        Set<String> companies = new LinkedHashSet<>();
        d.watchlist().forEach(w -> {
            if (w.company() != null) {
                companies.add(w.company());
            }
        });
        companies.stream().map(id -> d.company(id).map(Company::name).orElse(id)).sorted()
                .forEach(name -> d.companies().stream().filter(c -> c.name().equals(name)).findFirst()
                        .ifPresent(c -> out.add(new Filter("company:" + c.id(), c.name()))));
        if (d.watchlist().stream().anyMatch(w -> w.company() == null)) {
            out.add(new Filter("none", "China-wide (no company)"));
        }
        out.add(new Filter("all", "All metrics (" + d.watchlist().size() + ")"));
        return out;
    }

    /** Whether metric {@code w} is shown under filter {@code f}. */
    static boolean matches(WatchMetric w, Filter f) {
        String k = f.key();
        if (k.equals("article")) {
            return w.articleMetric() != null || w.proxyFor() != null;
        }
        if (k.startsWith("peer:")) {
            return k.substring(5).equals(w.peerGroup());
        }
        if (k.startsWith("company:")) {
            return k.substring(8).equals(w.company());
        }
        if (k.equals("none")) {
            return w.company() == null;
        }
        return true;
    }

    /** Every metric's row, in the dataset's order. */
    public static List<WatchRow> rows(Dataset d) {
        return rows(d, Filter.ALL);
    }

    /** The rows of the metrics {@code f} shows, in the dataset's order. */
    public static List<WatchRow> rows(Dataset d, Filter f) {
        List<WatchRow> out = new ArrayList<>();
        for (WatchMetric w : d.watchlist()) {
            if (matches(w, f)) {
                out.add(row(d, w));
            }
        }
        return out;
    }

    static WatchRow row(Dataset d, WatchMetric w) {
        String company = w.company() == null ? "" : d.company(w.company()).map(Company::name).orElse(w.company());
        String target = w.goal().map(t -> "Target " + WatchFigures.words(t.value(), w.unit())
                + (t.period() == null ? " (no date given)" : " by " + t.period().label())).orElse("No target in the data");
        List<WatchFigures.Value> values = WatchFigures.values(d, w);
        String via = w.proxyFor() == null ? "" : "Proxy for " + d.watchlist().stream()
                .filter(m -> m.id().equals(w.proxyFor())).map(WatchMetric::name).findFirst().orElse(w.proxyFor());
        WatchMetric shown = w;
        if (values.isEmpty()) {
            // one of the article's metrics: its first proxy with values speaks for it, and says so
            Optional<WatchMetric> proxy = WatchFigures.proxies(d, w).stream()
                    .filter(p -> !WatchFigures.values(d, p).isEmpty()).findFirst();
            if (proxy.isPresent()) {
                shown = proxy.get();
                values = WatchFigures.values(d, shown);
                via = "Via proxy: " + shown.name();
            }
        }
        Set<Source> sources = new LinkedHashSet<>();
        values.forEach(v -> sources.add(v.source()));
        w.goal().flatMap(t -> d.source(t.source())).ifPresent(sources::add);
        if (values.isEmpty()) {
            Optional<Milestone> latest = d.milestones().stream().filter(m -> w.id().equals(m.metric()) && !m.planned())
                    .max(java.util.Comparator.comparing(Milestone::date));
            if (latest.isPresent()) {
                latest.get().sources().stream().map(d::source).flatMap(Optional::stream).forEach(sources::add);
                return new WatchRow(w, company, latest.get().title(), latest.get().date().label(), "latest milestone", 0,
                        List.of(), target, "", "", false, via, List.copyOf(sources));
            }
            return new WatchRow(w, company, "no data yet", "", "", 0, List.of(), target, "", "", false, via,
                    List.copyOf(sources));
        }
        WatchFigures.Value last = values.get(values.size() - 1);
        String change = "";
        int direction = 0;
        boolean comparable = shown.plot() != WatchMetric.Plot.POINTS; // figures of differing scope: no change, no trend
        if (values.size() > 1 && comparable) {
            WatchFigures.Value before = values.get(values.size() - 2);
            double delta = last.value() - before.value();
            change = (shown.runningTotal() ? "added " : "") + signed(delta, shown.unit()) + " on " + before.period().label();
            direction = (int) Math.signum(delta);
        }
        String gap = "";
        String pace = "";
        Optional<WatchFigures.Pace> p = w == shown ? WatchFigures.pace(w, last) : Optional.empty();
        if (p.isPresent()) {
            WatchFigures.Pace pc = p.get();
            gap = pc.reached() ? "target reached" : amount(pc.gap(), w.unit()) + " to go";
            pace = pc.reached() ? "" : pc.years() <= 0 ? "target date passed"
                    : amount(pc.perYear(), w.unit()) + " a year needed";
        }
        return new WatchRow(w, company, WatchFigures.words(last.point(), shown.unit()), last.period().label(), change,
                direction, comparable ? values.stream().map(WatchFigures.Value::value).toList() : List.of(), target, gap, pace, last.conflict(),
                via, List.copyOf(sources));
    }

    /** "32 points", "1,600,000 vehicles". */
    static String amount(double v, String unit) {
        return Formats.number(Math.round(v * 100) / 100.0) + (isPercent(unit) ? " points" : " " + unit);
    }

    private static String signed(double v, String unit) {
        return (v >= 0 ? "+" : "-") + amount(Math.abs(v), unit);
    }

    static boolean isPercent(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return u.equals("percent") || u.startsWith("%");
    }

    private void updatePeers() {
        Optional<WatchMetric> w = metric(selected.get());
        peers.setAll(w.filter(m -> m.peerGroup() != null).map(m -> dataset.watchlist().stream()
                .filter(x -> m.peerGroup().equals(x.peerGroup()) && !x.id().equals(m.id())).toList()).orElse(List.of()));
    }

    private Optional<WatchMetric> metric(String id) {
        return dataset == null || id == null ? Optional.empty()
                : dataset.watchlist().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    private void updateChart() {
        Optional<WatchMetric> w = metric(selected.get());
        if (w.isEmpty()) {
            chart.set(TimeChartData.EMPTY);
            scopeNote.set("");
            sourceLine.set("");
            return;
        }
        List<WatchMetric> others = compared.stream().map(this::metric).flatMap(Optional::stream).toList();
        History h = history(dataset, w.get(), others);
        chart.set(h.data());
        scopeNote.set(h.note());
        chartSources = h.sources();
        sourceLine.set(h.sources().isEmpty() ? "" : Formats.sourceLine(h.sources(),
                "hover a figure for its source; the CSV export lists every one"));
    }

    /** A history chart, what it says about scopes and axes, and the sources it plots. */
    /** How far before a chart's first figure its milestones still go on the axis. */
    static final int EARLIER_MILESTONE_MONTHS = 24;

    public record History(TimeChartData data, String note, List<Source> sources) {}

    /**
     * The history of {@code w} (for one of the article's metrics without values, its proxies'), with the
     * metrics of {@code peers} beside it: one axis per unit, at most two; metrics of a third unit are left
     * out and the note says so. A running total alone shows what it added per month beside it.
     */
    public static History history(Dataset d, WatchMetric w, List<WatchMetric> peers) {
        List<WatchMetric> plotted = new ArrayList<>();
        if (WatchFigures.values(d, w).isEmpty()) {
            plotted.addAll(WatchFigures.proxies(d, w));
        } else {
            plotted.add(w);
        }
        plotted.addAll(peers);
        List<String> units = WatchFigures.units(plotted);
        List<String> notes = new ArrayList<>();
        if (units.size() > 2) {
            notes.add("Not shown, being in other units: " + String.join(", ", plotted.stream()
                    .filter(m -> units.indexOf(m.unit()) >= 2).map(m -> name(d, m) + " (" + m.unit() + ")").toList()) + ".");
            plotted.removeIf(m -> units.indexOf(m.unit()) >= 2);
        }
        boolean twoUnits = units.size() >= 2;
        if (twoUnits) {
            notes.add("Different scopes on two axes: " + units.get(0) + " at the left, " + units.get(1)
                    + " at the right; the values are not comparable with each other.");
        }
        boolean growth = plotted.size() == 1 && plotted.get(0).runningTotal();
        List<TimeChartData.Line> lines = new ArrayList<>();
        Set<Source> sources = new LinkedHashSet<>();
        for (int i = 0; i < plotted.size(); i++) {
            WatchMetric m = plotted.get(i);
            boolean right = growth || (twoUnits && m.unit().equals(units.get(1)));
            String label = (plotted.size() > 1 ? name(d, m) + ": " : "") + m.name() + " (" + m.unit() + ")"
                    + (right && twoUnits ? ", right axis" : "");
            lines.add(WatchFigures.line(d, m, label, i == 0 ? 0 : i, right));
            WatchFigures.values(d, m).forEach(v -> sources.add(v.source()));
            m.goal().flatMap(t -> d.source(t.source())).ifPresent(sources::add);
        }
        List<TimeChartData.Bar> bars = new ArrayList<>();
        List<TimeChartData.Stack> stacks = new ArrayList<>();
        if (growth) {
            WatchMetric m = plotted.get(0);
            bars.addAll(WatchFigures.growthBars(m, WatchFigures.values(d, m)));
            stacks.add(new TimeChartData.Stack("added per month (computed from the totals)", 1));
            notes.add("A running total (right axis); the bars are what it added per month between two figures,"
                    + " computed from them.");
        }
        Set<String> companies = new LinkedHashSet<>();
        plotted.forEach(m -> {
            if (m.company() != null) {
                companies.add(m.company());
            }
        });
        List<TimeChartData.Event> events = new ArrayList<>();
        companies.forEach(c -> events.addAll(WatchFigures.milestones(d, c)));
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (TimeChartData.Line l : lines) {
            for (TimeChartData.Mark mk : l.marks()) {
                lo = Math.min(lo, mk.start());
                hi = Math.max(hi, mk.end());
            }
        }
        if (lo != Double.MAX_VALUE) {
            // the axis is the figures' time; milestones long before them would squeeze the figures into a corner
            double earliest = lo - EARLIER_MILESTONE_MONTHS;
            long before = events.stream().filter(e -> e.at() < earliest).count();
            if (before > 0) {
                events.removeIf(e -> e.at() < earliest);
                notes.add(before + (before == 1 ? " milestone" : " milestones") + " more than "
                        + EARLIER_MILESTONE_MONTHS / 12 + " years before the first figure left off the axis.");
            }
        }
        for (TimeChartData.Event e : events) {
            lo = Math.min(lo, e.at());
            hi = Math.max(hi, e.at() + 1);
        }
        if (lo == Double.MAX_VALUE) {
            return new History(TimeChartData.EMPTY, "", List.of());
        }
        lo = Math.floor(lo / 12) * 12;
        hi = Math.ceil(hi / 12) * 12;
        String leftUnit = growth ? plotted.get(0).unit() + " a month" : units.get(0);
        TimeChartData.Axis left = new TimeChartData.Axis(leftUnit, Double.NaN, WatchFigures.format(leftUnit));
        Optional<TimeChartData.Axis> right = growth
                ? Optional.of(new TimeChartData.Axis(units.get(0), Double.NaN, WatchFigures.format(units.get(0))))
                : twoUnits ? Optional.of(new TimeChartData.Axis(units.get(1), Double.NaN, WatchFigures.format(units.get(1))))
                : Optional.empty();
        TimeChartData data = new TimeChartData(lo, hi, left, right, lines, stacks, bars, events, List.of());
        return new History(data, String.join(" ", notes), List.copyOf(sources));
    }

    /** "Tesla", or "China-wide" for a metric of no company. */
    static String name(Dataset d, WatchMetric m) {
        return m.company() == null ? "China-wide" : d.company(m.company()).map(Company::name).orElse(m.company());
    }

    public ObservableList<WatchRow> rows() {
        return rowsReadOnly;
    }

    /** The tile groups to choose from. */
    public ObservableList<Filter> filters() {
        return filtersReadOnly;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    /** The id of the metric whose history is charted. */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /** The other metrics of the selected one's peer group, to compare it with. */
    public ObservableList<WatchMetric> peers() {
        return peersReadOnly;
    }

    /** Ids of the peers charted beside the selected metric. */
    public ObservableList<String> compared() {
        return compared;
    }

    public ReadOnlyObjectProperty<TimeChartData> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** What the chart's axes and scopes are, where it needs saying. */
    public ReadOnlyStringProperty scopeNoteProperty() {
        return scopeNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceLineProperty() {
        return sourceLine.getReadOnlyProperty();
    }

    /** The sources of what the history chart plots. */
    public List<Source> chartSources() {
        return chartSources;
    }

    /** The company a metric is about, by name ("China-wide" for none). */
    public String companyOf(WatchMetric m) {
        return name(dataset, m);
    }

    /**
     * Shows metric {@code id}: under the current filter where it is shown there, else under its company's,
     * else under all metrics.
     */
    public void show(String id) {
        Optional<WatchMetric> w = metric(id);
        if (w.isEmpty()) {
            return;
        }
        if (!matches(w.get(), filter.get())) {
            Optional<Filter> own = filters.stream().filter(f -> f.key().equals("company:" + w.get().company()))
                    .findFirst();
            filter.set(own.orElse(filters.stream().filter(f -> f.key().equals("all")).findFirst().orElse(Filter.ALL)));
        }
        selected.set(id);
    }

    /** The selected metric's row, wherever the filter is. */
    public Optional<WatchRow> selectedRow() {
        return metric(selected.get()).map(w -> row(dataset, w));
    }
}
