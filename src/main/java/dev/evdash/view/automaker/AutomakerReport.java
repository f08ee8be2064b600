package dev.evdash.view.automaker;

import dev.evdash.data.Source;
import dev.evdash.model.Kpi;
import dev.evdash.model.WatchRow;
import dev.evdash.model.chinamarket.ChinaMarketCharts;
import dev.evdash.model.claims.ClaimRow;
import dev.evdash.model.profile.AutomakerModel;
import dev.evdash.model.profile.ProfileFigures;
import dev.evdash.view.ViewReport;
import dev.evdash.view.chart.TimeChartView;
import dev.evdash.view.controls.ReportParts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * One automaker as an analyst pastes it into a note: key figures, deliveries with the BEV/PHEV split and
 * BEV share, its deliveries in China, its latest partnerships and milestones, the article's claims about
 * it. The CSV holds every figure with its wording and source, the timeline, the watchlist values and the
 * claims with their verdicts.
 */
public final class AutomakerReport {

    static final int TIMELINE_ROWS = 8;

    private AutomakerReport() {}

    public static ViewReport of(AutomakerModel model) {
        AutomakerModel.Profile p = model.profileProperty().get();
        List<List<Object>> rows = new ArrayList<>();
        for (Kpi k : p.kpis()) {
            rows.add(List.of("key figure", k.title(), k.period(), k.value(), "", k.change(),
                    k.sources().stream().map(Source::citation).collect(Collectors.joining("; ")), ""));
        }
        addChart(rows, p.deliveries());
        addChart(rows, p.inChina().chart());
        addChart(rows, p.chinaShares());
        for (ProfileFigures.TimelineEntry e : p.timeline()) {
            rows.add(List.of("timeline", e.title(), e.date().toString(), "", e.kind().name().toLowerCase(), e.detail(),
                    e.sources().stream().map(Source::citation).collect(Collectors.joining("; ")), e.id()));
        }
        for (WatchRow w : p.watch()) {
            rows.add(List.of("watchlist", w.metric().name(), w.period(), w.latest(), w.metric().unit(), w.via(),
                    w.sources().stream().map(Source::citation).collect(Collectors.joining("; ")), w.target()));
        }
        for (ClaimRow c : p.claims()) {
            rows.add(List.of("claim", c.claim().claim(), "", "", "", c.verdictWords(),
                    c.sources().stream().map(Source::citation).collect(Collectors.joining("; ")), c.record()));
        }
        String title = p.company() == null ? "Automaker profile" : p.company().name() + ": automaker profile";
        String kpiLine = p.kpis().stream().map(k -> k.title() + " " + k.value() + (k.period().isEmpty() ? ""
                : " (" + k.period() + ")")).collect(Collectors.joining(" · "));
        return new ViewReport(title, p.summary() + ". " + kpiLine, p.sources(), () -> content(p),
                List.of("section", "item", "period", "value", "unit", "as_worded", "source", "note"), rows);
    }

    private static void addChart(List<List<Object>> rows, ChinaMarketCharts.Chart chart) {
        for (ChinaMarketCharts.Row r : chart.rows()) {
            rows.add(List.of(r.chart(), r.series(), r.period().toString(), r.value(), r.unit(),
                    r.wording() == null ? "" : r.wording(), r.source() == null ? "" : r.source(),
                    r.note() == null ? "" : r.note()));
        }
    }

    private static Node content(AutomakerModel.Profile p) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(10);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
        }
        RowConstraints charts = new RowConstraints();
        charts.setPercentHeight(58);
        RowConstraints lists = new RowConstraints();
        lists.setPercentHeight(42);
        grid.getRowConstraints().addAll(charts, lists);
        grid.add(panel("Deliveries worldwide: BEV, PHEV and BEV share", chart(p.deliveries())), 0, 0);
        VBox china = panel("In China: its deliveries there and China's share of them", chart(p.inChina().chart()));
        if (!p.inChina().callout().isEmpty()) {
            Label callout = new Label(p.inChina().callout());
            callout.setWrapText(true);
            callout.setMinHeight(Region.USE_PREF_SIZE);
            callout.getStyleClass().add("chart-note");
            china.getChildren().add(1, callout);
        }
        grid.add(china, 1, 0);
        List<List<String>> timeline = p.timeline().stream().limit(TIMELINE_ROWS)
                .map(e -> List.of(e.date().label(), e.title() + (e.kind() == ProfileFigures.TimelineEntry.Kind.PLANNED
                        ? " (planned)" : ""))).toList();
        grid.add(panel("Latest partnerships and milestones", ReportParts.grid(List.of("Date", "What"), timeline, 1)), 0, 1);
        List<List<String>> claims = p.claims().stream().map(c -> List.of(c.verdictWords(), c.claim().claim())).toList();
        grid.add(panel("The article's claims about it", claims.isEmpty() ? new Label("None.")
                : ReportParts.grid(List.of("Verdict", "Claim"), claims, 1)), 1, 1);
        VBox.setVgrow(grid, Priority.ALWAYS);
        return grid;
    }

    private static Node chart(ChinaMarketCharts.Chart c) {
        if (c.data().isEmpty()) {
            Label none = new Label("No sourced figures.");
            none.getStyleClass().add("chart-note");
            return none;
        }
        TimeChartView view = new TimeChartView();
        view.setData(c.data());
        VBox.setVgrow(view, Priority.ALWAYS);
        return view;
    }

    private static VBox panel(String title, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        t.setWrapText(true);
        VBox box = new VBox(4, t, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        return box;
    }
}
