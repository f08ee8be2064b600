package dev.evdash.view;

import dev.evdash.data.CompanyKind;
import dev.evdash.data.Partnership;
import dev.evdash.model.AlliancesModel;
import dev.evdash.model.ChinaShareModel;
import dev.evdash.model.ClaimsModel;
import dev.evdash.model.DeliveriesModel;
import dev.evdash.model.OverviewModel;
import dev.evdash.model.SourcesModel;
import dev.evdash.model.ViewId;
import dev.evdash.model.WatchlistModel;
import dev.evdash.model.profile.AutomakerModel;
import dev.evdash.view.automaker.AutomakerController;
import dev.evdash.view.automaker.AutomakerReport;
import dev.evdash.model.edit.DataViewModel;
import dev.evdash.view.alliances.AlliancesController;
import dev.evdash.view.alliances.AlliancesReport;
import dev.evdash.model.chinamarket.ChinaMarketModel;
import dev.evdash.view.chinamarket.ChinaMarketController;
import dev.evdash.view.chinamarket.ChinaMarketReport;
import dev.evdash.view.claims.ClaimsController;
import dev.evdash.view.claims.ClaimsReport;
import dev.evdash.view.data.DataController;
import dev.evdash.view.deliveries.DeliveriesController;
import dev.evdash.view.deliveries.DeliveriesReport;
import dev.evdash.view.market.ChinaShareController;
import dev.evdash.view.market.ChinaShareReport;
import dev.evdash.view.overview.OverviewController;
import dev.evdash.view.overview.OverviewReport;
import dev.evdash.view.sources.SourcesController;
import dev.evdash.view.sources.SourcesReport;
import dev.evdash.view.watchlist.WatchlistActions;
import dev.evdash.view.watchlist.WatchlistController;
import dev.evdash.view.watchlist.WatchlistReport;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;

/**
 * Every view of the main window, in sidebar order, each declared once: adding a view is one entry here
 * (and its key in {@link ViewId}, which gives its title); the sidebar, the View menu and shortcuts, {@code --views}, the report
 * pack and the composition root follow from it.
 */
public final class ViewCatalog {

    private ViewCatalog() {}

    public static final ViewSpec<OverviewModel> OVERVIEW = ViewSpec.of(ViewId.OVERVIEW, OverviewModel.class)
            .icon("mdi2v-view-dashboard-outline").shortcut(KeyCode.DIGIT1)
            .model(m -> new OverviewModel(m.data().datasetProperty()))
            .controller(OverviewController.class, (model, m, s) -> new OverviewController(model,
                    m.of(ViewCatalog.CLAIMS), () -> s.show(ViewId.CLAIMS), p -> showInAlliances(p, m, s)))
            .report((model, m) -> OverviewReport.of(model, m.of(ViewCatalog.CLAIMS).summaryProperty().get()))
            .build();

    public static final ViewSpec<ChinaShareModel> CHINA_SHARE =
            ViewSpec.of(ViewId.CHINA_SHARE, ChinaShareModel.class)
            .icon("mdi2c-chart-bar-stacked").shortcut(KeyCode.DIGIT2).aliases("share")
            .model(m -> new ChinaShareModel(m.data().datasetProperty()))
            .controller(ChinaShareController.class, (model, m, s) -> new ChinaShareController(model))
            .report((model, m) -> ChinaShareReport.of(model))
            .build();

    public static final ViewSpec<ChinaMarketModel> CHINA_MARKET =
            ViewSpec.of(ViewId.CHINA_MARKET, ChinaMarketModel.class)
            .icon("mdi2c-chart-timeline-variant").shortcut(KeyCode.DIGIT3).menuText("China _market")
            .model(m -> new ChinaMarketModel(m.data().datasetProperty()))
            .controller(ChinaMarketController.class, (model, m, s) ->
                    new ChinaMarketController(model, id -> showDeal(id, m, s)))
            .report((model, m) -> ChinaMarketReport.of(model))
            .build();

    public static final ViewSpec<DeliveriesModel> DELIVERIES =
            ViewSpec.of(ViewId.DELIVERIES, DeliveriesModel.class)
            .icon("mdi2c-chart-bar").shortcut(KeyCode.DIGIT4)
            .model(m -> new DeliveriesModel(m.data().datasetProperty()))
            .controller(DeliveriesController.class, (model, m, s) -> new DeliveriesController(model))
            .report((model, m) -> DeliveriesReport.of(model))
            .build();

    public static final ViewSpec<AlliancesModel> ALLIANCES =
            ViewSpec.of(ViewId.ALLIANCES, AlliancesModel.class)
            .icon("mdi2g-graph-outline").shortcut(KeyCode.DIGIT5)
            .model(m -> new AlliancesModel(m.data().datasetProperty(), m.background(), m.ui()))
            .controller(AlliancesController.class, (model, m, s) ->
                    new AlliancesController(model, s.allianceFiles(), s::openLink))
            .report((model, m) -> AlliancesReport.of(model, m.data().getDataset()))
            .build();

