package dev.evdash.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Decides which data to show: a file named on the command line, else the user's data file, else the
 * bundled dataset. A file that cannot be used is reported and left untouched, and the bundled dataset is
 * shown instead.
 */
public final class DatasetRepository {

    private final DatasetReader reader;
    private final Path userFile;
    private ReadResult bundled;

    public DatasetRepository(DatasetReader reader, Path userFile) {
        this.reader = reader;
        this.userFile = userFile;
    }

    /** The reader files are read with (a save checks its bytes with it, and records them where it does). */
    public DatasetReader reader() {
        return reader;
    }

    public Path userFile() {
        return userFile;
    }

    /** Loads at start-up; {@code requested} is the {@code --data} file, if any. */
    public LoadOutcome loadInitial(Optional<Path> requested) {
        if (requested.isPresent()) {
            return load(requested.get());
        }
        if (Files.exists(userFile)) {
            return load(userFile);
        }
        return bundled(List.of());
    }

    /** Loads {@code file}; when it is not a valid dataset, the bundled one comes with its problems. */
    public LoadOutcome load(Path file) {
        ReadResult r = reader.read(file);
        return r.dataset()
                .map(d -> new LoadOutcome(d, DataOrigin.file(file), List.of(), r.stamp().orElse(null)))
                .orElseGet(() -> bundled(r.problems()));
    }

    /** Reads {@code file} without falling back: for a reload, where the caller keeps its last good data. */
    public ReadResult read(Path file) {
        return reader.read(file);
    }

    /** Reads the dataset that ships with the application: once, as it never changes while the app runs. */
    public synchronized ReadResult readBundled() {
        if (bundled == null) {
            bundled = reader.readBundled();
        }
        return bundled;
    }

    private LoadOutcome bundled(List<Problem> problems) {
        ReadResult r = readBundled();
        Dataset d = r.dataset().orElseThrow(() -> new IllegalStateException(
                "the bundled dataset is invalid: " + r.problems().get(0).format()));
        return new LoadOutcome(d, DataOrigin.bundled(), problems);
    }
}
