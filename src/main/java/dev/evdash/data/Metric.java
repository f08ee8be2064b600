package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Metric {
    /** New vehicles of the series' powertrain sold in a region ({@code all}: every new vehicle). */
    @JsonProperty("ev_sales") EV_SALES(Unit.VEHICLES),
    /**
     * Share of new vehicles sold that are of the series' powertrain, percent: a market's NEV or EV
     * penetration, or the share of a company's or brand group's sales in {@code market}.
     */
    @JsonProperty("ev_sales_share") EV_SALES_SHARE(Unit.PERCENT),
    /** A region's share of world electric car sales as a source states it, percent. */
    @JsonProperty("share_of_world_ev_sales") SHARE_OF_WORLD_EV_SALES(Unit.PERCENT),
    /** Electric cars on the road in a region at the end of a year. */
    @JsonProperty("ev_stock") EV_STOCK(Unit.VEHICLES),
    /** Vehicles a company (or brand group) delivered or sold. */
    @JsonProperty("deliveries") DELIVERIES(Unit.VEHICLES),
    /**
     * Share of a market's new-vehicle sales taken by a company or brand group, percent; the powertrain
     * says which market is counted ({@code all}: the whole car market, {@code nev}: the NEV market).
     */
    @JsonProperty("market_share") MARKET_SHARE(Unit.PERCENT),
    /** Change on the same period a year earlier of the sales or deliveries the series names, percent. */
    @JsonProperty("growth_yoy") GROWTH_YOY(Unit.PERCENT_CHANGE),
    /** Vehicles produced. */
    @JsonProperty("production") PRODUCTION(Unit.VEHICLES),
    /** Vehicles exported from a region. */
    @JsonProperty("exports") EXPORTS(Unit.VEHICLES);

    private final Unit unit;

    Metric(Unit unit) {
        this.unit = unit;
    }

    /** The only unit this metric may be given in. */
    public Unit unit() {
        return unit;
    }
}
