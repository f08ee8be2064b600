package dev.evdash.model;

import dev.evdash.data.Dataset;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Overview's state: key figures and the newest partnerships, derived from the current dataset. */
public final class OverviewModel {

    private final ObservableList<Kpi> kpis = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call holds its listeners only weakly and loses them. */
    private final ObservableList<Kpi> kpisReadOnly = FXCollections.unmodifiableObservableList(kpis);
    private final ObservableList<OverviewFigures.PartnershipRow> newest = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call holds its listeners only weakly and loses them. */
    private final ObservableList<OverviewFigures.PartnershipRow> newestReadOnly = FXCollections.unmodifiableObservableList(newest);

    public OverviewModel(ObservableValue<Dataset> dataset) {
        dataset.addListener((obs, old, d) -> update(d));
        update(dataset.getValue());
    }

    private void update(Dataset d) {
        kpis.setAll(OverviewFigures.kpis(d));
        newest.setAll(OverviewFigures.newestPartnerships(d));
    }

    public ObservableList<Kpi> kpis() {
        return kpisReadOnly;
    }

    public ObservableList<OverviewFigures.PartnershipRow> newestPartnerships() {
        return newestReadOnly;
    }
}
