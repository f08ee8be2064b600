package dev.evdash.app;

import dev.evdash.data.CheckedFiles;
import dev.evdash.data.DatasetReader;
import dev.evdash.model.ShellModel;
import dev.evdash.model.ViewId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.application.Platform;

/**
 * The runs the class-data-sharing archives are made from, one per launcher; the build
 * ({@code src/dist/cds-archive.sh}) and the Linux package's install script both run exactly these:
 * <ul>
 * <li>{@code EVDash --training-run}: the window opens on the bundled data read as a user's file (the JSON
 * Schema pass and all), reaches its first frame, opens each view in turn, each shown until it has been
 * rendered (two frames, counted as the first frame is), and quits;</li>
 * <li>{@code evdash-cli export --training-run}: every view of that file exported as PNG, SVG, PDF and CSV,
 * with the report PDF.</li>
 * </ul>
 * Every class that took loads then and goes into the launcher's archive: its start and the first opening
 * of each view map them instead of loading them from the jars. A run keeps off the user's own state: its
 * preferences, its record of checked files, the data file and what it writes are in a folder of its own,
 * deleted at exit, and the toolkit runs headless.
 */
final class TrainingRun {

    /** The bundled dataset's copy a training run reads, in its folder ({@link #prepare}). */
    static final String DATASET = "dataset.json";

    private TrainingRun() {}

    /**
     * Sets this JVM up for a training run, before anything reads preferences or starts the toolkit: a new
     * folder for all it writes, deleted at exit, holding a copy of the bundled dataset ({@link #DATASET});
     * returns that folder.
     */
    static Path prepare() {
        try {
            Path work = Files.createTempDirectory("evdash-training");
            System.setProperty("java.util.prefs.userRoot", work.resolve("prefs").toString());
            System.setProperty(CheckedFiles.CACHE_DIR_PROPERTY, work.resolve("cache").toString());
            Headless.useHeadlessPlatform();
            try (InputStream in = DatasetReader.class.getResourceAsStream(DatasetReader.BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled dataset is missing from the application");
                }
                Files.copy(in, work.resolve(DATASET));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(work), "evdash-training-cleanup"));
            return work;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    /** Shows every view in turn, each until it has been rendered, then runs {@code done}. FX thread. */
    static void start(ShellModel shell, Runnable done) {
        show(shell, 0, done);
    }

    /** As the build runs it: shows every view after the first frame, says so and exits the toolkit. */
    static void afterFirstFrame(ShellModel shell) {
        FirstFrame.await(elapsed -> start(shell, () -> {
            System.out.println("EVDash: training run done: " + ViewId.values().length + " views shown");
            Platform.exit();
        }));
    }

    private static void show(ShellModel shell, int next, Runnable done) {
        ViewId[] views = ViewId.values();
        if (next == views.length) {
            done.run();
            return;
        }
        shell.setCurrentView(views[next]);
        FirstFrame.afterFrames(() -> show(shell, next + 1, done));
    }
}
