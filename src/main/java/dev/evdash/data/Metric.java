package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Metric {
    /** New electric cars sold in a region. */
    @JsonProperty("ev_sales") EV_SALES(Unit.VEHICLES),
    /** Electric share of all new cars sold in a region, percent. */
    @JsonProperty("ev_sales_share") EV_SALES_SHARE(Unit.PERCENT),
    /** A region's share of world electric car sales as a source states it, percent. */
    @JsonProperty("share_of_world_ev_sales") SHARE_OF_WORLD_EV_SALES(Unit.PERCENT),
    /** Electric cars on the road in a region at the end of a year. */
    @JsonProperty("ev_stock") EV_STOCK(Unit.VEHICLES),
    /** Vehicles a company delivered or sold. */
    @JsonProperty("deliveries") DELIVERIES(Unit.VEHICLES);

    private final Unit unit;

    Metric(Unit unit) {
        this.unit = unit;
    }

    /** The only unit this metric may be given in. */
    public Unit unit() {
        return unit;
    }
}
