package dev.evdash.export;

import dev.evdash.model.AlliancesModel;
import dev.evdash.model.DataModel;
import dev.evdash.model.DeliveriesModel;
import dev.evdash.view.ViewCatalog;
import dev.evdash.view.ViewModels;
import java.util.concurrent.Executor;

/** The view models an export reads: the same ones the window shows, so an export has its filters. */
public final class ExportModels {

    private final ViewModels models;

    public ExportModels(ViewModels models) {
        this.models = models;
    }

    /** Fresh models on {@code data}, with default filters; the network is laid out on {@code layout}. */
    public static ExportModels of(DataModel data, Executor layout, Executor ui) {
        return new ExportModels(new ViewModels(data, layout, ui, null));
    }

    public DataModel data() {
        return models.data();
    }

    public ViewModels models() {
        return models;
    }

    public DeliveriesModel deliveries() {
        return models.of(ViewCatalog.DELIVERIES);
    }

    /** The network and its metrics, which a report pack also writes as GraphML. */
    public AlliancesModel alliances() {
        return models.of(ViewCatalog.ALLIANCES);
    }
}
