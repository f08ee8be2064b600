package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a partnership covers. */
public enum Area {
    @JsonProperty("llm_cockpit") LLM_COCKPIT("LLM cockpit"),
    @JsonProperty("adas") ADAS("Driver assistance"),
    @JsonProperty("os") OS("Operating system"),
    @JsonProperty("cloud") CLOUD("Cloud"),
    @JsonProperty("platform") PLATFORM("Vehicle platform"),
    @JsonProperty("equity") EQUITY("Equity stake"),
    @JsonProperty("jv") JV("Joint venture"),
    @JsonProperty("chips") CHIPS("Chips"),
    @JsonProperty("battery") BATTERY("Battery");

    private final String label;

    Area(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
