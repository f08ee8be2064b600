package dev.evdash.model;

import dev.evdash.data.Source;

/** An entry of a view's source switch: the dataset's priority, or one source to plot first. */
public record SourceOption(Source source) {

    public static final SourceOption PRIORITY = new SourceOption(null);

    /** The source id to prefer, or null for the dataset's priority. */
    public String sourceId() {
        return source == null ? null : source.id();
    }

    @Override
    public String toString() {
        return source == null ? "Dataset priority (company reports and IEA first)"
                : source.title() + " (" + source.kind().label() + ")";
    }
}
