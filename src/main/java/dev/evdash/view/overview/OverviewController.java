package dev.evdash.view.overview;

import dev.evdash.data.Partnership;
import dev.evdash.model.ClaimsModel;
import dev.evdash.model.Kpi;
import dev.evdash.model.OverviewFigures;
import dev.evdash.model.OverviewModel;
import dev.evdash.view.controls.Columns;
import dev.evdash.fx.Tooltips;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;

/** Binds the Overview's tiles, claims callout and newest partnerships to their models. */
public final class OverviewController {

    private final OverviewModel model;
    private final ClaimsModel claims;
    private final Runnable openClaims;
    private final Consumer<Partnership> openInAlliances;

    @FXML private FlowPane tiles;
    @FXML private Label claimsSummary;
    @FXML private TableView<OverviewFigures.PartnershipRow> partnerships;
    @FXML private TableColumn<OverviewFigures.PartnershipRow, String> dateColumn;
    @FXML private TableColumn<OverviewFigures.PartnershipRow, String> partiesColumn;
    @FXML private TableColumn<OverviewFigures.PartnershipRow, String> areasColumn;

    /** {@code openClaims} shows the Claims view; {@code openInAlliances} shows a partnership in the network. */
    public OverviewController(OverviewModel model, ClaimsModel claims, Runnable openClaims,
            Consumer<Partnership> openInAlliances) {
        this.model = model;
        this.claims = claims;
        this.openClaims = openClaims;
        this.openInAlliances = openInAlliances;
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
        partnerships.setRowFactory(table -> {
            javafx.scene.control.TableRow<OverviewFigures.PartnershipRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    openInAlliances.accept(row.getItem().partnership());
                }
            });
            row.itemProperty().addListener((obs, old, item) -> Tooltips.setText(row, item == null ? null
                    : item.summary() + "\nClick to see it in the alliance network."));
            return row;
        });
    }

    private void showTiles() {
        tiles.getChildren().setAll(model.kpis().stream().map(KpiTiles::tile).toList());
    }

    @FXML
    private void onOpenClaims() {
        openClaims.run();
    }
}
