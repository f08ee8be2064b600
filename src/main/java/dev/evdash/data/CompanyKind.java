package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum CompanyKind {
    @JsonProperty("automaker") AUTOMAKER,
    @JsonProperty("tech") TECH,
    @JsonProperty("supplier") SUPPLIER
}
