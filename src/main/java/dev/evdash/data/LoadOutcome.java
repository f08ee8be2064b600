package dev.evdash.data;

import java.util.List;
import java.util.Optional;

/**
 * What loading produced: the dataset to show and where it came from, the stamp of the file's bytes when
 * it came from a file (null for the bundled dataset), and the problems of a file that was asked for but
 * could not be used (then {@code origin} is the fallback).
 */
public record LoadOutcome(Dataset dataset, DataOrigin origin, List<Problem> problems, FileStamp stamp) {

    public LoadOutcome {
        problems = List.copyOf(problems);
    }

    public LoadOutcome(Dataset dataset, DataOrigin origin, List<Problem> problems) {
        this(dataset, origin, problems, null);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** What the file held when it was read; empty for the bundled dataset. */
    public Optional<FileStamp> fileStamp() {
        return Optional.ofNullable(stamp);
    }
}
