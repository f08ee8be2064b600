package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a source words a figure that is not an exact number ("more than 17 million"). */
public enum Qualifier {
    @JsonProperty("about") ABOUT("about"),
    @JsonProperty("nearly") NEARLY("nearly"),
    @JsonProperty("more_than") MORE_THAN("more than"),
    @JsonProperty("less_than") LESS_THAN("less than"),
    /** A peak as the source words it ("as high as 25 %"): the figure reached, at most. */
    @JsonProperty("as_high_as") AS_HIGH_AS("as high as");

    private final String words;

    Qualifier(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
