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

    /** The name in the JSON file: {@code company}, {@code iea}, … */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether {@code text} names a kind rather than a source. */
    public static boolean isKind(String text) {
        return java.util.Arrays.stream(values()).anyMatch(k -> k.id().equals(text));
    }
}
