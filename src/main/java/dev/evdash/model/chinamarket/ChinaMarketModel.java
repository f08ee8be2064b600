package dev.evdash.model.chinamarket;

import dev.evdash.data.Basis;
import dev.evdash.data.Company;
import dev.evdash.data.Dataset;
import dev.evdash.data.Period;
import dev.evdash.data.Source;
import dev.evdash.model.Formats;
import dev.evdash.model.MonthRangeModel;
import dev.evdash.model.chart.TimeChartData;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The China market view's state: the bodies and comparisons plotted, month or year, the span of the
 * share charts and their body, the automaker whose alliances mark the time axes, the months shown; and
 * the four charts, the figures behind them and the sentences that follow from those and the data.
 */
public final class ChinaMarketModel {

    private final ObservableValue<Dataset> dataset;
    private final ObservableList<ChinaMarketCharts.SeriesChoice> chinaOptions = FXCollections.observableArrayList();
    private final ObservableList<ChinaMarketCharts.SeriesChoice> chinaOptionsReadOnly =
            FXCollections.unmodifiableObservableList(chinaOptions);
    private final ObservableList<ChinaMarketCharts.SeriesChoice> comparisonOptions = FXCollections.observableArrayList();
    private final ObservableList<ChinaMarketCharts.SeriesChoice> comparisonOptionsReadOnly =
            FXCollections.unmodifiableObservableList(comparisonOptions);
    private final ObservableList<String> bodies = FXCollections.observableArrayList();
    private final ObservableList<String> bodiesReadOnly = FXCollections.unmodifiableObservableList(bodies);
    private final ObservableList<Company> automakers = FXCollections.observableArrayList();
    private final ObservableList<Company> automakersReadOnly = FXCollections.unmodifiableObservableList(automakers);

    private final ObservableList<String> china = FXCollections.observableArrayList();
    private final ObservableList<String> compare = FXCollections.observableArrayList();
    private final ObjectProperty<ChinaMarketCharts.Granularity> granularity =
            new SimpleObjectProperty<>(this, "granularity", ChinaMarketCharts.Granularity.MONTHS);
    private final ObjectProperty<ChinaMarketCharts.ShareSpan> shareSpan =
            new SimpleObjectProperty<>(this, "shareSpan", ChinaMarketCharts.ShareSpan.FULL_YEARS);
    private final StringProperty shareBody = new SimpleStringProperty(this, "shareBody");
    private final StringProperty company = new SimpleStringProperty(this, "company", "bmw");
    private final MonthRangeModel months = new MonthRangeModel();
    private final ObservableList<dev.evdash.model.SourceOption> sourceOptions =
            FXCollections.observableArrayList(dev.evdash.model.SourceOption.PRIORITY);
    private final ObservableList<dev.evdash.model.SourceOption> sourceOptionsReadOnly =
            FXCollections.unmodifiableObservableList(sourceOptions);
    private final ObjectProperty<dev.evdash.model.SourceOption> source =
            new SimpleObjectProperty<>(this, "source", dev.evdash.model.SourceOption.PRIORITY);

    private final ReadOnlyObjectWrapper<ChinaMarketCharts.Chart> penetration =
            new ReadOnlyObjectWrapper<>(this, "penetration", ChinaMarketCharts.Chart.EMPTY);
    private final ReadOnlyObjectWrapper<ChinaMarketCharts.Chart> brands =
            new ReadOnlyObjectWrapper<>(this, "brands", ChinaMarketCharts.Chart.EMPTY);
    private final ReadOnlyObjectWrapper<ChinaMarketCharts.Chart> nev =
            new ReadOnlyObjectWrapper<>(this, "nev", ChinaMarketCharts.Chart.EMPTY);
    private final ReadOnlyObjectWrapper<ChinaMarketCharts.Chart> inChina =
            new ReadOnlyObjectWrapper<>(this, "inChina", ChinaMarketCharts.Chart.EMPTY);
    private final ReadOnlyStringWrapper callout = new ReadOnlyStringWrapper(this, "callout", "");
    private final ReadOnlyStringWrapper milestone = new ReadOnlyStringWrapper(this, "milestone", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper sourceLine = new ReadOnlyStringWrapper(this, "sourceLine", "");
    private final ObservableList<ChinaMarketCharts.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ChinaMarketCharts.Row> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);
    private List<Source> sources = List.of();
    private boolean updating;

