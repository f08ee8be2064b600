package dev.evdash.export;

import dev.evdash.data.Dataset;
import dev.evdash.data.Partnership;
import dev.evdash.data.Source;
import dev.evdash.graph.GraphCanvas;
import dev.evdash.model.ChinaShareModel;
import dev.evdash.model.ChinaShareRow;
import dev.evdash.model.ClaimCheck;
import dev.evdash.model.Formats;
import dev.evdash.model.Kpi;
import dev.evdash.model.OverviewFigures;
import dev.evdash.model.WatchRow;
import dev.evdash.view.watchlist.WatchTiles;
import dev.evdash.model.SourceRow;
import dev.evdash.model.ViewId;
import dev.evdash.model.chart.BarData;
import dev.evdash.view.alliances.Legend;
import dev.evdash.view.chart.BarChartView;
import dev.evdash.view.overview.KpiTiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Builds each view's {@link ViewExport} from the models, with the filters the analyst set. */
public final class ViewExports {

    static final int TABLE_ROWS = 22;

    private ViewExports() {}

    /** The views that can be exported, in the order of the sidebar. */
    public static List<ViewId> exportable() {
        return java.util.Arrays.stream(ViewId.values()).filter(v -> v != ViewId.DATA).toList();
    }

    public static ViewExport of(ViewId view, ExportModels m) {
        return switch (view) {
            case OVERVIEW -> overview(m);
            case CHINA_SHARE -> chinaShare(m);
            case DELIVERIES -> deliveries(m);
            case ALLIANCES -> alliances(m);
            case CLAIMS -> claims(m);
            case SOURCES -> sources(m);
            case WATCHLIST -> watchlist(m);
            case DATA -> throw new IllegalArgumentException("the Data view is the editor, not a view to export");
        };
    }

    private static ViewExport chinaShare(ExportModels m) {
        ChinaShareModel model = m.chinaShare();
        BarData data = model.chartProperty().get();
        boolean share = model.modeProperty().get() == ChinaShareModel.Mode.SHARE_OF_WORLD;
        Set<Source> sources = new LinkedHashSet<>();
        model.rows().forEach(r -> sources.addAll(r.sources()));
        List<List<Object>> rows = new ArrayList<>();
        for (ChinaShareRow r : model.rows()) {
            String cited = String.join("; ", r.sources().stream().map(Source::citation).toList());
            rows.add(List.of(r.year(), "World", r.worldSales(), "vehicles", cited));
            rows.add(List.of(r.year(), "China", r.chinaSales(), "vehicles", cited));
            r.europe().ifPresent(e -> rows.add(List.of(r.year(), "Europe", e.value(), "vehicles", cited)));
            r.usa().ifPresent(u -> rows.add(List.of(r.year(), "United States", u.value(), "vehicles", cited)));
            rows.add(List.of(r.year(), "Rest of world", r.otherSales(), "vehicles", "computed: world minus the regions"));
            rows.add(List.of(r.year(), "China's share of world", round(r.chinaSharePercent()), "%",
                    "computed: China / World"));
        }
        DoubleFunction<String> ticks = share ? v -> Formats.count(v) + " %" : Formats::compact;
        return new ViewExport(ViewId.CHINA_SHARE, "China's share of world electric car sales",
                model.subtitleProperty().get(), List.copyOf(sources), () -> chart(data, ticks, false),
                new CsvTable(List.of("period", "series", "value", "unit", "source"), rows));
    }

    private static ViewExport deliveries(ExportModels m) {
        BarData data = m.deliveries().chartProperty().get();
        Set<Source> sources = new LinkedHashSet<>();
        m.deliveries().rows().forEach(r -> sources.addAll(r.sources()));
        List<List<Object>> rows = new ArrayList<>();
        for (BarData.Bar bar : data.bars()) {
            for (BarData.Segment s : bar.segments()) {
                rows.add(List.of(data.categories().get(bar.category()), data.groups().get(bar.group()),
                        data.stacks().get(s.stack()), s.value(), data.unit(), s.source(),
                        s.conflict() ? "sources disagree" : ""));
            }
        }
        String ratio = m.deliveries().ratioProperty().get();
        boolean log = m.deliveries().logScaleProperty().get();
        return new ViewExport(ViewId.DELIVERIES, "Electric car deliveries by automaker",
                m.deliveries().subtitleProperty().get() + (ratio.isEmpty() ? "" : ". " + ratio),
                List.copyOf(sources), () -> chart(data, Formats::compact, log),
                new CsvTable(List.of("period", "automaker", "series", "value", "unit", "source", "note"), rows));
    }

