package dev.evdash.app;

import dev.evdash.data.AtomicFiles;
import dev.evdash.data.Problem;
import dev.evdash.export.ExportFormat;
import dev.evdash.export.ExportModels;
import dev.evdash.export.PdfPages;
import dev.evdash.export.PngWriter;
import dev.evdash.export.ReportImage;
import dev.evdash.export.ReportPack;
import dev.evdash.export.ReportPdf;
import dev.evdash.export.ViewDocuments;
import dev.evdash.export.ViewExport;
import dev.evdash.export.ViewExports;
import dev.evdash.model.DataModel;
import dev.evdash.model.ShellModel;
import dev.evdash.model.ViewId;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

/**
 * The window's export commands: the current view as an image (to a file or the clipboard), as an SVG or a
 * PDF, its data as CSV, a report pack of every view and a report PDF of the chosen ones. Drawing is on the
 * FX thread; writing files is not.
 */
final class ExportActions {

    private static final System.Logger LOG = System.getLogger("dev.evdash");

    private final ExportModels models;
    private final ShellModel shell;
    private final DataModel data;
    private final Settings settings;
    private final Executor background;
    private StatusBar statusBar;

    ExportActions(ExportModels models, ShellModel shell, DataModel data, Settings settings, Executor background) {
        this.models = models;
        this.shell = shell;
        this.data = data;
        this.settings = settings;
        this.background = background;
    }

    void showProgressIn(StatusBar bar) {
        statusBar = bar;
    }

    private String currentTitle() {
        return dev.evdash.view.ViewCatalog.spec(shell.getCurrentView()).title();
    }

    private ViewExport current() {
        return ViewExports.of(shell.getCurrentView(), models);
    }

    /** Renders the current view with the remembered or given size and scale. Call on the FX thread. */
    WritableImage render(ExportDialog.Choice c) {
        return ReportImage.render(ReportImage.frame(current(), shell.getTheme(), LocalDate.now(),
                data.getOrigin().label()), c.size(), c.scale());
    }

    void exportImage(Window owner) {
        ExportDialog.ask(owner, "Export " + currentTitle() + " as an image", settings, ExportDialog.Kind.IMAGE).ifPresent(c -> {
            FileChooser chooser = chooser("PNG image (*.png)", "*.png", current().fileStem(LocalDate.now()) + ".png");
            File file = chooser.showSaveDialog(owner);
            if (file != null) {
                WritableImage image = render(c);
                inBackground("Saved " + file.getName() + " (" + (int) image.getWidth() + " × " + (int) image.getHeight()
                        + " pixels)", file.toPath(), () -> PngWriter.write(image, file.toPath()));
            }
        });
    }

    void copyImage() {
        ExportDialog.Choice c = ExportDialog.remembered(settings);
        WritableImage image = render(c);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
        shell.setMessage("Copied " + currentTitle() + " as an image (" + (int) image.getWidth()
                + " × " + (int) image.getHeight() + " pixels)");
    }

