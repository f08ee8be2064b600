package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum PartnershipStatus {
    @JsonProperty("announced") ANNOUNCED,
    @JsonProperty("active") ACTIVE,
    @JsonProperty("ended") ENDED
}
