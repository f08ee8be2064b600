package dev.evdash.model;

import dev.evdash.data.Dataset;
import dev.evdash.data.Source;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The China share view's state: one row per year, derived from the current dataset. */
public final class ChinaShareModel {

    private final ObservableList<ChinaShareRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ChinaShareRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper sourceLine = new ReadOnlyStringWrapper(this, "sourceLine", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");

    public ChinaShareModel(ObservableValue<Dataset> dataset) {
        dataset.addListener((obs, old, d) -> update(d));
        update(dataset.getValue());
    }

    private void update(Dataset d) {
        List<ChinaShareRow> computed = ChinaShareTable.compute(d);
        rows.setAll(computed);
        Set<Source> sources = new LinkedHashSet<>();
        computed.forEach(r -> sources.addAll(r.sources()));
        sourceLine.set(sources.isEmpty() ? "No sourced figures for world and China sales."
                : "Sources: " + String.join("; ", sources.stream().map(Source::citation).toList()));
        subtitle.set(computed.isEmpty() ? "" : "New electric cars (BEV + PHEV) sold per year, "
                + computed.get(0).year() + "–" + computed.get(computed.size() - 1).year());
    }

    public ObservableList<ChinaShareRow> rows() {
        return readOnlyRows;
    }

    public ReadOnlyStringProperty sourceLineProperty() {
        return sourceLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }
}
