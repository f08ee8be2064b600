package dev.evdash.view.automaker;

import dev.evdash.fx.Tooltips;
import dev.evdash.data.Company;
import dev.evdash.model.Formats;
import dev.evdash.model.claims.ClaimRow;
import dev.evdash.model.profile.AutomakerModel;
import dev.evdash.model.profile.ProfileFigures;
import dev.evdash.view.chart.TimeChartView;
import dev.evdash.view.controls.SourceLinks;
import dev.evdash.view.overview.KpiTiles;
import dev.evdash.view.watchlist.WatchTiles;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/** Binds the automaker profile's panels to {@link AutomakerModel}; every panel follows the company chosen. */
public final class AutomakerController {

    /** What the profile asks of the rest of the window. */
    public interface Actions {
        /** Opens a source's address. */
        void openLink(String url);

        /** Shows a partnership in the alliance network. */
        void showDeal(String partnershipId);

        /** Shows a watchlist metric's history in the Watchlist. */
        void showMetric(String metricId);

        /** Shows a claim in the Claims view. */
        void showClaim(String claimId);
    }

    private final AutomakerModel model;
    private final Actions actions;

    @FXML private Label title;
    @FXML private SearchableComboBox<Company> company;
    @FXML private Label summary;
    @FXML private FlowPane kpis;
    @FXML private TimeChartView deliveriesChart;
    @FXML private Label deliveriesEmpty;
    @FXML private Label deliveriesSources;
    @FXML private Label inChinaCallout;
    @FXML private TimeChartView inChinaChart;
    @FXML private Label inChinaEmpty;
    @FXML private Label inChinaSources;
    @FXML private VBox timeline;
    @FXML private StackPane sharesPane;
    @FXML private TimeChartView sharesChart;
    @FXML private Label sharesNote;
    @FXML private VBox claims;
    @FXML private FlowPane watch;
    @FXML private VBox sources;
    private boolean syncing;

    public AutomakerController(AutomakerModel model, Actions actions) {
        this.model = model;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(model.titleProperty());
        company.setItems(model.automakers());
        company.setConverter(new StringConverter<>() {
            @Override
            public String toString(Company c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Company fromString(String s) {
                return model.automakers().stream().filter(c -> c.name().equals(s)).findFirst().orElse(null);
            }
        });
        company.valueProperty().addListener((obs, old, c) -> {
            if (!syncing && c != null) {
                model.companyProperty().set(c.id());
            }
        });
        model.companyProperty().addListener((obs, old, id) -> selectCompany());
        model.automakers().addListener((javafx.collections.ListChangeListener<Company>) c -> selectCompany());
        selectCompany();
        deliveriesChart.onEventProperty().set(this::onEvent);
        inChinaChart.onEventProperty().set(this::onEvent);
        sharesChart.onEventProperty().set(this::onEvent);
        model.profileProperty().addListener((obs, old, p) -> show(p));
        show(model.profileProperty().get());
    }

    private void selectCompany() {
        syncing = true;
        String id = model.companyProperty().get();
        company.setValue(model.automakers().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null));
        syncing = false;
    }

    /** A click on an event of a time axis: a partnership opens in the network. */
    private void onEvent(String id) {
        model.profileProperty().get().timeline().stream()
                .filter(e -> e.id().equals(id) && e.kind() == ProfileFigures.TimelineEntry.Kind.PARTNERSHIP)
                .findFirst().ifPresent(e -> actions.showDeal(id));
    }

