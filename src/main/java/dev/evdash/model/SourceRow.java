package dev.evdash.model;

import dev.evdash.data.Source;

/** A line of the Sources view: a source and how much of the dataset rests on it. */
public record SourceRow(Source source, int figures, int partnerships, int conflicts) {

    public String title() {
        return source.title();
    }

    public String publisher() {
        return source.publisher();
    }

    public String published() {
        return source.publishedDate().orElse("n.d.");
    }

    public String kind() {
        return source.kind().label();
    }

    public String url() {
        return source.url();
    }
}
