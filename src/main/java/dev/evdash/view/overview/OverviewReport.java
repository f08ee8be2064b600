package dev.evdash.view.overview;

import dev.evdash.data.Source;
import dev.evdash.model.Kpi;
import dev.evdash.model.OverviewFigures;
import dev.evdash.model.OverviewModel;
import dev.evdash.view.ViewReport;
import dev.evdash.view.controls.ReportParts;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The Overview in a report: its tiles and newest partnerships, each tile's figure in the CSV. */
public final class OverviewReport {

    private OverviewReport() {}

    /** {@code claimsSummary}: how the article's claims fare, as the Claims view counts them. */
    public static ViewReport of(OverviewModel model, String claimsSummary) {
        List<Kpi> kpis = List.copyOf(model.kpis());
        List<Source> sources = kpis.stream().flatMap(k -> k.sources().stream()).distinct().toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Kpi k : kpis) {
            rows.add(List.of(k.period(), k.title(), k.value(), k.change(),
                    String.join("; ", k.sources().stream().map(Source::citation).toList())));
        }
        List<OverviewFigures.PartnershipRow> newest = List.copyOf(model.newestPartnerships());
        return new ViewReport("China's EV market and its alliances: key figures",
                "Latest year in the data for each figure; the article's claims against the record: " + claimsSummary,
                sources, () -> {
                    FlowPane tiles = new FlowPane(12, 12);
                    kpis.forEach(k -> tiles.getChildren().add(KpiTiles.tile(k)));
                    GridPane table = ReportParts.grid(List.of("Announced", "Partners", "Area"),
                            newest.stream().map(r -> List.of(r.date(), r.parties(), r.areas())).toList(), 1);
                    Label heading = new Label("Newest partnerships");
                    heading.getStyleClass().add("section-title");
                    return new VBox(14, tiles, heading, table);
                },
                List.of("period", "figure", "value", "change", "source"), rows);
    }
}
