package dev.evdash.export;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.Source;
import dev.evdash.graph.GraphMetrics;
import dev.evdash.model.Theme;
import dev.evdash.model.ViewId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javafx.scene.layout.Region;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a report pack to a folder: for each view a PNG (and, when asked, an SVG and a PDF drawn from the
 * same layout) and the CSV behind it, the network as GraphML,
 * and {@code manifest.json} listing every file with its view, filters and sources and the dataset's
 * checksum. Files are written into a hidden folder first and moved in when all are done, the manifest
 * last; a failed or cancelled pack leaves nothing behind.
 */
public final class ReportPack {

    /** Runs work on the FX thread and waits for it. */
    @FunctionalInterface
    public interface FxThread {
        <T> T call(Callable<T> work) throws Exception;
    }

    /** Told after each file: files done and files in all. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, String message);
    }

    /**
     * What to write: each view in {@code formats} (PNG, SVG, PDF), with its CSV if asked; {@code author} goes
     * into the PDFs' information (blank for none).
     */
    public record Request(Path folder, List<ViewId> views, ReportImage.Size size, double scale, Theme theme,
            boolean csv, LocalDate date, String generator, Set<ExportFormat> formats, String author) {
        public Request {
            views = List.copyOf(views);
            formats = Set.copyOf(formats);
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("a pack needs at least one format");
            }
        }

