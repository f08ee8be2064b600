package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Powertrain {
    @JsonProperty("bev") BEV("BEV"),
    @JsonProperty("phev") PHEV("PHEV"),
    @JsonProperty("fcev") FCEV("FCEV"),
    @JsonProperty("ev") EV("BEV+PHEV"),
    @JsonProperty("nev") NEV("NEV"),
    @JsonProperty("all") ALL("all powertrains");

    private final String label;

    Powertrain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
