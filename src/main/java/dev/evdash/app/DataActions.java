package dev.evdash.app;

import dev.evdash.data.DataOrigin;
import dev.evdash.data.DatasetRepository;
import dev.evdash.data.LoadOutcome;
import dev.evdash.data.Problem;
import dev.evdash.data.ReadResult;
import dev.evdash.model.DataModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.controlsfx.control.StatusBar;

/**
 * Loads data files off the FX thread and applies the result: a valid file replaces the data on screen;
 * an invalid one is reported (in the window and in the log) and the last good data stays.
 */
final class DataActions {

    private static final System.Logger LOG = System.getLogger("dev.evdash");

    private final DatasetRepository repository;
    private final DataModel data;
    private final Executor background;
    private StatusBar statusBar;

    DataActions(DatasetRepository repository, DataModel data, Executor background) {
        this.repository = repository;
        this.data = data;
        this.background = background;
    }

    void showProgressIn(StatusBar bar) {
        this.statusBar = bar;
    }

    /** Reports problems of a file that could not be used: the one place that shows and logs them. */
    void report(List<Problem> problems) {
        problems.forEach(p -> LOG.log(System.Logger.Level.WARNING, p.format()));
    }

    Task<ReadResult> open(Path file) {
        return run("Loading " + file + "…", () -> repository.read(file), DataOrigin.file(file));
    }

    Task<ReadResult> reload() {
        DataOrigin origin = data.getOrigin();
        return origin.path()
                .map(this::open)
                .orElseGet(() -> run("Reloading the bundled dataset…", repository::readBundled, origin));
    }

    private Task<ReadResult> run(String message, Supplier<ReadResult> read, DataOrigin origin) {
        Task<ReadResult> task = new Task<>() {
            @Override
            protected ReadResult call() {
                updateMessage(message);
                updateProgress(-1, 1);
                return read.get();
            }
        };
        task.setOnSucceeded(e -> {
            ReadResult r = task.getValue();
            r.dataset().ifPresentOrElse(
                    d -> data.apply(new LoadOutcome(d, origin, List.of(), r.stamp().orElse(null))),
                    () -> {
                        report(r.problems());
                        data.keepDataWithProblems(r.problems());
                    });
        });
        task.setOnFailed(e -> {
            List<Problem> problems = List.of(Problem.ofFile(origin.label(), "could not be loaded: "
                    + task.getException().getMessage()));
            report(problems);
            data.keepDataWithProblems(problems);
        });
        track(task);
        background.execute(task);
        return task;
    }

    /** Shows {@code task}'s progress in the status bar while it runs. */
    void track(Task<?> task) {
        if (statusBar != null) {
            StatusBar bar = statusBar;
            bar.progressProperty().bind(task.progressProperty());
            task.runningProperty().addListener((obs, was, running) -> {
                if (!running) {
                    bar.progressProperty().unbind();
                    bar.setProgress(0);
                }
            });
        }
    }
}
