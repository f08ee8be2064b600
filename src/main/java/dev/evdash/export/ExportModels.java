package dev.evdash.export;

import dev.evdash.model.WatchlistModel;
import dev.evdash.model.AlliancesModel;
import dev.evdash.model.ChinaShareModel;
import dev.evdash.model.ClaimsModel;
import dev.evdash.model.DataModel;
import dev.evdash.model.DeliveriesModel;
import dev.evdash.model.OverviewModel;
import dev.evdash.model.SourcesModel;
import java.util.concurrent.Executor;

/** The view models an export reads: the same ones the window shows, so an export has its filters. */
public record ExportModels(DataModel data, OverviewModel overview, ChinaShareModel chinaShare,
        DeliveriesModel deliveries, AlliancesModel alliances, ClaimsModel claims, SourcesModel sources,
        WatchlistModel watchlist) {

    /** Fresh models on {@code data}, with default filters; the network is laid out on {@code layout}. */
    public static ExportModels of(DataModel data, Executor layout, Executor ui) {
        return new ExportModels(data, new OverviewModel(data.datasetProperty()),
                new ChinaShareModel(data.datasetProperty()), new DeliveriesModel(data.datasetProperty()),
                new AlliancesModel(data.datasetProperty(), layout, ui), new ClaimsModel(data.datasetProperty()),
                new SourcesModel(data.datasetProperty()), new WatchlistModel(data.datasetProperty()));
    }
}
