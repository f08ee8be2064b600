package dev.evdash.app;

import dev.evdash.data.DataFileWatcher;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetRepository;
import dev.evdash.data.DatasetStore;
import dev.evdash.data.FileStamp;
import dev.evdash.data.Problem;
import dev.evdash.data.iea.IeaCsv;
import dev.evdash.data.merge.ConflictResolution;
import dev.evdash.data.merge.DatasetMerge;
import dev.evdash.data.iea.IeaImport;
import dev.evdash.model.DataModel;
import dev.evdash.model.ShellModel;
import dev.evdash.model.edit.DataEditor;
import dev.evdash.view.data.DataViewActions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Saving, importing and watching the data file: the file work behind the editor, off the FX thread.
 * A save never overwrites a change made by someone else without asking, and offers to merge it; a change
 * on disk reloads the data when there is nothing unsaved, and otherwise keeps the edits and offers the
 * merge.
 */
final class EditActions implements DataViewActions {

    private static final System.Logger LOG = System.getLogger("dev.evdash");

    /** What the user chose when the file changed on disk since it was loaded. */
    enum ConflictChoice { MERGE, RELOAD, OVERWRITE, SAVE_AS, CANCEL }

    private final DataModel data;
    private final DataEditor editor;
    private final DatasetStore store;
    private final DatasetRepository repository;
    private final DataActions loads;
    private final ShellModel shell;
    private final Executor background;
    private Window owner;
    private DataFileWatcher watcher;

    EditActions(DataModel data, DataEditor editor, DatasetStore store, DatasetRepository repository, DataActions loads,
            ShellModel shell, Executor background) {
        this.data = data;
        this.editor = editor;
        this.store = store;
        this.repository = repository;
        this.loads = loads;
        this.shell = shell;
        this.background = background;
        data.originProperty().addListener((obs, old, origin) -> watch());
    }

    /** The window dialogs belong to; starts watching the data file. */
    void attach(Window window) {
        owner = window;
        watch();
    }

    /** Where a save goes: the data's own file, or the user's file for the bundled dataset. */
    Path saveTarget() {
        return data.getOrigin().path().orElse(repository.userFile());
    }

    /** "Saved to …; …": for the Data view's header. */
    String describeTarget(boolean unsaved) {
        String where = data.getOrigin().isBundled()
                ? "Showing the bundled dataset: the first save creates your data file " + repository.userFile()
                : "Data file " + saveTarget() + "; each save keeps the previous version as " + saveTarget().getFileName()
                        + ".1 … ." + store.backups();
        return where + (unsaved ? ". Unsaved changes." : ".");
    }

    @Override
    public void save() {
        save(saveTarget(), data.getStamp(), null);
    }

    /** Saves; {@code then} runs on the FX thread after a successful save (e.g. closing the window). */
    void save(Path target, Optional<FileStamp> expected, Runnable then) {
        write(target, dataset -> store.save(target, dataset, expected), then);
    }

    private void overwrite(Path target, Runnable then) {
        write(target, dataset -> store.overwrite(target, dataset), then);
    }

    /** The I/O of one save, given the data on screen. */
    @FunctionalInterface
    private interface Write {
        FileStamp to(Dataset dataset) throws Exception;
    }

