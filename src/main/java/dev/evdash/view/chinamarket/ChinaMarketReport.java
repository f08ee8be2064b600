package dev.evdash.view.chinamarket;

import dev.evdash.model.chart.TimeChartData;
import dev.evdash.model.chinamarket.ChinaMarketCharts;
import dev.evdash.model.chinamarket.ChinaMarketModel;
import dev.evdash.view.ViewReport;
import dev.evdash.view.chart.PanelGrid;
import dev.evdash.view.chart.TimeChartView;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The China market view in a report: its four charts as filtered, every plotted figure in the CSV. */
public final class ChinaMarketReport {

    /** A panel shorter than this is drawn only where all four fit (each chart keeps a readable plot). */
    static final double MIN_PANEL_HEIGHT = 240;

    private ChinaMarketReport() {}

    public static ViewReport of(ChinaMarketModel model) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChinaMarketCharts.Row r : model.rows()) {
            rows.add(List.of(r.chart(), r.series(), r.period().toString(), r.value(), r.unit(), r.wording(), r.source(),
                    r.note() == null ? "" : r.note()));
        }
        String milestone = model.milestoneProperty().get();
        String callout = model.calloutProperty().get();
        TimeChartData penetration = model.penetrationProperty().get().data();
        TimeChartData brands = model.brandsProperty().get().data();
        TimeChartData nev = model.nevProperty().get().data();
        TimeChartData inChina = model.inChinaProperty().get().data();
        String company = model.companyName();
        String body = model.shareBodyProperty().get();
        return new ViewReport("China's car market: how electric, who sells it, " + company + "'s place",
                model.subtitleProperty().get() + (milestone.isEmpty() ? "" : ". " + milestone)
                        + (callout.isEmpty() ? "" : " " + callout),
                model.sources(), () -> {
                    // the partners are named once, on the first chart; the others carry the same markers
                    List<String> titles = List.of("NEV share of new cars sold", "Shares by brand origin (" + body + ")",
                            "Automakers' shares of China's NEV market", company + " in China");
                    List<Node> panels = List.of(panel(titles.get(0), penetration, null),
                            panel(titles.get(1), unlabelled(brands), null), panel(titles.get(2), unlabelled(nev), null),
                            panel(titles.get(3), unlabelled(inChina), null));
                    // where four do not fit, the NEV share and the company's place, the article's questions
                    PanelGrid grid = new PanelGrid(panels, titles, List.of(0, 3), MIN_PANEL_HEIGHT,
                            "Their figures are in the CSV; the report draws all four at 1600×900 and larger.");
                    VBox.setVgrow(grid, Priority.ALWAYS);
                    return grid;
                },
                List.of("chart", "series", "period", "value", "unit", "as_worded", "source", "note"), rows);
    }

    private static TimeChartData unlabelled(TimeChartData d) {
        return new TimeChartData(d.from(), d.to(), d.left(), d.right(), d.lines(), d.stacks(), d.bars(),
                d.events().stream().map(e -> new TimeChartData.Event(e.at(), e.id(), "", e.tooltip(), e.colour(),
                        e.kind())).toList(), d.rules(), d.gaps());
    }

    private static Node panel(String title, TimeChartData data, String note) {
        Label heading = new Label(title);
        heading.getStyleClass().add("chart-title");
        TimeChartView chart = new TimeChartView();
        chart.setData(data);
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox box = new VBox(4, heading, chart);
        box.getStyleClass().add("chart-panel");
        if (note != null) {
            Label n = new Label(note);
            n.setWrapText(true);
            n.getStyleClass().add("market-callout");
            n.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.getChildren().add(n);
        }
        return box;
    }
}
