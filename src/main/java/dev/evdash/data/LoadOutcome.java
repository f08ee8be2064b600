package dev.evdash.data;

import java.util.List;

/**
 * What loading produced: the dataset to show and where it came from, and the problems of a file that
 * was asked for but could not be used (then {@code origin} is the fallback).
 */
public record LoadOutcome(Dataset dataset, DataOrigin origin, List<Problem> problems) {

    public LoadOutcome {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
