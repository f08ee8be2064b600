package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The market a company series covers when it is not worldwide. */
public enum Market {
    @JsonProperty("china") CHINA("China"),
    @JsonProperty("outside_china") OUTSIDE_CHINA("outside China"),
    @JsonProperty("europe") EUROPE("Europe"),
    @JsonProperty("usa") USA("United States");

    private final String label;

    Market(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
