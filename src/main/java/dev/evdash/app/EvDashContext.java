package dev.evdash.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.evdash.data.CheckedFiles;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.DatasetRepository;
import dev.evdash.data.DatasetStore;
import dev.evdash.data.LoadOutcome;
import dev.evdash.model.DataModel;
import dev.evdash.fx.Fonts;
import dev.evdash.export.ExportModels;
import dev.evdash.export.GraphExport;
import dev.evdash.model.AlliancesModel;
import dev.evdash.model.DeliveriesModel;
import dev.evdash.model.ViewId;
import dev.evdash.model.ShellModel;
import dev.evdash.model.Theme;
import dev.evdash.model.WebLinks;
import dev.evdash.model.edit.DataEditor;
import dev.evdash.model.edit.DataViewModel;
import dev.evdash.view.alliances.AllianceActions;
import dev.evdash.view.ViewCatalog;
import dev.evdash.view.ViewModels;
import dev.evdash.view.ViewServices;
import dev.evdash.view.data.DataViewActions;
import dev.evdash.view.shell.ShellActions;
import javafx.beans.value.ObservableStringValue;
import dev.evdash.view.shell.ShellController;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The composition root: builds the repository, models and views and hands each its collaborators.
 * {@link #load} does the start-up I/O and runs off the FX thread; {@link #show} builds the window on it.
 */
public final class EvDashContext {

    private static final System.Logger LOG = System.getLogger("dev.evdash");
    static final String STYLESHEET = "/dev/evdash/css/evdash.css";
    static final String WINDOW_ICON = "/dev/evdash/icons/evdash.png";
    static final int WINDOW_ICON_SIZE = System.getProperty("os.name", "").startsWith("Windows") ? 32 : 128;

    private final Settings settings;
    private final DataModel data;
    private final ShellModel shell;
    private final ViewModels models;
    private final ExportActions exports;
    private final ExecutorService layoutThread;
    private final DataActions dataActions;
    private final ExecutorService background;
    private final Consumer<String> browser;
    private final DataEditor editor;
    private final EditActions edits;

    private EvDashContext(Settings settings, DatasetRepository repository, LoadOutcome initial, Consumer<String> browser) {
        this.settings = settings;
        this.browser = browser;
        data = new DataModel(initial);
        shell = new ShellModel(data);
        layoutThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "evdash-layout");
            t.setDaemon(true);
            return t;
        });
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "evdash-io");
            t.setDaemon(true);
            return t;
        });
        dataActions = new DataActions(repository, data, background);
        DatasetStore store = new DatasetStore(DatasetCodec.shared(), repository.reader());
        editor = new DataEditor(data, store::check);
        edits = new EditActions(data, editor, store, repository, dataActions, shell, background);
        shell.unsavedProperty().bind(editor.dirtyProperty());
        shell.canUndoProperty().bind(editor.canUndoProperty());
        shell.canRedoProperty().bind(editor.canRedoProperty());
        shell.undoTextProperty().bind(editor.undoTextProperty());
        shell.redoTextProperty().bind(editor.redoTextProperty());
        // each view's model (and what it derives from the data) is made when the view is first shown
        models = new ViewModels(data, layoutThread, Platform::runLater, editor);
        exports = new ExportActions(new ExportModels(models), shell, data, settings, background);
        if (initial.hasProblems()) {
            dataActions.report(initial.problems());
        }
        WindowState.restore(settings, shell);
    }

    /**
     * Reads the data to start with: {@code dataFile} if given, else {@code userFile} if it exists, else the
     * bundled dataset. {@code browser} opens web addresses (the application's host services).
     */
    public static EvDashContext load(Optional<Path> dataFile, Path userFile, Settings settings, Consumer<String> browser) {
        return load(dataFile, userFile, CheckedFiles.none(), settings, browser);
    }

    /**
     * As {@link #load(Optional, Path, Settings, Consumer)}, remembering in {@code checked} the files found
     * valid, so that the same bytes open again without a second schema check, and saved files with them.
     */
    public static EvDashContext load(Optional<Path> dataFile, Path userFile, CheckedFiles checked, Settings settings,
            Consumer<String> browser) {
        DatasetRepository repository = new DatasetRepository(DatasetReader.remembering(checked), userFile);
        LoadOutcome initial = repository.loadInitial(dataFile);
        StartupTrace.mark("dataset read");
        return new EvDashContext(settings, repository, initial, browser);
    }

    /** The record of files this build found valid, in the user's cache folder. */
    public static CheckedFiles checkedFiles() {
        return CheckedFiles.forBuild(BuildInfo.build());
    }

    /**
     * Makes the models the first view shows (the Overview's includes the claims' count), on the calling
     * thread: at start-up, while the FX thread builds the window.
     */
    void prepareFirstView() {
        ViewId first = shell.getCurrentView();
        models.prepare(ViewCatalog.spec(first));
        if (first == ViewId.OVERVIEW) {
            models.prepare(ViewCatalog.CLAIMS);
        }
    }

    /** Builds the main window on {@code stage} and shows it. Call on the FX thread. */
    public void show(Stage stage) {
        show(stage, windowIcon());
    }

    /** As {@link #show(Stage)}, with the window icon already decoded (at start-up, off the FX thread). */
    void show(Stage stage, Optional<javafx.scene.image.Image> icon) {
        Fonts.load();
        // the theme's stylesheet set before the first control class loads: else that loads JavaFX's own
        // (Modena) first, only for the theme to replace it
        userAgentStylesheet(shell.getTheme());
        ShellActions actions = new Actions(stage);
        Views views = new Views(models, new Services(stage));
        ShellController shellController = new ShellController(shell, data, views, ViewCatalog.all(), actions);
        StartupTrace.mark("shell controller");
        Parent root = views.load("/dev/evdash/view/shell/Shell.fxml", type -> shellController);
        StartupTrace.mark("shell and first view loaded");
        dataActions.showProgressIn(shellController.statusBar());
        exports.showProgressIn(shellController.statusBar());

        Scene scene = new Scene(root, WindowState.DEFAULT_WIDTH, WindowState.DEFAULT_HEIGHT);
        scene.getStylesheets().add(EvDashContext.class.getResource(STYLESHEET).toExternalForm());
        StartupTrace.mark("scene");
        applyTheme(root, shell.getTheme());
        shell.themeProperty().addListener((obs, old, theme) -> applyTheme(root, theme));

        stage.titleProperty().bind(shell.titleProperty());
        icon.ifPresent(i -> stage.getIcons().setAll(i));
        stage.setScene(scene);
        WindowState.restore(settings, stage);
        stage.setOnCloseRequest(e -> {
            if (edits.confirmClose(stage, () -> closeNow(stage))) {
                close(stage);
            } else {
                e.consume(); // unsaved changes: the user stays, or the window closes after its save
            }
        });
        edits.attach(stage);
        stage.show();
    }

    /**
     * The application icon, the same picture the installers use, at the size the toolkit gives a window's
     * icon (32 px on Windows, 128 px elsewhere); none if the resource is missing. Decoded at that size, it is
     * not scaled down from 512 px on the FX thread as the window opens.
     */
    static Optional<javafx.scene.image.Image> windowIcon() {
        try (java.io.InputStream in = EvDashContext.class.getResourceAsStream(WINDOW_ICON)) {
            return in == null ? Optional.empty()
                    : Optional.of(new javafx.scene.image.Image(in, WINDOW_ICON_SIZE, WINDOW_ICON_SIZE, true, true));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private void closeNow(Stage stage) {
        close(stage);
        stage.close();
    }

    private void close(Stage stage) {
        edits.stopWatching();
        WindowState.save(settings, stage, shell);
        background.shutdownNow();
        layoutThread.shutdownNow();
    }

    /** Exports the network shown to a file the user picks, off the FX thread. */
    private final class GraphFiles implements AllianceActions {
        private final Stage stage;

        GraphFiles(Stage stage) {
            this.stage = stage;
        }

        @Override
        public void export(Format format, Window owner) {
            if (format == Format.SVG || format == Format.PDF) {
                exports.exportDocument(owner == null ? stage : owner, format == Format.SVG
                        ? dev.evdash.export.ExportFormat.SVG : dev.evdash.export.ExportFormat.PDF);
                return;
            }
            FileChooser chooser = new FileChooser();
            String ext = format == Format.GRAPHML ? "graphml" : "gexf";
            chooser.setTitle("Export the alliance network");
            chooser.setInitialFileName("evdash-alliances." + ext);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase() + " (*." + ext + ")",
                    "*." + ext));
            java.io.File file = chooser.showSaveDialog(owner == null ? stage : owner);
            if (file == null) {
                return;
            }
            AlliancesModel alliances = models.of(ViewCatalog.ALLIANCES);
            var graph = alliances.graphProperty().get();
            var metrics = alliances.metricsProperty().get();
            var positions = alliances.positions();
            background.execute(() -> {
                try {
                    if (format == Format.GRAPHML) {
                        GraphExport.writeGraphML(graph, metrics, file.toPath());
                    } else {
                        GraphExport.writeGexf(graph, metrics, positions, file.toPath());
                    }
                } catch (java.io.IOException e) {
                    Platform.runLater(() -> data.keepDataWithProblems(List.of(dev.evdash.data.Problem.ofFile(
                            file.toString(), "could not be written: " + e.getMessage()))));
                }
            });
        }
    }

    /** AtlantaFX's Primer themes, light and dark. */
    static final String LIGHT_THEME = new PrimerLight().getUserAgentStylesheet();
    static final String DARK_THEME = new PrimerDark().getUserAgentStylesheet();

    static void applyTheme(Parent root, Theme theme) {
        userAgentStylesheet(theme);
        root.getStyleClass().remove("dark");
        if (theme == Theme.DARK) {
            root.getStyleClass().add("dark");
        }
    }

    private static void userAgentStylesheet(Theme theme) {
        String stylesheet = theme == Theme.DARK ? DARK_THEME : LIGHT_THEME;
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
    }

    private void openLink(String url) {
        if (WebLinks.isOpenable(url)) {
            browser.accept(url.strip());
        } else {
            LOG.log(System.Logger.Level.WARNING, "not opened (only http and https links open): " + url);
        }
    }

    /** Loads {@code file} in the background, as File > Open does; the returned task ends when it is applied. */
    public javafx.concurrent.Task<dev.evdash.data.ReadResult> open(Path file) {
        return dataActions.open(file);
    }

    public DataModel data() {
        return data;
    }

    public ShellModel shell() {
        return shell;
    }

    /** The export commands, for tests that drive them without dialogs. */
    ExportActions exports() {
        return exports;
    }

    public AlliancesModel alliances() {
        return models.of(ViewCatalog.ALLIANCES);
    }

    public DeliveriesModel deliveries() {
        return models.of(ViewCatalog.DELIVERIES);
    }

    /** Every view's model, made when first asked for. */
    public ViewModels models() {
        return models;
    }

    public DataEditor editor() {
        return editor;
    }

    public DataViewModel dataView() {
        return models.of(ViewCatalog.DATA);
    }

    /** Saving and importing, for tests that drive them without file choosers. */
    EditActions edits() {
        return edits;
    }

    /** What the views ask of the application, carried out against this context. */
    private final class Services implements ViewServices {
        private final GraphFiles graphFiles;
        private final javafx.beans.binding.StringBinding dataTarget;

        Services(Stage stage) {
            graphFiles = new GraphFiles(stage);
            dataTarget = javafx.beans.binding.Bindings.createStringBinding(() -> edits.describeTarget(editor.isDirty()),
                    editor.dirtyProperty(), data.originProperty());
        }

        @Override
        public void show(ViewId view) {
            shell.setCurrentView(view);
        }

        @Override
        public void openLink(String url) {
            EvDashContext.this.openLink(url);
        }

        @Override
        public AllianceActions allianceFiles() {
            return graphFiles;
        }

        @Override
        public DataViewActions dataActions() {
            return edits;
        }

        @Override
        public ObservableStringValue dataTarget() {
            return dataTarget;
        }
    }

    /** The shell's requests, carried out against this context. */
    private final class Actions implements ShellActions {
        private final Stage stage;

        Actions(Stage stage) {
            this.stage = stage;
        }

        @Override
        public void open(Path file) {
            dataActions.open(file);
        }

        @Override
        public void reload() {
            dataActions.reload();
        }

        @Override
        public Optional<Path> chooseDataFile(Window owner) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open EVDash data file");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("EVDash dataset (*.json)", "*.json"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            data.getOrigin().path().map(Path::toAbsolutePath).map(Path::getParent)
                    .filter(p -> p.toFile().isDirectory()).ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
        }

        @Override
        public void showAbout(Window owner) {
            Alert about = new Alert(Alert.AlertType.INFORMATION);
            about.initOwner(owner);
            about.setTitle("About EVDash");
            about.setHeaderText("EVDash " + BuildInfo.version());
            about.setContentText("China's EV market and automaker–tech alliances, every figure with its source.\n"
                    + "Electric car sales data: IEA Global EV Data Explorer, CC BY 4.0.");
            about.show();
        }

        @Override
        public void exportImage(Window owner) {
            exports.exportImage(owner);
        }

        @Override
        public void copyImage() {
            exports.copyImage();
        }

        @Override
        public void exportSvg(Window owner) {
            exports.exportDocument(owner, dev.evdash.export.ExportFormat.SVG);
        }

        @Override
        public void exportPdf(Window owner) {
            exports.exportDocument(owner, dev.evdash.export.ExportFormat.PDF);
        }

        @Override
        public void exportReport(Window owner) {
            exports.exportReport(owner);
        }

        @Override
        public void resolveConflicts(Window owner) {
            edits.resolveRecorded();
        }

        @Override
        public void exportData(Window owner) {
            exports.exportData(owner);
        }

        @Override
        public void exportPack(Window owner) {
            exports.exportPack(owner);
        }

        @Override
        public void save() {
            edits.save();
        }

        @Override
        public void saveAs(Window owner) {
            edits.saveAs(owner);
        }

        @Override
        public void importIea(Window owner) {
            edits.importIea(owner);
        }

        @Override
        public void undo() {
            editor.undo();
        }

        @Override
        public void redo() {
            editor.redo();
        }

        @Override
        public void quit() {
            if (edits.confirmClose(stage, () -> closeNow(stage))) {
                closeNow(stage);
            }
        }
    }
}
