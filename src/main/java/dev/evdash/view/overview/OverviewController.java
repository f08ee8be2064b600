package dev.evdash.view.overview;

import dev.evdash.data.Source;
import dev.evdash.model.ClaimsModel;
import dev.evdash.model.Kpi;
import dev.evdash.model.OverviewFigures;
import dev.evdash.model.OverviewModel;
import dev.evdash.view.controls.Columns;
import dev.evdash.view.controls.Sparkline;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Binds the Overview's tiles, claims callout and newest partnerships to their models. */
public final class OverviewController {

    private final OverviewModel model;
    private final ClaimsModel claims;
    private final Runnable openClaims;
    private final Consumer<String> linkOpener;

    @FXML private FlowPane tiles;
    @FXML private Label claimsSummary;
    @FXML private TableView<OverviewFigures.PartnershipRow> partnerships;
    @FXML private TableColumn<OverviewFigures.PartnershipRow, String> dateColumn;
    @FXML private TableColumn<OverviewFigures.PartnershipRow, String> partiesColumn;
    @FXML private TableColumn<OverviewFigures.PartnershipRow, String> areasColumn;
    @FXML private Label detailsTitle;
    @FXML private Label detailsSummary;
    @FXML private VBox detailsSources;

    /** {@code openClaims} shows the Claims view; {@code linkOpener} opens a source's address. */
    public OverviewController(OverviewModel model, ClaimsModel claims, Runnable openClaims, Consumer<String> linkOpener) {
        this.model = model;
        this.claims = claims;
        this.openClaims = openClaims;
        this.linkOpener = linkOpener;
    }

    @FXML
    private void initialize() {
        model.kpis().addListener((ListChangeListener<Kpi>) c -> showTiles());
        showTiles();
        claimsSummary.textProperty().bind(javafx.beans.binding.Bindings.concat(
                "The article this product grew from, against the record: ", claims.summaryProperty()));

        Columns.text(dateColumn, OverviewFigures.PartnershipRow::date);
        Columns.text(partiesColumn, OverviewFigures.PartnershipRow::parties);
        Columns.text(areasColumn, OverviewFigures.PartnershipRow::areas);
        partnerships.setItems(model.newestPartnerships());
        partnerships.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> showDetails(row));
    }

    private void showTiles() {
        tiles.getChildren().setAll(model.kpis().stream().map(OverviewController::tile).toList());
    }

    private static Node tile(Kpi k) {
        Label title = new Label(k.title());
        title.getStyleClass().add("kpi-title");
        title.setWrapText(true);
        Label value = new Label(k.value());
        value.getStyleClass().add("kpi-value");
        value.setWrapText(true);
        Label change = new Label(k.period() + (k.change().isEmpty() ? "" : " · " + k.change()));
        change.getStyleClass().addAll("kpi-change", k.direction() > 0 ? "up" : k.direction() < 0 ? "down" : "flat");
        Sparkline trend = new Sparkline();
        trend.setValues(k.trend());
        VBox tile = new VBox(4, title, value, change, trend);
        tile.getStyleClass().add("kpi-tile");
        Tooltip tip = new Tooltip(k.provenance());
        tip.setShowDelay(Duration.millis(200));
        tip.setShowDuration(Duration.seconds(30));
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        Tooltip.install(tile, tip);
        return tile;
    }

    private void showDetails(OverviewFigures.PartnershipRow row) {
        if (row == null) {
            return;
        }
        detailsTitle.setText(row.parties() + " · " + row.date() + " · " + row.areas());
        detailsSummary.setText(row.summary());
        detailsSources.getChildren().setAll(row.sources().stream().map(this::sourceLink).toList());
    }

    private Node sourceLink(Source s) {
        Hyperlink link = new Hyperlink(s.citation());
        link.setWrapText(true);
        link.setTooltip(new Tooltip(s.url()));
        link.setOnAction(e -> linkOpener.accept(s.url()));
        return link;
    }

    @FXML
    private void onOpenClaims() {
        openClaims.run();
    }
}
