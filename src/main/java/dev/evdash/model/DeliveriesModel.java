package dev.evdash.model;

import dev.evdash.data.Company;
import dev.evdash.data.Dataset;
import dev.evdash.data.Metric;
import dev.evdash.data.Period;
import dev.evdash.data.Source;
import dev.evdash.model.chart.BarData;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Deliveries view's state: the automakers, period, range, split and source the analyst chose, and
 * the bars, table rows and ratio that follow from them and the current dataset.
 */
public final class DeliveriesModel {

    private final ObservableValue<Dataset> dataset;
    private final ObservableList<Company> available = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call holds its listeners only weakly and loses them. */
    private final ObservableList<Company> availableReadOnly = FXCollections.unmodifiableObservableList(available);
    private final ObservableList<String> selected = FXCollections.observableArrayList("byd", "bmw");
    private final ObjectProperty<Period.Granularity> granularity =
            new SimpleObjectProperty<>(this, "granularity", Period.Granularity.YEAR);
    private final YearRangeModel years = new YearRangeModel();
    private final BooleanProperty split = new SimpleBooleanProperty(this, "split", true);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private final ObservableList<SourceOption> sourceOptions = FXCollections.observableArrayList(SourceOption.PRIORITY);
    /** One read-only view, kept: a view made per call holds its listeners only weakly and loses them. */
    private final ObservableList<SourceOption> sourceOptionsReadOnly = FXCollections.unmodifiableObservableList(sourceOptions);
    private final ObjectProperty<SourceOption> source = new SimpleObjectProperty<>(this, "source", SourceOption.PRIORITY);
    private final ObjectProperty<String> ratioFirst = new SimpleObjectProperty<>(this, "ratioFirst", "byd");
    private final ObjectProperty<String> ratioSecond = new SimpleObjectProperty<>(this, "ratioSecond", "bmw");

    private final ReadOnlyObjectWrapper<BarData> chart = new ReadOnlyObjectWrapper<>(this, "chart", BarData.EMPTY);
    private final ObservableList<DeliveriesTable.Row> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call holds its listeners only weakly and loses them. */
    private final ObservableList<DeliveriesTable.Row> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper ratio = new ReadOnlyStringWrapper(this, "ratio", "");
    private final ReadOnlyStringWrapper sourceLine = new ReadOnlyStringWrapper(this, "sourceLine", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private boolean updating;

    public DeliveriesModel(ObservableValue<Dataset> dataset) {
        this.dataset = dataset;
        dataset.addListener((obs, old, d) -> datasetChanged());
        granularity.addListener((obs, old, g) -> resetYears(true));
        for (Observable o : List.<Observable>of(years.fromProperty(), years.toProperty(), split, source, ratioFirst, ratioSecond)) {
            o.addListener(x -> recompute());
        }
        selected.addListener((javafx.collections.ListChangeListener<String>) c -> {
            updateSourceOptions();
            recompute();
        });
        datasetChanged();
    }

    private void datasetChanged() {
        Dataset d = dataset.getValue();
        available.setAll(DeliveriesTable.companiesWithDeliveries(d));
        Set<String> ids = available.stream().map(Company::id).collect(Collectors.toSet());
        selected.removeIf(id -> !ids.contains(id));
        resetYears(false);
        updateSourceOptions();
        recompute();
    }

    /** Fits the year range to the data; keeps the user's range where it still fits unless {@code full}. */
    private void resetYears(boolean full) {
        updating = true;
        years.fit(DeliveriesTable.years(dataset.getValue(), granularity.get()), 2019, 2025, full);
        updating = false;
        recompute();
    }

    private void updateSourceOptions() {
        List<SourceOption> options = SourceOption.optionsFor(dataset.getValue(),
                s -> DeliveriesTable.isWorldwide(s) && selected.contains(s.company()));
        SourceOption current = source.get();
        updating = true; // a list control bound to the options may clear the choice while they change
        sourceOptions.setAll(options);
        source.set(options.contains(current) ? current : SourceOption.PRIORITY);
        updating = false;
    }

    private void recompute() {
        if (updating) {
            return;
        }
        DeliveriesTable.Filter f = filter();
        DeliveriesTable.Result r = DeliveriesTable.compute(dataset.getValue(), f);
        chart.set(r.chart());
        rows.setAll(r.rows());
        ratio.set(r.ratio());
        sourceLine.set(Formats.sourceLine(r.sources()));
        subtitle.set(describe(f));
    }

    public DeliveriesTable.Filter filter() {
        SourceOption chosen = source.get() == null ? SourceOption.PRIORITY : source.get();
        return new DeliveriesTable.Filter(List.copyOf(selected), granularity.get(), years.from(), years.to(),
                split.get(), chosen.sourceId(), ratioFirst.get(), ratioSecond.get());
    }

    private static String describe(DeliveriesTable.Filter f) {
        String range = f.fromYear() == f.toYear() ? Integer.toString(f.fromYear()) : f.fromYear() + "–" + f.toYear();
        return "Electric cars delivered worldwide, " + range + ", "
                + switch (f.granularity()) {
                    case QUARTER -> "quarterly";
                    case MONTH -> "monthly";
                    default -> "yearly";
                }
                + (f.split() ? ", BEV and PHEV" : ", BEV+PHEV totals")
                + (f.preferredSource() == null ? "" : ", preferring one source");
    }

    public ObservableList<Company> availableCompanies() {
        return availableReadOnly;
    }

    /** Ids of the automakers shown, in chart order. */
    public ObservableList<String> selectedCompanies() {
        return selected;
    }

    public ObjectProperty<Period.Granularity> granularityProperty() {
        return granularity;
    }

    /** The years shown, chosen within those the data has. */
    public YearRangeModel years() {
        return years;
    }

    public BooleanProperty splitProperty() {
        return split;
    }

    /** Log scale; the chart applies it only to unstacked bars (the BEV+PHEV totals). */
    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public ObservableList<SourceOption> sourceOptions() {
        return sourceOptionsReadOnly;
    }

    public ObjectProperty<SourceOption> sourceProperty() {
        return source;
    }

    public ObjectProperty<String> ratioFirstProperty() {
        return ratioFirst;
    }

    public ObjectProperty<String> ratioSecondProperty() {
        return ratioSecond;
    }

    public ReadOnlyObjectProperty<BarData> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ObservableList<DeliveriesTable.Row> rows() {
        return rowsReadOnly;
    }

    public ReadOnlyStringProperty ratioProperty() {
        return ratio.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceLineProperty() {
        return sourceLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** Chooses the preferred source by id (null: the dataset's priority). */
    public void preferSource(String sourceId) {
        source.set(sourceOptions.stream().filter(o -> Objects.equals(o.sourceId(), sourceId)).findFirst()
                .orElse(SourceOption.PRIORITY));
    }
}
