package dev.evdash.app;

import dev.evdash.data.Company;
import dev.evdash.data.Dataset;
import dev.evdash.data.Period;
import dev.evdash.data.SyntheticData;
import dev.evdash.graph.AllianceGraph;
import dev.evdash.graph.ForceLayout;
import dev.evdash.graph.GraphCanvas;
import dev.evdash.graph.GraphMetrics;
import dev.evdash.graph.GraphScene;
import dev.evdash.model.AlliancesModel;
import java.util.Map;
import dev.evdash.model.DeliveriesTable;
import dev.evdash.model.Formats;
import dev.evdash.model.chart.BarData;
import dev.evdash.view.chart.BarChartView;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evdash bench}: times, on the FX thread, what a view does when its data changes: the model's
 * computation and the chart's layout and drawing, for synthetic automakers × quarters. Needs a display
 * (use xvfb-run on a machine without one).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        description = {"Times start-up, loading, export and memory as whole processes against their floors (a bare",
            "JavaFX window, a bare Jackson parse), and chart redraws and the alliance network on synthetic data.",
            "Prints medians, ratios and whether each target is met."})
final class BenchCommand implements Callable<Integer> {

    enum Suite { STARTUP, LOAD, EXPORT, MEMORY, CHARTS, GRAPH, IMPORT, ALL }

    @Option(names = "--suite", defaultValue = "ALL", description = "startup, load, export, memory (whole processes,"
            + " each against its floor), charts, graph, import or all (default: ${DEFAULT-VALUE}).")
    Suite suite;

    @Option(names = "--process-runs", defaultValue = "5",
            description = "Runs of each whole-process command, alternating with its floor (default: ${DEFAULT-VALUE}).")
    int processRuns;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the generated datasets and exports (default: a new temporary folder).")
    java.nio.file.Path work;

    @Option(names = "--sizes", split = ",", defaultValue = "100,500,2000,5000",
            description = "Network sizes in companies for the graph suite (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--oems", defaultValue = "20", description = "Automakers (default: ${DEFAULT-VALUE}).")
    int oems;

    @Option(names = "--quarters", defaultValue = "40", description = "Quarters (default: ${DEFAULT-VALUE}).")
    int quarters;

