package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Region {
    @JsonProperty("world") WORLD("World"),
    @JsonProperty("china") CHINA("China"),
    @JsonProperty("europe") EUROPE("Europe"),
    @JsonProperty("usa") USA("United States");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