        /** PNGs only, as before SVG and PDF. */
        public Request(Path folder, List<ViewId> views, ReportImage.Size size, double scale, Theme theme, boolean csv,
                LocalDate date, String generator) {
            this(folder, views, size, scale, theme, csv, date, generator, Set.of(ExportFormat.PNG), "");
        }
    }

    /** One view drawn on the FX thread, in each asked format, to be written on a core. */
    private record Drawn(ReportImage.Picture png, byte[] svg, PdfPages pdf) {}

    /** One written file, as the manifest lists it. */
    public record Entry(String file, String view, String kind, String title, String filters, List<String> sources) {}

    private ReportPack() {}

    public static List<Entry> write(Request r, ExportModels models, FxThread fx, Progress progress,
            BooleanSupplier cancelled) throws IOException {
        Files.createDirectories(r.folder());
        if (!Files.isWritable(r.folder())) {
            throw new IOException(r.folder() + " is not writable");
        }
        Path partial = Files.createTempDirectory(r.folder(), ".evdash-partial-");
        try {
            List<Entry> entries = new ArrayList<>();
            int total = r.views().size() * (r.formats().size() + (r.csv() ? 1 : 0))
                    + (r.views().contains(ViewId.ALLIANCES) ? 1 : 0) + 1;
            int done = 0;
            // The FX thread draws one view while the cores encode and write the files of the views before it.
            int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
            ExecutorService encoders = Executors.newFixedThreadPool(cores, runnable -> {
                Thread t = new Thread(runnable, "evdash-write");
                t.setDaemon(true);
                return t;
            });
            Deque<List<Future<?>>> encoding = new ArrayDeque<>();
            // the PDFs drawn: each is closed once written, and all of them if the pack stops before that
            List<PdfPages> drawnPdfs = new ArrayList<>();
            // the dataset the manifest describes; its checksum is taken on a core while the first view is drawn
            Dataset dataset = models.data().getDataset();
            Future<String> checksum;
            try {
                checksum = encoders.submit(() -> sha256(DatasetCodec.shared().write(dataset)));
                for (ViewId view : r.views()) {
                    check(cancelled);
                    ViewExport export = ViewExports.of(view, models);
                    String stem = export.fileStem(r.date());
                    List<String> sourceIds = export.sources().stream().map(Source::id).toList();
                    // one layout per view: the PNG, the SVG and the PDF are drawn from the same laid-out frame
                    Drawn drawn = call(fx, () -> ReportImage.drawShared(ReportImage.frame(export, r.theme(), r.date(),
                            models.data().getOrigin().label()), r.size(),
                            // the PNG's drawing is only recorded here: a core draws it while this thread lays
                            // out the next view
                            frame -> new Drawn(r.formats().contains(ExportFormat.PNG)
                                    ? ReportImage.picture(frame, r.size(), r.scale()) : null,
                                    r.formats().contains(ExportFormat.SVG)
                                            ? ViewDocuments.svg(frame, export, r.size(), r.generator()) : null,
                                    r.formats().contains(ExportFormat.PDF)
                                            ? ViewDocuments.pdf(frame, export, r.size(), r.author(), r.generator())
                                            : null)));
                    if (drawn.pdf() != null) {
                        drawnPdfs.add(drawn.pdf());
                    }
                    // at most one view's files per core in flight: what was drawn is held until written
                    while (encoding.size() >= cores) {
                        awaitAll(encoding.removeFirst());
                    }
                    List<Future<?>> writing = new ArrayList<>();
                    encoding.add(writing);
                    // what was drawn is only read from now on: it is encoded and written on a core while the
                    // FX thread draws the next view
                    for (ExportFormat format : ExportFormat.values()) {
                        if (!r.formats().contains(format)) {
                            continue;
                        }
                        Path file = partial.resolve(stem + "." + format.extension());
                        writing.add(encoders.submit(() -> {
                            switch (format) {
                                case PNG -> drawn.png().writePng(file);
                                case SVG -> dev.evdash.data.AtomicFiles.write(file, out -> out.write(drawn.svg()));
                                case PDF -> {
                                    try (PdfPages pdf = drawn.pdf()) {
                                        pdf.save(file);
                                    }
                                }
                            }
                            return null;
                        }));
                        entries.add(new Entry(stem + "." + format.extension(), ViewExport.slug(view), format.extension(),
                                export.title(), export.subtitle(), sourceIds));
                        progress.update(++done, total, export.title()
                                + (format == ExportFormat.PNG ? "" : " (" + format.name() + ")"));
                    }
                    // the CSV and the GraphML are written on a core too, while the FX thread draws the next view
                    if (r.csv()) {
                        check(cancelled);
                        CsvTable table = export.data();
                        Path file = partial.resolve(stem + ".csv");
                        writing.add(encoders.submit(() -> {
                            table.write(file);
                            return null;
                        }));
                        entries.add(new Entry(stem + ".csv", ViewExport.slug(view), "csv", export.title(),
                                export.subtitle(), sourceIds));
                        progress.update(++done, total, export.title() + " (CSV)");
                    }
                    if (view == ViewId.ALLIANCES && models.alliances().graphProperty().get() != null) {
                        GraphMetrics metrics = models.alliances().metricsProperty().get();
                        var graph = models.alliances().graphProperty().get();
                        Path file = partial.resolve(stem + ".graphml");
                        writing.add(encoders.submit(() -> {
                            GraphExport.writeGraphML(graph, metrics, file);
                            return null;
                        }));
                        entries.add(new Entry(stem + ".graphml", ViewExport.slug(view), "graphml", export.title(),
                                export.subtitle(), sourceIds));
                        progress.update(++done, total, export.title() + " (GraphML)");
                    }
                }
                while (!encoding.isEmpty()) {
                    awaitAll(encoding.removeFirst());
                }
            } finally {
                encoders.shutdownNow();
                awaitQuietly(encoders); // nothing may write into the folder once it is removed
                for (PdfPages pdf : drawnPdfs) {
                    try {
                        pdf.close();
                    } catch (IOException e) {
                        // a PDF that was never written: nothing of it is kept
                    }
                }
            }
            check(cancelled);
            byte[] manifest = manifest(r, models, dataset, entries, awaitValue(checksum, "the dataset's checksum"));
            for (Entry e : entries) {
                Files.move(partial.resolve(e.file()), r.folder().resolve(e.file()), StandardCopyOption.REPLACE_EXISTING);
            }
            Path tmp = partial.resolve("manifest.json");
            Files.write(tmp, manifest);
            Files.move(tmp, r.folder().resolve("manifest.json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            progress.update(total, total, "Done");
            return entries;
        } finally {
            deleteTree(partial);
        }
    }

    /** Runs drawing work on the FX thread; what it throws comes back as an IOException or as it is. */
    static <T> T call(FxThread fx, Callable<T> work) throws IOException {
        try {
            return fx.call(work);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("rendering failed: " + e.getMessage(), e);
        }
    }

    /** Waits for a view's files to be written, in the order they were asked. */
    private static void awaitAll(List<Future<?>> writing) throws IOException {
        for (Future<?> f : writing) {
            awaitValue(f, "writing a file");
        }
    }

    private static <T> T awaitValue(Future<T> work, String what) throws IOException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("report pack interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(what + " failed: " + e.getCause(), e.getCause());
        }
    }

    private static void awaitQuietly(ExecutorService encoders) {
        try {
            encoders.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled");
        }
    }

    static byte[] manifest(Request r, ExportModels models, Dataset d, List<Entry> entries, String datasetSha256) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generator", r.generator());
        m.put("exported", OffsetDateTime.now().withNano(0).toString());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", d.name());
        data.put("file", models.data().getOrigin().label());
        data.put("sha256", datasetSha256);
        data.put("series", d.series().size());
        data.put("partnerships", d.partnerships().size());
        data.put("sources", d.sources().size());
        m.put("dataset", data);
        Map<String, Object> size = new LinkedHashMap<>(); // Map.of's order changes from run to run
        size.put("width", r.size().width());
        size.put("height", r.size().height());
        size.put("scale", r.scale());
        m.put("size", size);
        m.put("theme", r.theme().name().toLowerCase(java.util.Locale.ROOT));
        m.put("files", entries);
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsBytes(m);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }
}
