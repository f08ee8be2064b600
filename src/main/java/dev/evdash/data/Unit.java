package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Unit {
    @JsonProperty("vehicles") VEHICLES("vehicles"),
    @JsonProperty("percent") PERCENT("%"),
    /** A change on an earlier period, in percent: may be negative or above 100. */
    @JsonProperty("percent_change") PERCENT_CHANGE("% change");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
