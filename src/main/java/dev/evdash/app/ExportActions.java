package dev.evdash.app;

import dev.evdash.data.Problem;
import dev.evdash.export.ExportModels;
import dev.evdash.export.PngWriter;
import dev.evdash.export.ReportImage;
import dev.evdash.export.ReportPack;
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
 * The window's export commands: the current view as an image (to a file or the clipboard), its data as
 * CSV, and a report pack of every view. Rendering is on the FX thread; writing files is not.
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

    private ViewExport current() {
        return ViewExports.of(shell.getCurrentView(), models);
    }

    /** Renders the current view with the remembered or given size and scale. Call on the FX thread. */
    WritableImage render(ExportDialog.Choice c) {
        return ReportImage.render(ReportImage.frame(current(), shell.getTheme(), LocalDate.now(),
                data.getOrigin().label()), c.size(), c.scale());
    }

    void exportImage(Window owner) {
        ExportDialog.ask(owner, "Export " + dev.evdash.view.ViewCatalog.spec(shell.getCurrentView()).title() + " as an image", settings).ifPresent(c -> {
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
        shell.setMessage("Copied " + dev.evdash.view.ViewCatalog.spec(shell.getCurrentView()).title() + " as an image (" + (int) image.getWidth()
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

    Task<List<ReportPack.Entry>> exportPack(Window owner) {
        var choice = ExportDialog.ask(owner, "Export a report pack of every view", settings);
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
        ReportPack.Request request = new ReportPack.Request(folder, dev.evdash.export.ViewExports.exportable(), c.size(), c.scale(),
                shell.getTheme(), true, LocalDate.now(), "EVDash " + BuildInfo.version());
        Task<List<ReportPack.Entry>> task = new Task<>() {
            @Override
            protected List<ReportPack.Entry> call() throws Exception {
                return ReportPack.write(request, models, Headless::call, (done, total, message) -> {
                    updateProgress(done, total);
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
        task.messageProperty().addListener((obs, old, m) -> shell.setMessage("Report pack: " + m));
        Runnable finish = () -> {
            if (statusBar != null) {
                statusBar.progressProperty().unbind();
                statusBar.setProgress(0);
                statusBar.getLeftItems().remove(cancel);
            }
        };
        task.setOnSucceeded(e -> {
            finish.run();
            shell.setMessage("Report pack: " + (task.getValue().size() + 1) + " files in " + folder);
        });
        task.setOnCancelled(e -> {
            finish.run();
            shell.setMessage("Report pack cancelled; nothing was written");
        });
        task.setOnFailed(e -> {
            finish.run();
            fail(folder, task.getException());
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

    private void inBackground(String done, Path file, Write write) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                write.run();
                return null;
            }
        };
        task.setOnSucceeded(e -> shell.setMessage(done));
        task.setOnFailed(e -> fail(file, task.getException()));
        background.execute(task);
    }

    private void fail(Path file, Throwable e) {
        Problem p = Problem.ofFile(file.toString(), "could not be written: " + e.getMessage());
        LOG.log(System.Logger.Level.WARNING, p.format());
        data.report("Export failed", List.of(p));
    }
}
