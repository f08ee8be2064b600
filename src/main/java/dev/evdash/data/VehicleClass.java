package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which vehicles a figure counts. */
public enum VehicleClass {
    @JsonProperty("passenger_cars") PASSENGER_CARS("passenger cars"),
    @JsonProperty("light_vehicles") LIGHT_VEHICLES("light vehicles"),
    @JsonProperty("all_vehicles") ALL_VEHICLES("all vehicles, commercial included"),
    @JsonProperty("commercial_vehicles") COMMERCIAL_VEHICLES("commercial vehicles");

    private final String label;

    VehicleClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