    public static final ViewSpec<AutomakerModel> AUTOMAKER =
            ViewSpec.of(ViewId.AUTOMAKER, AutomakerModel.class)
            .icon("mdi2c-car-info").shortcut(KeyCode.DIGIT6).aliases("profile").menuText("A_utomaker profile")
            .model(m -> new AutomakerModel(m.data().datasetProperty()))
            .controller(AutomakerController.class, (model, m, s) -> new AutomakerController(model,
                    new AutomakerController.Actions() {
                        @Override
                        public void openLink(String url) {
                            s.openLink(url);
                        }

                        @Override
                        public void showDeal(String partnershipId) {
                            ViewCatalog.showDeal(partnershipId, m, s);
                        }

                        @Override
                        public void showMetric(String metricId) {
                            showWatchMetric(metricId, m, s);
                        }

                        @Override
                        public void showClaim(String claimId) {
                            m.of(ViewCatalog.CLAIMS).show(claimId);
                            s.show(ViewId.CLAIMS);
                        }
                    }))
            .report((model, m) -> AutomakerReport.of(model))
            .build();

    public static final ViewSpec<WatchlistModel> WATCHLIST =
            ViewSpec.of(ViewId.WATCHLIST, WatchlistModel.class)
            .icon("mdi2e-eye-outline").shortcut(KeyCode.DIGIT7)
            .model(m -> new WatchlistModel(m.data().datasetProperty()))
            .controller(WatchlistController.class, (model, m, s) -> new WatchlistController(model,
                    new WatchlistActions() {
                        @Override
                        public void addValue(String metricId) {
                            s.show(ViewId.DATA);
                            DataViewModel data = m.of(ViewCatalog.DATA);
                            data.selectedMetricProperty().set(metricId);
                            data.newMetricPoint();
                        }

                        @Override
                        public void addMetric() {
                            s.show(ViewId.DATA);
                            m.of(ViewCatalog.DATA).newWatchMetric();
                        }
                    }))
            .report((model, m) -> WatchlistReport.of(model, m.data().getDataset()))
            .build();

    public static final ViewSpec<ClaimsModel> CLAIMS = ViewSpec.of(ViewId.CLAIMS, ClaimsModel.class)
            .icon("mdi2s-scale-unbalanced").shortcut(KeyCode.DIGIT8).menuText("C_laims")
            .model(m -> new ClaimsModel(m.data().datasetProperty()))
            .controller(ClaimsController.class, (model, m, s) ->
                    new ClaimsController(model, s::openLink, id -> showDeal(id, m, s)))
            .report((model, m) -> ClaimsReport.of(model))
            .build();

    public static final ViewSpec<SourcesModel> SOURCES = ViewSpec.of(ViewId.SOURCES, SourcesModel.class)
            .icon("mdi2b-book-open-variant").shortcut(KeyCode.DIGIT9)
            .model(m -> new SourcesModel(m.data().datasetProperty()))
            .controller(SourcesController.class, (model, m, s) -> new SourcesController(model, s::openLink))
            .report((model, m) -> SourcesReport.of(model))
            .build();

    /** The editor: not a view to export. */
    public static final ViewSpec<DataViewModel> DATA = ViewSpec.of(ViewId.DATA, DataViewModel.class)
            .icon("mdi2t-table-edit").shortcut(KeyCode.DIGIT0).menuText("Da_ta")
            .model(m -> new DataViewModel(m.data(), m.editor()))
            .controller(DataController.class, (model, m, s) ->
                    new DataController(model, s.dataActions(), s.dataTarget()))
            .build();

    private static final List<ViewSpec<?>> ALL = List.of(OVERVIEW, CHINA_SHARE, CHINA_MARKET, DELIVERIES, ALLIANCES,
            AUTOMAKER, WATCHLIST, CLAIMS, SOURCES, DATA);

    private static final Map<ViewId, ViewSpec<?>> BY_ID =
            ALL.stream().collect(Collectors.toUnmodifiableMap(ViewSpec::id, Function.identity()));

    /** Every view, in sidebar order. */
    public static List<ViewSpec<?>> all() {
        return ALL;
    }

    /** The views that go into images, CSV and report packs, in sidebar order. */
    public static List<ViewSpec<?>> exportable() {
        return ALL.stream().filter(ViewSpec::exportable).toList();
    }

    public static ViewSpec<?> spec(ViewId id) {
        ViewSpec<?> s = BY_ID.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no view declared for " + id);
        }
        return s;
    }

    /** Opens the Watchlist on metric {@code id}, with every metric shown. */
    static void showWatchMetric(String id, ViewModels m, ViewServices s) {
        WatchlistModel w = m.of(WATCHLIST);
        w.show(id);
        s.show(ViewId.WATCHLIST);
    }

    /** Opens the Alliances view with partnership {@code id} selected. */
    static void showDeal(String id, ViewModels m, ViewServices s) {
        if (m.of(ALLIANCES).showDeal(id)) {
            s.show(ViewId.ALLIANCES);
        }
    }

    /** Opens the Alliances view on a partnership: its first automaker (else first party) selected. */
    static void showInAlliances(Partnership p, ViewModels m, ViewServices s) {
        String party = p.parties().stream()
                .filter(id -> m.data().getDataset().company(id).map(c -> c.kind() == CompanyKind.AUTOMAKER)
                        .orElse(false))
                .findFirst().orElse(p.parties().get(0));
        m.of(ALLIANCES).selectedProperty().set(party);
        s.show(ViewId.ALLIANCES);
    }
}
