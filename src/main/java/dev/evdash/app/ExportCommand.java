package dev.evdash.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.DatasetRepository;
import dev.evdash.data.LoadOutcome;
import dev.evdash.data.UserDataLocation;
import dev.evdash.export.ExportFormat;
import dev.evdash.export.ExportModels;
import dev.evdash.export.ReportImage;
import dev.evdash.export.ReportPack;
import dev.evdash.export.ReportPdf;
import dev.evdash.fx.Fonts;
import dev.evdash.model.DataModel;
import dev.evdash.model.Theme;
import dev.evdash.model.ViewId;
import dev.evdash.view.ViewCatalog;
import dev.evdash.view.ViewSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.application.Platform;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evdash export}: renders views to PNG (and CSV) in a folder, with no display at all. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        description = {"Renders views with no display: a PNG per view (with --format also an SVG and a PDF; with",
            "--csv the data behind it), the alliance network as GraphML, and manifest.json listing every file;",
            "with --report, one PDF of the chosen views with a cover, contents and the sources they cite."})
final class ExportCommand implements Callable<Integer> {

    /** Every view's name on the command line, from the view catalog: its slug and its aliases ("share"). */
    static Map<String, ViewId> viewNames() {
        Map<String, ViewId> names = new java.util.LinkedHashMap<>();
        for (ViewSpec<?> v : ViewCatalog.exportable()) {
            names.put(v.slug(), v.id());
            v.aliases().forEach(a -> names.put(a, v.id()));
        }
        return names;
    }