    private void write(Path target, Write write, Runnable then) {
        Dataset dataset = data.getDataset();
        Task<Saved> task = new Task<>() {
            @Override
            protected Saved call() throws Exception {
                updateMessage("Saving " + target + "…");
                FileStamp stamp = write.to(dataset);
                List<Path> backups = store.backupFiles(target);
                return new Saved(stamp, !backups.isEmpty() && Files.exists(backups.get(0)));
            }
        };
        task.setOnSucceeded(e -> {
            saved(target, dataset, task.getValue());
            if (then != null) {
                then.run();
            }
        });
        loads.track(task);
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            if (t instanceof DatasetStore.ConflictException c) {
                switch (askConflict(c.getMessage())) {
                    case MERGE -> merge(target, then);
                    case RELOAD -> loads.open(target);
                    case OVERWRITE -> overwrite(target, then);
                    case SAVE_AS -> saveAs(owner);
                    case CANCEL -> shell.setMessage("Not saved: " + target.getFileName() + " changed on disk");
                }
            } else {
                failed(target, t);
            }
        });
        background.execute(task);
    }

    /** A save's outcome: the new file's stamp, and whether the version before was kept as a backup. */
    private record Saved(FileStamp stamp, boolean backedUp) {}

    private void saved(Path target, Dataset dataset, Saved result) {
        FileStamp stamp = result.stamp();
        boolean unchangedSince = data.getDataset() == dataset;
        data.markSaved(target, stamp);
        if (unchangedSince) {
            editor.markSaved();
        }
        shell.setMessage("Saved " + target.getFileName() + (result.backedUp()
                ? "; the version before is " + target.getFileName() + ".1" : ""));
        LOG.log(System.Logger.Level.INFO, "saved " + target + " (" + stamp.shortHash() + ")");
    }

    private void failed(Path target, Throwable t) {
        List<Problem> problems = t instanceof DatasetStore.InvalidDatasetException invalid ? invalid.problems()
                : List.of(Problem.ofFile(target.toString(), "could not be saved: " + t.getMessage()
                        + "; the data on screen is kept, unsaved"));
        loads.report(problems);
        data.report("Saving failed", problems);
    }

    /** The file changed on disk while there are unsaved edits: merge now, or keep editing. */
    ConflictChoice askChangedWhileEditing(Path file) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("The data file changed on disk");
        alert.setHeaderText(file.getFileName() + " changed on disk while you have unsaved changes");
        alert.setContentText("Merge their changes with yours now, record by record (what both changed differently"
                + " is yours to pick), and save the result; or keep editing: your changes are kept, and saving will"
                + " ask before overwriting theirs.");
        ButtonType merge = new ButtonType("Merge", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(merge, keep);
        return alert.showAndWait().filter(b -> b == merge).map(b -> ConflictChoice.MERGE)
                .orElse(ConflictChoice.CANCEL);
    }

    ConflictChoice askConflict(String why) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle("The data file changed on disk");
        alert.setHeaderText("Someone else changed the data file");
        alert.setContentText(why + ".\n\nMerge their changes with yours record by record (what both changed"
                + " differently is yours to pick), reload it (your unsaved changes are dropped), overwrite it with the"
                + " data on screen (theirs is kept as the first backup), or save yours to another file.");
        ButtonType merge = new ButtonType("Merge", ButtonBar.ButtonData.OK_DONE);
        ButtonType reload = new ButtonType("Reload theirs", ButtonBar.ButtonData.LEFT);
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.OTHER);
        ButtonType saveAs = new ButtonType("Save as…", ButtonBar.ButtonData.OTHER);
        alert.getButtonTypes().setAll(merge, reload, overwrite, saveAs, ButtonType.CANCEL);
        ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
        return chosen == merge ? ConflictChoice.MERGE : chosen == reload ? ConflictChoice.RELOAD : chosen == overwrite ? ConflictChoice.OVERWRITE
                : chosen == saveAs ? ConflictChoice.SAVE_AS : ConflictChoice.CANCEL;
    }

    /**
     * Merges the data as loaded (base), the data on screen (ours) and the file on disk (theirs), record by
     * record; conflicts open the panel. The result is one edit (undo takes it back) and is saved over
     * theirs, atomically and with the usual backup; {@code then} runs after the save.
     */
    void merge(Path target, Runnable then) {
        Task<dev.evdash.data.ReadResult> read = new Task<>() {
            @Override
            protected dev.evdash.data.ReadResult call() {
                updateMessage("Reading " + target + " to merge…");
                return repository.read(target);
            }
        };
        read.setOnSucceeded(e -> merged(target, read.getValue(), then));
        read.setOnFailed(e -> failed(target, read.getException()));
        loads.track(read);
        background.execute(read);
    }

    private void merged(Path target, dev.evdash.data.ReadResult theirs, Runnable then) {
        if (theirs.dataset().isEmpty()) {
            loads.report(theirs.problems());
            data.report("Cannot merge: " + target.getFileName() + " on disk is not a valid dataset; nothing changed",
                    theirs.problems());
            return;
        }
        DatasetMerge.Result result = DatasetMerge.merge(editor.saved(), data.getDataset(), theirs.dataset().get());
        Dataset merged = result.merged();
        List<dev.evdash.data.MergeConflict> conflicts = merged.mergeConflicts().stream()
                .filter(c -> !data.getDataset().mergeConflicts().contains(c)).toList();
        java.util.Map<dev.evdash.data.MergeConflict, ConflictResolution.Choice> chosen = java.util.Map.of();
        if (!conflicts.isEmpty()) {
            Optional<java.util.Map<dev.evdash.data.MergeConflict, ConflictResolution.Choice>> picks =
                    MergeConflictPanel.ask(owner, result.summary().words(), conflicts);
            if (picks.isEmpty()) {
                shell.setMessage("Merge cancelled: nothing changed; " + target.getFileName() + " is as they left it");
                return;
            }
            chosen = picks.get();
        }
        if (!applyPicked(target, "Cannot merge", "merge with " + target.getFileName(), merged, chosen)) {
            return;
        }
        String words = result.summary().words();
        save(target, theirs.stamp(), () -> {
            shell.setMessage("Merged with " + target.getFileName() + " on disk and saved: " + words);
            if (then != null) {
                then.run();
            }
        });
    }

    /**
     * Applies the values picked in the conflict panel to {@code dataset} (none picked: it as it is) as one
     * edit named {@code edit}; where the picks or the edit are refused, says why under {@code failure}.
     */
    private boolean applyPicked(Path target, String failure, String edit, Dataset dataset,
            java.util.Map<dev.evdash.data.MergeConflict, ConflictResolution.Choice> picks) {
        Dataset result;
        try {
            result = picks.isEmpty() ? dataset
                    : ConflictResolution.resolve(dev.evdash.data.DatasetCodec.shared(), dataset, picks);
        } catch (RuntimeException ex) {
            data.report(failure, List.of(Problem.ofFile(target.toString(),
                    "the values picked do not make a dataset: " + ex.getMessage())));
            return false;
        }
        DataEditor.Outcome outcome = editor.apply(edit, d -> result);
        if (!outcome.applied()) {
            data.report(failure, outcome.problems().stream().map(m -> Problem.ofFile(target.toString(), m)).toList());
            return false;
        }
        return true;
    }

    /**
     * The merge conflicts recorded in the data on screen (a file a merge left them in, by git's driver or
     * another window), in the panel the Merge choice opens: the values picked are one edit (undo takes it
     * back), saved over the file, atomically and with the usual backup. Cancel changes nothing.
     */
    void resolveRecorded() {
        Dataset current = data.getDataset();
        List<dev.evdash.data.MergeConflict> open = current.mergeConflicts();
        Path target = saveTarget();
        if (open.isEmpty()) {
            shell.setMessage("No merge conflicts are recorded in " + target.getFileName());
            return;
        }
        int n = open.size();
        Optional<java.util.Map<dev.evdash.data.MergeConflict, ConflictResolution.Choice>> picks =
                MergeConflictPanel.ask(owner, n + (n == 1 ? " merge conflict is" : " merge conflicts are")
                        + " recorded in " + target.getFileName(), open);
        if (picks.isEmpty()) {
            shell.setMessage("Nothing resolved: " + target.getFileName() + " keeps its " + n
                    + (n == 1 ? " conflict" : " conflicts"));
            return;
        }
        if (!applyPicked(target, "Cannot resolve", "resolve " + n + (n == 1 ? " merge conflict" : " merge conflicts"),
                current, picks.get())) {
            return;
        }
        data.listMergeConflicts();
        int left = data.getDataset().mergeConflicts().size();
        save(target, data.getStamp(), () -> shell.setMessage("Resolved " + (n - left) + " of " + n
                + (n == 1 ? " merge conflict" : " merge conflicts") + " and saved " + target.getFileName()));
    }

    void saveAs(Window window) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the data as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("EVDash dataset (*.json)", "*.json"));
        chooser.setInitialFileName(saveTarget().getFileName().toString());
        Optional.ofNullable(saveTarget().toAbsolutePath().getParent()).filter(Files::isDirectory)
                .ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
        java.io.File file = chooser.showSaveDialog(window == null ? owner : window);
        if (file != null) {
            overwrite(file.toPath(), null); // the chooser asked before replacing a file
        }
    }

    @Override
    public void importIea(Window window) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import the IEA Global EV Data Explorer CSV");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        java.io.File file = chooser.showOpenDialog(window == null ? owner : window);
        if (file != null) {
            importIea(file.toPath(), r -> { });
        }
    }

    /** Reads {@code csv} in the background and merges it into the data on screen as one undoable edit. */
    Task<IeaCsv.Table> importIea(Path csv, Consumer<IeaImport.Report> done) {
        Task<IeaCsv.Table> task = new Task<>() {
            @Override
            protected IeaCsv.Table call() throws Exception {
                long size = Files.size(csv);
                updateMessage("Reading " + csv.getFileName() + "…");
                updateProgress(0, size);
                return IeaCsv.read(csv, read -> updateProgress(Math.min(read, size), size));
            }
        };
        loads.track(task);
        task.setOnSucceeded(e -> {
            IeaImport.Result r = IeaImport.merge(data.getDataset(), task.getValue(),
                    new IeaImport.Options(Set.of(), OptionalInt.empty(), LocalDate.now()));
            if (r.report().changed()) {
                DataEditor.Outcome o = editor.apply("import " + csv.getFileName(), d -> r.dataset());
                if (!o.applied()) {
                    data.report("Import", o.problems().stream().map(p -> Problem.ofFile(csv.toString(), p)).toList());
                    return;
                }
            }
            shell.setMessage(r.report().summary() + (r.report().changed() ? ". Save (Ctrl+S) to keep it." : "."));
            if (!r.report().problems().isEmpty()) {
                List<Problem> rows = r.report().problems().stream().map(p -> rowProblem(csv, p)).toList();
                loads.report(rows);
                data.report("IEA import: " + rows.size() + " rows not read", rows);
            }
            done.accept(r.report());
        });
        task.setOnFailed(e -> {
            List<Problem> problems = List.of(Problem.ofFile(csv.toString(), task.getException().getMessage()
                    .replace(csv.getFileName() + ": ", "")));
            loads.report(problems);
            data.report("IEA import", problems);
        });
        background.execute(task);
        return task;
    }

    private static Problem rowProblem(Path csv, String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^line (\\d+): (.*)$").matcher(message);
        return m.matches() ? new Problem(csv.toString(), Integer.parseInt(m.group(1)), 0, "", m.group(2))
                : Problem.ofFile(csv.toString(), message);
    }

    /**
     * Asks before closing with unsaved changes: save, discard or stay. Returns whether the window may close
     * now; after a chosen save it closes itself once the save succeeded.
     */
    boolean confirmClose(Stage stage, Runnable closeNow) {
        if (!editor.isDirty()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(stage);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save your changes to " + saveTarget().getFileName() + " before closing?");
        alert.setContentText("Your edits since the last save are lost if you do not save them.");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (chosen == discard) {
            return true;
        }
        if (chosen == save) {
            save(saveTarget(), data.getStamp(), closeNow);
        }
        return false;
    }

    private void watch() {
        Optional<Path> file = data.getOrigin().path().map(Path::toAbsolutePath);
        if (watcher != null && file.isPresent() && watcher.file().equals(file.get())) {
            return;
        }
        stopWatching();
        if (owner == null || file.isEmpty() || !Files.isDirectory(file.get().getParent())) {
            return;
        }
        try {
            watcher = DataFileWatcher.watch(file.get(), changed -> Platform.runLater(() -> changedOnDisk(changed)));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot watch " + file.get() + ": " + e.getMessage());
        }
    }

    void stopWatching() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the file watch: " + e.getMessage());
            }
            watcher = null;
        }
    }

    /** The data file changed on disk: reload unless there are unsaved edits, which are kept. */
    private void changedOnDisk(Path file) {
        Optional<Path> shown = data.getOrigin().path().map(Path::toAbsolutePath);
        if (shown.isEmpty() || !shown.get().equals(file)) {
            return;
        }
        Task<Optional<FileStamp>> check = new Task<>() {
            @Override
            protected Optional<FileStamp> call() throws Exception {
                return FileStamp.current(file);
            }
        };
        check.setOnSucceeded(e -> {
            if (check.getValue().equals(data.getStamp())) {
                return; // our own save, or a touch that changed nothing
            }
            if (editor.isDirty()) {
                shell.setMessage(file.getFileName() + " changed on disk; your unsaved changes are kept, and saving"
                        + " will ask before overwriting");
                if (askChangedWhileEditing(file) == ConflictChoice.MERGE) {
                    merge(file, null);
                }
            } else {
                shell.setMessage(file.getFileName() + " changed on disk; reloading it");
                loads.open(file);
            }
        });
        background.execute(check);
    }
}