    public ChinaMarketModel(ObservableValue<Dataset> dataset) {
        this.dataset = dataset;
        dataset.addListener((obs, old, d) -> datasetChanged());
        for (Observable o : List.<Observable>of(granularity, shareSpan, shareBody, company, months.fromProperty(),
                months.toProperty(), source)) {
            o.addListener(x -> recompute());
        }
        china.addListener((ListChangeListener<String>) c -> recompute());
        compare.addListener((ListChangeListener<String>) c -> recompute());
        datasetChanged();
    }

    private void datasetChanged() {
        Dataset d = dataset.getValue();
        updating = true;
        List<ChinaMarketCharts.SeriesChoice> options = ChinaMarketCharts.chinaPenetration(d);
        chinaOptions.setAll(options);
        List<String> ids = options.stream().map(o -> o.series().id()).toList();
        china.removeIf(id -> !ids.contains(id));
        if (china.isEmpty()) {
            options.stream().filter(o -> "CPCA".equals(o.series().body()) && o.series().basis() == Basis.RETAIL)
                    .findFirst().or(() -> options.stream().findFirst())
                    .ifPresent(o -> china.add(o.series().id()));
        }
        comparisonOptions.setAll(ChinaMarketCharts.comparisons(d));
        List<String> cids = comparisonOptions.stream().map(o -> o.series().id()).toList();
        boolean first = compare.isEmpty();
        compare.removeIf(id -> !cids.contains(id));
        if (first) {
            compare.setAll(ChinaMarketCharts.defaultComparisons(d));
        }
        bodies.setAll(ChinaMarketCharts.shareBodies(d));
        if (shareBody.get() == null || !bodies.contains(shareBody.get())) {
            shareBody.set(bodies.contains("CAAM") ? "CAAM" : bodies.isEmpty() ? null : bodies.get(0));
        }
        List<dev.evdash.model.SourceOption> sourcesNow = ChinaMarketCharts.sourceOptions(d);
        dev.evdash.model.SourceOption current = source.get();
        sourceOptions.setAll(sourcesNow);
        source.set(sourcesNow.contains(current) ? current : dev.evdash.model.SourceOption.PRIORITY);
        automakers.setAll(ChinaMarketCharts.automakers(d));
        if (automakers.stream().noneMatch(c -> c.id().equals(company.get()))) {
            company.set(automakers.isEmpty() ? null : automakers.get(0).id());
        }
        int[] span = ChinaMarketCharts.span(d, company.get() == null ? List.of()
                : ChinaMarketCharts.alliances(d, company.get()));
        months.fit(span[0], span[1]);
        updating = false;
        recompute();
    }

    private void recompute() {
        if (updating) {
            return;
        }
        Dataset d = dataset.getValue();
        List<TimeChartData.Event> events = company.get() == null ? List.of()
                : ChinaMarketCharts.companyEvents(d, company.get());
        int from = months.from();
        int to = months.to();
        String preferred = source.get() == null ? null : source.get().sourceId();
        penetration.set(ChinaMarketCharts.penetration(d, List.copyOf(china), List.copyOf(compare), granularity.get(),
                from, to, events, preferred));
        brands.set(shareBody.get() == null ? ChinaMarketCharts.Chart.EMPTY
                : ChinaMarketCharts.brandShares(d, shareBody.get(), shareSpan.get(), from, to, events, preferred));
        nev.set(ChinaMarketCharts.nevMarketShares(d, shareSpan.get(), from, to, events, preferred));
        if (company.get() == null) {
            inChina.set(ChinaMarketCharts.Chart.EMPTY);
            callout.set("");
        } else {
            ChinaMarketCharts.CompanyInChina c = ChinaMarketCharts.companyInChina(d, company.get(), from, to, events,
                    preferred);
            inChina.set(c.chart());
            callout.set(c.callout());
        }
        milestone.set(china.isEmpty() ? "" : crossing(d, china.get(0)));
        List<ChinaMarketCharts.Row> all = new ArrayList<>();
        Set<Source> cited = new LinkedHashSet<>();
        for (ChinaMarketCharts.Chart c : List.of(penetration.get(), brands.get(), nev.get(), inChina.get())) {
            all.addAll(c.rows());
            cited.addAll(c.sources());
        }
        rows.setAll(all);
        sources = List.copyOf(cited);
        sourceLine.set(Formats.sourceLine(sources));
        String who = companyName();
        subtitle.set("How electric it is, who sells it, " + who + "'s place: " + months.describe() + " · NEV share " + (granularity.get() == ChinaMarketCharts.Granularity.MONTHS
                ? "by month" : "by year") + " · brand shares as " + (shareBody.get() == null ? "no body" : shareBody.get())
                + " counts them, " + (shareSpan.get() == ChinaMarketCharts.ShareSpan.FULL_YEARS ? "full years"
                        : "months and part years") + (source.get() == null || source.get().sourceId() == null ? ""
                        : " · preferring " + source.get().source().title()) + " · " + who
                + "'s partnerships marked on every time axis");
    }