    /** "overview, china-share, deliveries, … or all". */
    static String viewList() {
        return ViewCatalog.exportable().stream().map(ViewSpec::slug).collect(java.util.stream.Collectors.joining(", "))
                + " or all";
    }

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the views into (created if missing).")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "png",
            description = "What to write each view as: png, svg, pdf, or several (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--report", paramLabel = "FILE.pdf",
            description = "Also write the chosen views as one PDF report: cover and contents, a page per view, the sources.")
    Path report;

    @Option(names = "--author", paramLabel = "NAME",
            description = "The author in the PDFs' document information (default: none).")
    String author;

    @Option(names = "--views", split = ",", paramLabel = "VIEW", defaultValue = "all",
            description = "Views to export: ${COMPLETION-CANDIDATES} or all (default: all).",
            completionCandidates = ExportCommand.ViewNames.class)
    List<String> views;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x900",
            description = "Image size in layout pixels (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--scale", defaultValue = "2", description = "1, 2 or 3 pixels per layout pixel (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--theme", defaultValue = "light", description = "light or dark (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--data", paramLabel = "FILE", description = "Dataset to export (default: the user's data file, else the bundled dataset).")
    Path data;

    @Option(names = "--csv", description = "Also write the data behind each image as CSV.")
    boolean csv;

    /** What the commands' class-data-sharing archive is made from ({@link TrainingRun}); not for analysts. */
    @Option(names = "--training-run", hidden = true,
            description = "Export every view of the bundled data, read as a file, in every format with the report, into a temporary folder.")
    boolean trainingRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        StartupTrace.mark("export: command line parsed");
        CommandLine cl = spec.commandLine();
        if (trainingRun) {
            Path work = TrainingRun.prepare();
            data = work.resolve(TrainingRun.DATASET);
            out = work.resolve("pack");
            report = work.resolve("report.pdf");
            formats = List.of("png", "svg", "pdf");
            views = List.of("all");
            csv = true;
        }
        if (out == null && report == null) {
            throw new CommandLine.ParameterException(cl, "give --out DIR, --report FILE.pdf or both");
        }
        List<ViewId> chosen = views(cl);
        Set<ExportFormat> chosenFormats;
        try {
            chosenFormats = ExportFormat.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--format: " + e.getMessage());
        }
        ReportImage.Size imageSize;
        try {
            imageSize = ReportImage.Size.parse(size);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--size: " + e.getMessage());
        }
        if (scale < 1 || scale > 3) {
            throw new CommandLine.ParameterException(cl, "--scale: " + scale + " is not 1, 2 or 3");
        }
        Theme chosenTheme = switch (theme.toLowerCase(Locale.ROOT)) {
            case "light" -> Theme.LIGHT;
            case "dark" -> Theme.DARK;
            default -> throw new CommandLine.ParameterException(cl, "--theme: '" + theme + "' is not light or dark");
        };
        PrintWriter stdout = cl.getOut();
        PrintWriter stderr = cl.getErr();
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            stderr.println("evdash: error: " + out + " is a file, not a folder");
            return Main.FAILED;
        }
        if (report != null && Files.isDirectory(report)) {
            stderr.println("evdash: error: " + report + " is a folder, not a file");
            return Main.FAILED;
        }
        // While the data is read, the toolkit starts and the vector backend reads its fonts, each on a thread
        // of its own: neither needs the data, and on two cores the three overlap.
        java.util.concurrent.Future<Boolean> toolkit = Headless.startInBackground();
        Thread fonts = new Thread(dev.evdash.draw.VectorFonts::shared, "evdash-vector-fonts");
        fonts.setDaemon(true);
        fonts.start();
        DatasetRepository repository = new DatasetRepository(
                DatasetReader.remembering(EvDashContext.checkedFiles()), UserDataLocation.defaultFile());
        LoadOutcome outcome = repository.loadInitial(Optional.ofNullable(data));
        StartupTrace.mark("export: data read");
        boolean startedHere = Headless.started(toolkit);
        StartupTrace.mark("export: toolkit started");
        try {
            if (outcome.hasProblems()) {
                outcome.problems().forEach(p -> stderr.println(p.format()));
                stderr.println("evdash: error: " + outcome.problems().get(0).file()
                        + " is not a valid dataset; nothing exported");
                return Main.FAILED;
            }
            Headless.call(() -> {
                Fonts.load();
                Application.setUserAgentStylesheet(chosenTheme == Theme.DARK
                        ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
                return null;
            });
            DataModel dataModel = Headless.call(() -> new DataModel(outcome));
            ExportModels models = Headless.call(() -> ExportModels.of(dataModel, Runnable::run, Runnable::run));
            StartupTrace.mark("export: models made");
            String generator = "EVDash " + BuildInfo.version();
            String by = author == null ? "" : author;
            if (out != null) {
                ReportPack.Request request = new ReportPack.Request(out, chosen, imageSize, scale, chosenTheme, csv,
                        LocalDate.now(), generator, chosenFormats, by);
                List<ReportPack.Entry> written;
                try {
                    written = ReportPack.write(request, models, Headless::call,
                            (done, total, message) -> StartupTrace.mark("export: " + done + "/" + total + " " + message),
                            () -> false);
                } catch (IOException e) {
                    stderr.println("evdash: error: cannot write to " + out + ": " + e.getMessage());
                    return Main.FAILED;
                }
                for (ReportPack.Entry e : written) {
                    stdout.println(out.resolve(e.file()));
                }
                stdout.println(out.resolve("manifest.json"));
                stdout.printf("%d files written to %s from the %s%n", written.size() + 1, out,
                        dataModel.getOrigin().label());
            }
            if (report != null) {
                ReportPdf.Written written;
                try {
                    written = ReportPdf.write(new ReportPdf.Request(report, chosen, imageSize, chosenTheme,
                            LocalDate.now(), by, generator), models, Headless::call,
                            (done, total, message) -> StartupTrace.mark("report: " + done + "/" + total + " " + message),
                            () -> false);
                } catch (IOException e) {
                    stderr.println("evdash: error: cannot write " + report + ": " + e.getMessage());
                    return Main.FAILED;
                }
                stdout.println(report);
                stdout.printf("report of %d pages (%d views, %d sources) written to %s from the %s%n", written.pages(),
                        chosen.size(), written.sources(), report, dataModel.getOrigin().label());
            }
            stdout.flush();
            return Main.OK;
        } finally {
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    /** The views' names for the help text. */
    static final class ViewNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ViewCatalog.exportable().stream().map(ViewSpec::slug).iterator();
        }
    }

    private List<ViewId> views(CommandLine cl) {
        Set<ViewId> chosen = new LinkedHashSet<>();
        for (String name : views) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.equals("all")) {
                chosen.addAll(dev.evdash.export.ViewExports.exportable());
            } else if (viewNames().containsKey(n)) {
                chosen.add(viewNames().get(n));
            } else {
                throw new CommandLine.ParameterException(cl, "--views: unknown view '" + name + "'; choose from "
                        + viewList());
            }
        }
        return new ArrayList<>(chosen);
    }
}
