package dev.evdash.data;

import java.util.List;
import java.util.Optional;

/** The outcome of reading a data file: a valid dataset, or the problems that keep it from being one. */
public final class ReadResult {

    private final Dataset dataset;
    private final List<Problem> problems;

    private ReadResult(Dataset dataset, List<Problem> problems) {
        this.dataset = dataset;
        this.problems = List.copyOf(problems);
    }

    static ReadResult valid(Dataset dataset) {
        return new ReadResult(dataset, List.of());
    }

    static ReadResult invalid(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid result needs at least one problem");
        }
        return new ReadResult(null, problems);
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
