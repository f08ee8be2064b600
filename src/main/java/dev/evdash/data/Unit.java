package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Unit {
    @JsonProperty("vehicles") VEHICLES("vehicles"),
    @JsonProperty("percent") PERCENT("%");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