    @Option(names = "--runs", defaultValue = "200", description = "Timed runs per step (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--iea-csv", paramLabel = "FILE",
            description = "An IEA Global EV Data Explorer CSV to time the import with (import suite).")
    java.nio.file.Path ieaCsv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.US, "EVDash bench on %s, %d cores, %s%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
        if (suite == Suite.STARTUP || suite == Suite.LOAD || suite == Suite.EXPORT || suite == Suite.MEMORY
                || suite == Suite.ALL) {
            java.nio.file.Path dir = work != null ? work : java.nio.file.Files.createTempDirectory("evdash-bench");
            ProcessSuites p = new ProcessSuites(dir, processRuns, out);
            p.describe();
            if (suite == Suite.STARTUP || suite == Suite.ALL) {
                p.startup();
            }
            if (suite == Suite.LOAD || suite == Suite.ALL) {
                p.load();
            }
            if (suite == Suite.EXPORT || suite == Suite.ALL) {
                p.export();
            }
            if (suite == Suite.MEMORY || suite == Suite.ALL) {
                p.memory();
            }
            p.summary();
            out.flush();
            if (suite != Suite.ALL) {
                return Main.OK;
            }
            if (!ProcessSuites.hasDisplay()) {
                out.println("\ncharts and graph: skipped, they need a display (run under xvfb-run)");
                return Main.OK;
            }
        }
        if (suite == Suite.IMPORT || (suite == Suite.ALL && ieaCsv != null)) {
            if (ieaCsv == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "the import suite needs --iea-csv FILE");
            }
            importSuite(out);
            if (suite == Suite.IMPORT) {
                out.flush();
                return Main.OK;
            }
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false); // each suite closes its window; the toolkit must outlive them
        try {
            if (suite != Suite.GRAPH) {
                charts(out);
            }
            if (suite != Suite.CHARTS) {
                graph(out);
            }
        } finally {
            Platform.exit();
        }
        out.flush();
        return Main.OK;
    }

    /** Reading and merging the IEA CSV: as the import command and File > Import do it. */
    private void importSuite(PrintWriter out) throws Exception {
        Dataset bundled = new dev.evdash.data.DatasetReader().readBundled().dataset().orElseThrow();
        Dataset empty = new Dataset(null, Dataset.SCHEMA_VERSION, "bench", "2026-01-01", null, List.of(), List.of(),
                List.of(), List.of(), List.of());
        dev.evdash.data.iea.IeaImport.Options options = new dev.evdash.data.iea.IeaImport.Options(
                java.util.Set.of(), java.util.OptionalInt.empty(), java.time.LocalDate.now());
        dev.evdash.data.iea.IeaCsv.Table table = dev.evdash.data.iea.IeaCsv.read(ieaCsv, null);
        int importRuns = Math.max(5, runs / 10);
        out.printf(Locale.US, "%nIEA import: %s, %d rows; %d runs%n", ieaCsv.getFileName(), table.rows().size(),
                importRuns);
        out.printf(Locale.US, "%-12s %-40s %8s %8s %8s%n", "", "step (ms)", "median", "p95", "max");
        report(out, "", "read the CSV", time(() -> {
            try {
                return dev.evdash.data.iea.IeaCsv.read(ieaCsv, null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, importRuns));
        report(out, "", "merge into an empty dataset", time(
                () -> dev.evdash.data.iea.IeaImport.merge(empty, table, options), importRuns));
        report(out, "", "merge into the bundled dataset", time(
                () -> dev.evdash.data.iea.IeaImport.merge(bundled, table, options), importRuns));
        report(out, "", "read and merge (the whole import)", time(() -> {
            try {
                return dev.evdash.data.iea.IeaImport.merge(bundled, dev.evdash.data.iea.IeaCsv.read(ieaCsv, null),
                        options);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, importRuns));
    }

    private void graph(PrintWriter out) throws Exception {
        out.printf(Locale.US, "%nAlliance network: ~5 partnerships per company; layout %s; %d runs for drawing%n",
                "JGraphT indexed FR (Barnes-Hut), seeded", runs);
        out.printf(Locale.US, "%-12s %-40s %8s %8s %8s%n", "companies", "step (ms)", "median", "p95", "max");
        for (int n : sizes) {
            Dataset d = SyntheticData.alliances(n, 5, 7);
            AllianceGraph g = AllianceGraph.of(d);
            String size = n + " / " + g.edgeCount();
            int heavyRuns = n >= 2000 ? 3 : 5;
            report(out, size, "build graph from dataset", time(() -> AllianceGraph.of(d), heavyRuns));
            report(out, size, "metrics (degree, betweenness, communities)", time(() -> new GraphMetrics(g, 1), heavyRuns));
            ForceLayout layout = new ForceLayout(42);
            report(out, size, "layout from scratch (off the FX thread)", time(() -> layout.layout(g), heavyRuns));
            Map<String, ForceLayout.Position> positions = layout.layout(g);
            GraphScene scene = AlliancesModel.scene(g, new GraphMetrics(g, 1), positions, GraphMetrics.SizeBy.DEGREE);
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    Stage stage = new Stage();
                    GraphCanvas canvas = new GraphCanvas();
                    stage.setScene(new Scene(new StackPane(canvas), 1280, 800));
                    stage.show();
                    canvas.setGraphScene(scene);
                    canvas.fit();
                    report(out, size, "draw one frame, whole network (FX thread)", time(canvas::redraw));
                    report(out, size, "hit-test the mouse", time(() -> scene.hit(canvas.viewportProperty().get(), 640, 400)));
                    stage.close();
                    done.complete(null);
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
            done.get();
        }
    }

    private void charts(PrintWriter out) throws Exception {
        Dataset d = SyntheticData.deliveries(oems, quarters, 42);
        List<String> ids = d.companies().stream().map(Company::id).toList();
        DeliveriesTable.Filter split = new DeliveriesTable.Filter(ids, Period.Granularity.QUARTER, 0, 9999, true,
                null, null, null);
        DeliveriesTable.Filter totals = new DeliveriesTable.Filter(ids, Period.Granularity.QUARTER, 0, 9999, false,
                null, null, null);
        BarData a = DeliveriesTable.compute(d, split).chart();
        out.printf(Locale.US, "%nDeliveries chart: %d automakers x %d quarters = %d bars, %d segments; %d runs%n",
                oems, quarters, a.bars().size(), a.bars().stream().mapToInt(b -> b.segments().size()).sum(), runs);
        out.printf(Locale.US, "%-12s %-40s %8s %8s %8s%n", "", "step (ms)", "median", "p95", "max");
        report(out, "", "model: compute bars and table rows", time(() -> DeliveriesTable.compute(d, split)));

        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                BarChartView chart = new BarChartView();
                chart.setTickFormat(Formats::compact);
                stage.setScene(new Scene(new StackPane(chart), 1280, 800));
                stage.show();
                BarData b = DeliveriesTable.compute(d, totals).chart();
                boolean[] flip = {false};
                report(out, "", "canvas chart: set data, lay out and draw", time(() -> {
                    flip[0] = !flip[0];
                    chart.setData(flip[0] ? a : b);
                    return chart.redraw();
                }));
                report(out, "", "canvas chart: model + set data + draw", time(() -> {
                    flip[0] = !flip[0];
                    chart.setData(DeliveriesTable.compute(d, flip[0] ? split : totals).chart());
                    return chart.redraw();
                }));
                report(out, "", "canvas chart: hit-test the mouse", time(() -> chart.currentLayout().hit(640, 600)));
                StackedBarChart<String, Number> fxChart = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
                fxChart.setAnimated(false);
                stage.setScene(new Scene(new StackPane(fxChart), 1280, 800));
                report(out, "", "JavaFX StackedBarChart, same bars", time(() -> {
                    fxChart.getData().setAll(fxSeries(a));
                    fxChart.applyCss();
                    fxChart.layout();
                    return fxChart;
                }, Math.max(5, runs / 20)));
                stage.close();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
    }

    private static List<XYChart.Series<String, Number>> fxSeries(BarData data) {
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        for (int g = 0; g < data.groups().size(); g++) {
            for (int s = 0; s < 2; s++) {
                XYChart.Series<String, Number> one = new XYChart.Series<>();
                one.setName(data.groups().get(g) + " " + data.stacks().get(s));
                for (BarData.Bar bar : data.bars()) {
                    if (bar.group() == g && bar.segments().size() > s) {
                        one.getData().add(new XYChart.Data<>(data.categories().get(bar.category()),
                                bar.segments().get(s).value()));
                    }
                }
                series.add(one);
            }
        }
        return series;
    }

    private double[] time(Supplier<?> step) {
        return time(step, runs);
    }

    private static double[] time(Supplier<?> step, int runs) {
        for (int i = 0; i < Math.min(50, Math.max(1, runs / 2)); i++) {
            step.get(); // warm-up
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            step.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(PrintWriter out, String size, String step, double[] sorted) {
        out.printf(Locale.US, "%-12s %-40s %8.2f %8.2f %8.2f%n", size, step, sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
        out.flush();
    }
}
