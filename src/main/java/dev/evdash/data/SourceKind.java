package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a figure originates; the dataset's source priority orders these kinds. */
public enum SourceKind {
    @JsonProperty("company") COMPANY("Company report"),
    @JsonProperty("iea") IEA("IEA"),
    @JsonProperty("statistics") STATISTICS("Official statistics"),
    @JsonProperty("aggregator") AGGREGATOR("Data aggregator"),
    @JsonProperty("press") PRESS("Press"),
    @JsonProperty("article") ARTICLE("Commentary article");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
