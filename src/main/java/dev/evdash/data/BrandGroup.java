package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A group of brands whose share of a market sources give ("Chinese brands", "German brands",
 * "mainstream joint-venture brands"): data, listed in the dataset, so that a source's own grouping can be
 * recorded as it words it.
 *
 * @param kind how the group is drawn: by where its brands come from, by who owns them, or one maker's
 * @param partOf the larger group it is a part of (German brands of foreign brands), where it is one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BrandGroup(String id, String name, String description, Kind kind, String partOf) {

    public enum Kind {
        /** By the brands' country of origin: Chinese, foreign, German … (an origin split adds up to the market). */
        @JsonProperty("origin") ORIGIN,
        /** By ownership: joint-venture brands, luxury brands. */
        @JsonProperty("ownership") OWNERSHIP,
        /** One maker's brands (GM's American brands, Hyundai and Kia). */
        @JsonProperty("maker") MAKER
    }

    public BrandGroup(String id, String name, String description) {
        this(id, name, description, null, null);
    }
}