    void exportData(Window owner) {
        ViewExport export = current();
        FileChooser chooser = chooser("CSV, UTF-8 (*.csv)", "*.csv", export.fileStem(LocalDate.now()) + ".csv");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            inBackground("Saved " + file.getName() + " (" + export.data().rows().size() + " rows)", file.toPath(),
                    () -> export.data().write(file.toPath()));
        }
    }

    /** Asks for a size and a file and saves the current view as an SVG or a one-page PDF. */
    void exportDocument(Window owner, ExportFormat format) {
        ExportDialog.ask(owner, "Export " + currentTitle() + " as " + format, settings, ExportDialog.Kind.DOCUMENT)
                .ifPresent(c -> {
                    String ext = format.extension();
                    FileChooser chooser = chooser(format == ExportFormat.SVG ? "SVG image (*.svg)" : "PDF document (*.pdf)",
                            "*." + ext, current().fileStem(LocalDate.now()) + "." + ext);
                    File file = chooser.showSaveDialog(owner);
                    if (file != null) {
                        exportDocument(file.toPath(), format, c);
                    }
                });
    }

    /**
     * Draws the current view as it is now (filters, zoom, pinned positions) into an SVG or a one-page PDF on
     * the FX thread and writes it to {@code file} in the background, whole or not at all.
     */
    Task<Path> exportDocument(Path file, ExportFormat format, ExportDialog.Choice c) {
        if (format == ExportFormat.PNG) {
            throw new IllegalArgumentException("a PNG is an image: use exportImage");
        }
        ViewExport export = current();
        String generator = "EVDash " + BuildInfo.version();
        String done = "Saved " + file.getFileName() + " (" + export.title() + ", " + format + ", "
                + c.size().width() + " × " + c.size().height() + ")";
        Write write;
        try {
            if (format == ExportFormat.SVG) {
                byte[] svg = ViewDocuments.svg(export, shell.getTheme(), LocalDate.now(), data.getOrigin().label(),
                        c.size(), generator);
                write = () -> AtomicFiles.write(file, out -> out.write(svg));
            } else {
                PdfPages pdf = ViewDocuments.pdf(export, shell.getTheme(), LocalDate.now(), data.getOrigin().label(),
                        c.size(), c.author(), generator);
                write = () -> {
                    try (pdf) {
                        pdf.save(file);
                    }
                };
            }
        } catch (IOException | RuntimeException e) {
            fail(file, e);
            return null;
        }
        return inBackground(done, file, write);
    }

    /** Asks for the views, size, author and file, and writes the report PDF in the background. */
    Task<ReportPdf.Written> exportReport(Window owner) {
        var choice = ExportDialog.ask(owner, "Export a report PDF", settings, ExportDialog.Kind.REPORT);
        if (choice.isEmpty()) {
            return null;
        }
        FileChooser chooser = chooser("PDF document (*.pdf)", "*.pdf", "evdash-report-" + LocalDate.now() + ".pdf");
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : exportReport(file.toPath(), choice.get());
    }

    /** Writes the report PDF of the chosen views to {@code file} in the background; cancel to stop. */
    Task<ReportPdf.Written> exportReport(Path file, ExportDialog.Choice c) {
        ReportPdf.Request request = new ReportPdf.Request(file, c.views(), c.size(), shell.getTheme(), LocalDate.now(),
                c.author(), "EVDash " + BuildInfo.version());
        return withProgress("Report PDF", file, (progress, cancelled) -> ReportPdf.write(request, models, Headless::call,
                progress, cancelled), w -> "Report PDF: " + w.file().getFileName() + ", " + w.pages() + " pages, "
                + w.sources() + " sources");
    }

    Task<List<ReportPack.Entry>> exportPack(Window owner) {
        var choice = ExportDialog.ask(owner, "Export a report pack of every view", settings, ExportDialog.Kind.PACK);
        if (choice.isEmpty()) {
            return null;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the report pack");
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return null;
        }
        return exportPack(folder.toPath(), choice.get());
    }

    /** Writes a pack of every view to {@code folder} in the background; cancel the returned task to stop. */
    Task<List<ReportPack.Entry>> exportPack(Path folder, ExportDialog.Choice c) {
        ReportPack.Request request = new ReportPack.Request(folder, ViewExports.exportable(), c.size(), c.scale(),
                shell.getTheme(), true, LocalDate.now(), "EVDash " + BuildInfo.version(), c.formats(), c.author());
        return withProgress("Report pack", folder, (progress, cancelled) -> ReportPack.write(request, models,
                Headless::call, progress, cancelled), entries -> "Report pack: " + (entries.size() + 1) + " files in "
                + folder);
    }

    /** Long work that tells its progress and can be cancelled. */
    @FunctionalInterface
    private interface Work<T> {
        T run(ReportPack.Progress progress, java.util.function.BooleanSupplier cancelled) throws Exception;
    }

    /**
     * Runs {@code work} in the background with its progress in the status bar beside a Cancel button; says
     * what was written, that nothing was when cancelled, or what failed.
     */
    private <T> Task<T> withProgress(String what, Path target, Work<T> work, Function<T, String> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run((n, total, message) -> {
                    updateProgress(n, total);
                    updateMessage(message);
                }, this::isCancelled);
            }
        };
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> task.cancel());
        if (statusBar != null) {
            statusBar.progressProperty().bind(task.progressProperty());
            statusBar.getLeftItems().add(cancel);
        }
        task.messageProperty().addListener((obs, old, m) -> shell.setMessage(what + ": " + m));
        Runnable finish = () -> {
            if (statusBar != null) {
                statusBar.progressProperty().unbind();
                statusBar.setProgress(0);
                statusBar.getLeftItems().remove(cancel);
            }
        };
        task.setOnSucceeded(e -> {
            finish.run();
            shell.setMessage(done.apply(task.getValue()));
        });
        task.setOnCancelled(e -> {
            finish.run();
            shell.setMessage(what + " cancelled; nothing was written");
        });
        task.setOnFailed(e -> {
            finish.run();
            fail(target, task.getException());
        });
        background.execute(task);
        return task;
    }

    private static FileChooser chooser(String description, String pattern, String name) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        chooser.setInitialFileName(name);
        return chooser;
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private Task<Path> inBackground(String done, Path file, Write write) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                write.run();
                return file;
            }
        };
        task.setOnSucceeded(e -> shell.setMessage(done));
        task.setOnFailed(e -> fail(file, task.getException()));
        background.execute(task);
        return task;
    }

    private void fail(Path file, Throwable e) {
        Problem p = Problem.ofFile(file.toString(), "could not be written: " + e.getMessage());
        LOG.log(System.Logger.Level.WARNING, p.format());
        data.report("Export failed", List.of(p));
    }
}
