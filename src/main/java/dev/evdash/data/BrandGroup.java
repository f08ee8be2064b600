package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A group of brands whose share of a market sources give ("Chinese brands", "German brands",
 * "mainstream joint-venture brands"): data, listed in the dataset, so that a source's own grouping can be
 * recorded as it words it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BrandGroup(String id, String name, String description) {}