    /** "CPCA retail first passed 50 % in Jul 2024 (51.1 %)." */
    private static String crossing(Dataset d, String seriesId) {
        Optional<Period> first = ChinaMarketCharts.firstMonthAbove(d, seriesId, 50);
        return first.map(p -> {
            String label = d.seriesById(seriesId).map(s -> ChinaMarketCharts.label(d, s)).orElse(seriesId);
            double v = new dev.evdash.model.FigurePicker(d, null).pick(d.seriesById(seriesId).orElseThrow(), p)
                    .orElseThrow().value();
            return "NEVs first passed half of new cars sold in " + p.label() + " (" + Formats.percent(v) + ", "
                    + label + ").";
        }).orElse("");
    }

    /** The chosen automaker's name. */
    public String companyName() {
        return company.get() == null ? "no automaker"
                : dataset.getValue().company(company.get()).map(Company::name).orElse(company.get());
    }

    public ObservableList<ChinaMarketCharts.SeriesChoice> chinaOptions() {
        return chinaOptionsReadOnly;
    }

    public ObservableList<ChinaMarketCharts.SeriesChoice> comparisonOptions() {
        return comparisonOptionsReadOnly;
    }

    public ObservableList<String> bodies() {
        return bodiesReadOnly;
    }

    /** The Plot switch: the dataset's priority, or one source plotted wherever it gives a figure. */
    public ObservableList<dev.evdash.model.SourceOption> sourceOptions() {
        return sourceOptionsReadOnly;
    }

    public ObjectProperty<dev.evdash.model.SourceOption> sourceProperty() {
        return source;
    }

    public ObservableList<Company> automakers() {
        return automakersReadOnly;
    }

    /** Ids of the China penetration series plotted. */
    public ObservableList<String> chinaSeries() {
        return china;
    }

    /** Ids of the other regions' series plotted beside China's. */
    public ObservableList<String> comparisonSeries() {
        return compare;
    }

    public ObjectProperty<ChinaMarketCharts.Granularity> granularityProperty() {
        return granularity;
    }

    public ObjectProperty<ChinaMarketCharts.ShareSpan> shareSpanProperty() {
        return shareSpan;
    }

    /** The body whose brand shares are stacked. */
    public StringProperty shareBodyProperty() {
        return shareBody;
    }

    /** The automaker whose partnerships mark the time axes and whose China deliveries are shown. */
    public StringProperty companyProperty() {
        return company;
    }

    public MonthRangeModel months() {
        return months;
    }

    public ReadOnlyObjectProperty<ChinaMarketCharts.Chart> penetrationProperty() {
        return penetration.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChinaMarketCharts.Chart> brandsProperty() {
        return brands.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChinaMarketCharts.Chart> nevProperty() {
        return nev.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChinaMarketCharts.Chart> inChinaProperty() {
        return inChina.getReadOnlyProperty();
    }

    /** "BMW Group delivered 625,527 cars in China in 2025, more than 26 % fewer than in 2021 …". */
    public ReadOnlyStringProperty calloutProperty() {
        return callout.getReadOnlyProperty();
    }

    /** "NEVs first passed half of new cars sold in Jul 2024 (51.1 %, CPCA …)." */
    public ReadOnlyStringProperty milestoneProperty() {
        return milestone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceLineProperty() {
        return sourceLine.getReadOnlyProperty();
    }

    /** Every figure the four charts plot, with its source. */
    public ObservableList<ChinaMarketCharts.Row> rows() {
        return rowsReadOnly;
    }

    /** The sources of what is plotted. */
    public List<Source> sources() {
        return sources;
    }
}