    private static Node chart(BarData data, DoubleFunction<String> ticks, boolean log) {
        BarChartView chart = new BarChartView();
        chart.setData(data);
        chart.setTickFormat(ticks);
        chart.logScaleProperty().set(log);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return chart;
    }

    private static ViewExport alliances(ExportModels m) {
        Dataset d = m.data().getDataset();
        var model = m.alliances();
        List<Partnership> shown = model.graphProperty().get() == null ? List.of() : model.graphProperty().get().partnerships();
        List<Source> sources = shown.stream().flatMap(p -> p.sources().stream()).distinct().map(d::source)
                .flatMap(Optional::stream).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Partnership p : shown) {
            rows.add(List.of(p.announced(), p.id(),
                    p.parties().stream().map(id -> d.company(id).map(c -> c.name()).orElse(id))
                            .collect(Collectors.joining("; ")),
                    p.areas().stream().map(a -> a.label()).collect(Collectors.joining("; ")),
                    p.status().name().toLowerCase(java.util.Locale.ROOT),
                    p.sources().stream().map(id -> d.source(id).map(Source::url).orElse(id))
                            .collect(Collectors.joining(" "))));
        }
        var scene = model.sceneProperty().get();
        var state = model.viewStateProperty().get();
        return new ViewExport(ViewId.ALLIANCES, "Automaker–technology alliances",
                model.summaryProperty().get() + "; " + model.describeFilter(), sources, () -> {
                    GraphCanvas canvas = new GraphCanvas();
                    canvas.setGraphScene(scene);
                    canvas.selectedProperty().set(model.selectedProperty().get());
                    canvas.layoutBoundsProperty().addListener((obs, old, b) -> canvas.apply(state));
                    VBox.setVgrow(canvas, Priority.ALWAYS);
                    VBox box = new VBox(8, canvas, Legend.create());
                    VBox.setVgrow(box, Priority.ALWAYS);
                    return box;
                },
                new CsvTable(List.of("announced", "partnership", "parties", "areas", "status", "sources"), rows));
    }

    private static ViewExport overview(ExportModels m) {
        List<Kpi> kpis = List.copyOf(m.overview().kpis());
        List<Source> sources = kpis.stream().flatMap(k -> k.sources().stream()).distinct().toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Kpi k : kpis) {
            rows.add(List.of(k.period(), k.title(), k.value(), k.change(),
                    String.join("; ", k.sources().stream().map(Source::citation).toList())));
        }
        List<OverviewFigures.PartnershipRow> newest = List.copyOf(m.overview().newestPartnerships());
        String claims = m.claims().summaryProperty().get();
        return new ViewExport(ViewId.OVERVIEW, "China's EV market and its alliances: key figures",
                "Latest year in the data for each figure; the article's claims against the record: " + claims,
                sources, () -> {
                    FlowPane tiles = new FlowPane(12, 12);
                    kpis.forEach(k -> tiles.getChildren().add(KpiTiles.tile(k)));
                    GridPane table = grid(List.of("Announced", "Partners", "Area"),
                            newest.stream().map(r -> List.of(r.date(), r.parties(), r.areas())).toList(), 1);
                    Label heading = new Label("Newest partnerships");
                    heading.getStyleClass().add("section-title");
                    return new VBox(14, tiles, heading, table);
                },
                new CsvTable(List.of("period", "figure", "value", "change", "source"), rows));
    }

    private static ViewExport watchlist(ExportModels m) {
        Dataset d = m.data().getDataset();
        List<WatchRow> rows = List.copyOf(m.watchlist().rows());
        String selected = m.watchlist().selectedProperty().get();
        Optional<WatchRow> chosen = rows.stream().filter(r -> r.metric().id().equals(selected)).findFirst();
        BarData history = m.watchlist().chartProperty().get();
        Set<Source> sources = new LinkedHashSet<>();
        rows.forEach(r -> sources.addAll(r.sources()));
        List<List<Object>> csv = new ArrayList<>();
        for (WatchRow r : rows) {
            if (r.metric().points().isEmpty()) {
                csv.add(List.of(r.metric().id(), r.metric().name(), r.company(), "", "", r.metric().unit(), "",
                        "no data yet"));
            }
            for (var p : r.metric().points()) {
                csv.add(List.of(r.metric().id(), r.metric().name(), r.company(), p.period().toString(), p.value(),
                        r.metric().unit(), d.source(p.source()).map(Source::citation).orElse(p.source()),
                        p.note() == null ? "" : p.note()));
            }
        }
        long withData = rows.stream().filter(WatchRow::hasData).count();
        return new ViewExport(ViewId.WATCHLIST, "AI-adoption watchlist", rows.size() + " metrics the article advises"
                + " investors to monitor; " + (withData == 0 ? "no source has reported a value for any yet"
                        : withData + " with sourced values"), List.copyOf(sources), () -> {
                    FlowPane tiles = new FlowPane(12, 12);
                    rows.forEach(r -> tiles.getChildren().add(WatchTiles.tile(r, false)));
                    Label heading = new Label(chosen.map(r -> r.metric().name() + ": history").orElse(""));
                    heading.getStyleClass().add("section-title");
                    Node body;
                    if (history.isEmpty()) {
                        Label none = new Label(chosen.map(r -> "No data yet: no source in the data gives a value for "
                                + r.metric().name() + ".").orElse("No metric chosen."));
                        none.getStyleClass().add("watch-no-data");
                        none.setWrapText(true);
                        body = none;
                    } else {
                        body = chart(history, Formats::compact, false);
                    }
                    VBox box = new VBox(14, tiles, heading, body);
                    VBox.setVgrow(body, Priority.ALWAYS);
                    return box;
                },
                new CsvTable(List.of("metric", "name", "company", "period", "value", "unit", "source", "note"), csv));
    }

    private static ViewExport claims(ExportModels m) {
        List<ClaimCheck> checks = List.copyOf(m.claims().rows());
        Set<Source> sources = new LinkedHashSet<>();
        checks.forEach(c -> {
            sources.add(c.claimSource());
            sources.addAll(c.recordSources());
        });
        List<List<Object>> rows = new ArrayList<>();
        for (ClaimCheck c : checks) {
            rows.add(List.of(name(c), c.claim().period().toString(), c.claimText(), c.record(), c.difference(),
                    round(c.differencePercent()), c.verdict().words(), c.claimSource().citation(),
                    c.recordSources().stream().map(Source::citation).collect(Collectors.joining("; "))));
        }
        return new ViewExport(ViewId.CLAIMS, "Claims against the record", m.claims().summaryProperty().get(),
                List.copyOf(sources), () -> grid(List.of("Figure", "Claimed", "Record", "Difference", "Diff. %", "Verdict"),
                        checks.stream().map(c -> List.of(name(c) + ", " + c.claim().period(), c.claimText(),
                                c.recordText(), c.differenceText(), Formats.signedPercent(c.differencePercent()),
                                c.verdict().words())).toList(), 0),
                new CsvTable(List.of("figure", "period", "claimed", "record", "difference", "difference_percent",
                        "verdict", "claim_source", "record_source"), rows));
    }

    private static String name(ClaimCheck c) {
        return c.series().name() == null ? c.series().id() : c.series().name();
    }

    private static ViewExport sources(ExportModels m) {
        List<SourceRow> all = List.copyOf(m.sources().rows());
        List<SourceRow> top = all.stream().sorted(Comparator.comparingInt(SourceRow::figures).reversed()
                .thenComparing(SourceRow::title)).limit(TABLE_ROWS).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (SourceRow r : all) {
            rows.add(List.of(r.source().id(), r.title(), r.publisher(), r.published(), r.kind(), r.url(), r.figures(),
                    r.partnerships(), r.conflicts()));
        }
        return new ViewExport(ViewId.SOURCES, "Sources", all.size() + " sources; the " + top.size()
                + " behind the most figures are shown; the CSV lists all", List.of(),
                () -> grid(List.of("Title", "Publisher", "Published", "Figures", "Conflicts"),
                        top.stream().map(r -> List.of(r.title(), r.publisher(), r.published(),
                                Integer.toString(r.figures()), Integer.toString(r.conflicts()))).toList(), 0),
                new CsvTable(List.of("id", "title", "publisher", "published", "kind", "url", "figures", "partnerships",
                        "conflicts"), rows));
    }

    /** A simple table for print: a header row and text cells. */
    static GridPane grid(List<String> header, List<List<String>> rows, int growing) {
        GridPane g = new GridPane();
        g.getStyleClass().add("export-table");
        g.setHgap(16);
        g.setVgap(6);
        for (int c = 0; c < header.size(); c++) {
            Label h = new Label(header.get(c));
            h.getStyleClass().add("export-table-header");
            g.add(h, c, 0);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(c == growing ? Priority.ALWAYS : Priority.NEVER);
            g.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Label cell = new Label(rows.get(r).get(c));
                cell.getStyleClass().add("export-table-cell");
                cell.setWrapText(c == growing);
                g.add(cell, c, r + 1);
            }
        }
        return g;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
