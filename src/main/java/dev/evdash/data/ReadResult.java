package dev.evdash.data;

import java.util.List;
import java.util.Optional;

/** The outcome of reading a data file: a valid dataset, or the problems that keep it from being one. */
public final class ReadResult {

    private final Dataset dataset;
    private final List<Problem> problems;
    private final FileStamp stamp;

    private ReadResult(Dataset dataset, List<Problem> problems, FileStamp stamp) {
        this.dataset = dataset;
        this.problems = List.copyOf(problems);
        this.stamp = stamp;
    }

    static ReadResult valid(Dataset dataset) {
        return new ReadResult(dataset, List.of(), null);
    }

    static ReadResult invalid(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid result needs at least one problem");
        }
        return new ReadResult(null, problems, null);
    }

    /** The same result, knowing the bytes it was read from. */
    ReadResult withStamp(FileStamp stamp) {
        return new ReadResult(dataset, problems, stamp);
    }

    /** The stamp of the bytes that were read, when they were read from a file. */
    public Optional<FileStamp> stamp() {
        return Optional.ofNullable(stamp);
    }

    public boolean isValid() {
        return dataset != null;
    }

    public Optional<Dataset> dataset() {
        return Optional.ofNullable(dataset);
    }

    public List<Problem> problems() {
        return problems;
    }
}
