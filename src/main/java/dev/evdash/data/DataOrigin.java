package dev.evdash.data;

import java.nio.file.Path;
import java.util.Optional;

/** Where the dataset on screen came from: a file on disk, or the dataset bundled with the app. */
public final class DataOrigin {

    private static final DataOrigin BUNDLED = new DataOrigin(null);

    private final Path file;

    private DataOrigin(Path file) {
        this.file = file;
    }

    public static DataOrigin bundled() {
        return BUNDLED;
    }

    public static DataOrigin file(Path file) {
        return new DataOrigin(file);
    }

    public Optional<Path> path() {
        return Optional.ofNullable(file);
    }

    public boolean isBundled() {
        return file == null;
    }

    /** "bundled dataset" or the file's path as given. */
    public String label() {
        return file == null ? DatasetReader.BUNDLED_NAME : file.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataOrigin other && java.util.Objects.equals(file, other.file);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(file);
    }

    @Override
    public String toString() {
        return label();
    }
}
