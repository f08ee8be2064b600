package dev.evdash.model;

import dev.evdash.data.Dataset;
import dev.evdash.data.Metric;
import dev.evdash.data.Source;
import dev.evdash.model.chart.BarData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The China share view's state: year range, cars counted, absolute or share of world, and the preferred
 * source; and the rows, region bars and source line that follow from them and the current dataset.
 */
public final class ChinaShareModel {

    /** Sales in vehicles, or each region as a percentage of the world. */
    public enum Mode { ABSOLUTE, SHARE_OF_WORLD }

    public static final List<String> REGIONS = List.of("China", "Europe", "United States", "Rest of world");
    /** Palette places of the regions: China red, Europe blue, United States green, rest grey. */
    static final List<Integer> REGION_COLOURS = List.of(0, 1, 2, 7);
    /** The share line is drawn in the palette's dark accent, apart from the region colours. */
    static final int SHARE_LINE_COLOUR = 9;

    private final ObservableValue<Dataset> dataset;
    private final ObservableList<ChinaShareRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ChinaShareRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<BarData> chart = new ReadOnlyObjectWrapper<>(this, "chart", BarData.EMPTY);
    private final ReadOnlyStringWrapper sourceLine = new ReadOnlyStringWrapper(this, "sourceLine", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final YearRangeModel years = new YearRangeModel();
    private final ObjectProperty<ChinaShareTable.Scope> scope =
            new SimpleObjectProperty<>(this, "scope", ChinaShareTable.Scope.BOTH);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.ABSOLUTE);
    private final ObservableList<SourceOption> sourceOptions = FXCollections.observableArrayList(SourceOption.PRIORITY);
    /** One read-only view, kept: a view made per call holds its listeners only weakly and loses them. */
    private final ObservableList<SourceOption> sourceOptionsReadOnly = FXCollections.unmodifiableObservableList(sourceOptions);
    private final ObjectProperty<SourceOption> source = new SimpleObjectProperty<>(this, "source", SourceOption.PRIORITY);
    private boolean updating;

    public ChinaShareModel(ObservableValue<Dataset> dataset) {
        this.dataset = dataset;
        dataset.addListener((obs, old, d) -> datasetChanged());
        for (Observable o : List.<Observable>of(years.fromProperty(), years.toProperty(), scope, mode, source)) {
            o.addListener(x -> update());
        }
        datasetChanged();
    }

    private void datasetChanged() {
        Dataset d = dataset.getValue();
        updating = true;
        years.fit(ChinaShareTable.years(d), 2015, 2025, false);
        List<SourceOption> options = SourceOption.optionsFor(d, s -> s.metric() == Metric.EV_SALES && s.region() != null);
        SourceOption current = source.get();
        sourceOptions.setAll(options);
        source.set(options.contains(current) ? current : SourceOption.PRIORITY);
        updating = false;
        update();
    }

    private void update() {
        if (updating) {
            return;
        }
        SourceOption chosen = source.get() == null ? SourceOption.PRIORITY : source.get();
        List<ChinaShareRow> computed = ChinaShareTable.compute(dataset.getValue(),
                new ChinaShareTable.Filter(years.from(), years.to(), scope.get(), chosen.sourceId()));
        rows.setAll(computed);
        chart.set(bars(computed, mode.get(), new SourceRanking(dataset.getValue())));
        Set<Source> sources = new LinkedHashSet<>();
        computed.forEach(r -> sources.addAll(r.sources()));
        sourceLine.set(Formats.sourceLine(List.copyOf(sources)));
        subtitle.set(computed.isEmpty() ? "No sourced figures for world and China sales in this range."
                : "New electric cars (" + scope.get().label() + ") sold per year, " + computed.get(0).year() + "–"
                        + computed.get(computed.size() - 1).year()
                        + (mode.get() == Mode.SHARE_OF_WORLD ? ", as a share of the world total" : ""));
    }

    static BarData bars(List<ChinaShareRow> rows, Mode mode, SourceRanking ranking) {
        List<BarData.Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ChinaShareRow r = rows.get(i);
            List<BarData.Segment> segments = new ArrayList<>();
            segments.add(segment(0, r.chinaSales(), r, mode, r.chinaTooltip(ranking), r.china().conflict(),
                    cite(r.china())));
            r.europe().ifPresent(e -> segments.add(segment(1, e.value(), r, mode, r.regionTooltip(e, ranking),
                    e.conflict(), cite(e))));
            r.usa().ifPresent(u -> segments.add(segment(2, u.value(), r, mode, r.regionTooltip(u, ranking),
                    u.conflict(), cite(u))));
            segments.add(segment(3, r.otherSales(), r, mode, r.otherTooltip(ranking), r.world().conflict(),
                    "computed: world minus the regions shown; world from " + cite(r.world())));
            bars.add(new BarData.Bar(i, 0, segments));
        }
        Optional<BarData.Line> line = mode == Mode.SHARE_OF_WORLD ? Optional.empty() : Optional.of(new BarData.Line(
                "China's share of world", rows.stream().map(ChinaShareRow::chinaSharePercent).toList(),
                rows.stream().map(r -> Formats.percent(r.chinaSharePercent())).toList(),
                rows.stream().map(ChinaShareRow::shareTooltip).toList(), 100, SHARE_LINE_COLOUR));
        return new BarData(rows.stream().map(r -> Integer.toString(r.year())).toList(), List.of("World"), REGIONS,
                bars, mode == Mode.SHARE_OF_WORLD ? "%" : "vehicles", BarData.ColorBy.STACK, REGION_COLOURS, line);
    }

    private static BarData.Segment segment(int stack, double value, ChinaShareRow r, Mode mode, String tooltip,
            boolean conflict, String source) {
        return new BarData.Segment(stack, mode == Mode.SHARE_OF_WORLD ? r.percentOfWorld(value) : value, tooltip,
                conflict, mode == Mode.SHARE_OF_WORLD ? "computed as a share of the world total; " + source : source);
    }

    private static String cite(RegionTotal t) {
        return String.join("; ", t.sources().stream().map(Source::citation).toList());
    }

    public ObservableList<ChinaShareRow> rows() {
        return readOnlyRows;
    }

    public ReadOnlyObjectProperty<BarData> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceLineProperty() {
        return sourceLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** The years shown, chosen within those the data has. */
    public YearRangeModel years() {
        return years;
    }

    public ObjectProperty<ChinaShareTable.Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObservableList<SourceOption> sourceOptions() {
        return sourceOptionsReadOnly;
    }

    public ObjectProperty<SourceOption> sourceProperty() {
        return source;
    }
}
