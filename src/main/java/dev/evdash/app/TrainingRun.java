package dev.evdash.app;

import dev.evdash.model.ShellModel;
import dev.evdash.model.ViewId;
import javafx.application.Platform;

/**
 * {@code --training-run}: what the window's class-data-sharing archive is made from. After the first
 * frame the window opens each view in turn, each shown until it has been rendered (two frames, counted
 * as the first frame is), and quits. Every class that took loads then and goes into the archive: the
 * window's start and the first opening of each view map them instead of loading them from the jars.
 */
final class TrainingRun {

    private TrainingRun() {}

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
