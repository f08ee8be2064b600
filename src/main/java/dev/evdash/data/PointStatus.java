package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What kind of figure a point is when it is not a reported outturn (a point without a status is one).
 * Preliminary figures and estimates stand in for the outturn until it is published and are then shown as
 * revisions of it; projections and targets are about the future and are never charted as history.
 */
public enum PointStatus {
    @JsonProperty("preliminary") PRELIMINARY("preliminary", false),
    @JsonProperty("estimate") ESTIMATE("estimate", false),
    @JsonProperty("projection") PROJECTION("projection", true),
    @JsonProperty("target") TARGET("target", true);

    private final String words;
    private final boolean forward;

    PointStatus(String words, boolean forward) {
        this.words = words;
        this.forward = forward;
    }

    public String words() {
        return words;
    }

    /** Whether the figure is about what is expected or aimed at, not what happened. */
    public boolean forwardLooking() {
        return forward;
    }
}