    private void show(AutomakerModel.Profile p) {
        summary.setText(p.summary());
        kpis.getChildren().setAll(p.kpis().stream().map(KpiTiles::tile).toList());

        deliveriesChart.setData(p.deliveries().data());
        boolean noDeliveries = p.deliveries().data().isEmpty();
        deliveriesChart.setVisible(!noDeliveries);
        deliveriesEmpty.setVisible(noDeliveries);
        deliveriesEmpty.setText(noDeliveries ? "No sourced worldwide deliveries of " + name(p) + "." : "");
        deliveriesSources.setText(sourceLine(p.deliveries().sources()));

        inChinaChart.setData(p.inChina().chart().data());
        boolean noChina = p.inChina().chart().data().isEmpty();
        inChinaChart.setVisible(!noChina);
        inChinaEmpty.setVisible(noChina);
        inChinaEmpty.setText(noChina ? "No sourced deliveries of " + name(p) + " in China." : "");
        inChinaCallout.setText(noChina ? "" : p.inChina().callout());
        inChinaSources.setText(sourceLine(p.inChina().chart().sources()));

        boolean noShares = p.chinaShares().data().isEmpty();
        sharesChart.setData(p.chinaShares().data());
        sharesPane.setVisible(!noShares);
        sharesPane.setManaged(!noShares);
        sharesNote.setText(noShares ? "No sourced share of China's market for " + name(p) + "."
                : sourceLine(p.chinaShares().sources()));

        timeline.getChildren().setAll(p.timeline().stream().map(this::entry).toList());
        if (p.timeline().isEmpty()) {
            timeline.getChildren().add(muted("No partnerships or milestones in the data."));
        }
        claims.getChildren().setAll(p.claims().stream().map(this::claim).toList());
        if (p.claims().isEmpty()) {
            claims.getChildren().add(muted("The article makes no claim about " + name(p) + "."));
        }
        watch.getChildren().setAll(p.watch().stream().map(r -> {
            Node tile = WatchTiles.tile(r, false);
            tile.setOnMouseClicked(e -> actions.showMetric(r.metric().id()));
            return tile;
        }).toList());
        if (p.watch().isEmpty()) {
            watch.getChildren().add(muted("No watchlist metric for " + name(p) + "."));
        }
        sources.getChildren().setAll(SourceLinks.links(p.sources(), actions::openLink));
    }

    private static String name(AutomakerModel.Profile p) {
        return p.company() == null ? "this automaker" : p.company().name();
    }

    private static String sourceLine(java.util.List<dev.evdash.data.Source> list) {
        return list.isEmpty() ? "" : Formats.sourceLine(list,
                "hover a figure for its source; all are linked at the foot of the page");
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("chart-note");
        return l;
    }

    private Node entry(ProfileFigures.TimelineEntry e) {
        Label date = new Label(e.date().label());
        date.getStyleClass().add("timeline-date");
        date.setMinWidth(82);
        date.setPrefWidth(82);
        Region marker = new Region();
        marker.getStyleClass().add("timeline-marker");
        marker.getStyleClass().add(switch (e.kind()) {
            case PARTNERSHIP -> "area-" + e.area();
            case MILESTONE -> "timeline-milestone";
            case PLANNED -> "timeline-planned";
        });
        Label what = new Label(e.title());
        what.getStyleClass().add("timeline-title");
        what.setWrapText(true);
        Label detail = new Label(e.detail());
        detail.getStyleClass().add("timeline-detail");
        detail.setWrapText(true);
        detail.setMaxHeight(36);
        VBox text = new VBox(1, what, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, date, marker, text);
        row.getStyleClass().addAll("timeline-entry", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        Tooltips.install(row, e.title() + "\n" + e.detail() + "\nSource: " + String.join("; ",
                e.sources().stream().map(s -> s.citation()).toList())
                + (e.kind() == ProfileFigures.TimelineEntry.Kind.PARTNERSHIP ? "\nClick to see it in the network." : ""),
                AutomakerController::wrapped);
        if (e.kind() == ProfileFigures.TimelineEntry.Kind.PARTNERSHIP) {
            row.setOnMouseClicked(ev -> actions.showDeal(e.id()));
        } else if (!e.sources().isEmpty() && e.sources().get(0).url() != null) {
            row.setOnMouseClicked(ev -> actions.openLink(e.sources().get(0).url()));
        }
        return row;
    }

    private Node claim(ClaimRow r) {
        Label verdict = new Label(r.verdictWords());
        verdict.getStyleClass().addAll("claim-verdict", dev.evdash.view.claims.ClaimsStyles.of(r.verdict()));
        verdict.setMinWidth(112);
        Label text = new Label(r.claim().claim());
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, verdict, text);
        row.getStyleClass().add("profile-claim");
        Tooltips.install(row, r.record() + "\nClick to see it in the Claims view.", AutomakerController::wrapped);
        row.setOnMouseClicked(e -> actions.showClaim(r.claim().id()));
        return row;
    }

    /** A long tooltip wraps within a readable width. */
    private static void wrapped(javafx.scene.control.Tooltip tip) {
        tip.setWrapText(true);
        tip.setMaxWidth(480);
    }
}
