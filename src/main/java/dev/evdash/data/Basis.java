package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a body counts sales: what a figure's "sold" means. */
public enum Basis {
    /** Sold to buyers in the market (CPCA retail). */
    @JsonProperty("retail") RETAIL("retail"),
    /** Shipped by makers, exports included (CPCA wholesale, CAAM). */
    @JsonProperty("wholesale") WHOLESALE("wholesale"),
    /** Shipped by makers to the home market: wholesale without exports (CAAM's domestic sales). */
    @JsonProperty("domestic_wholesale") DOMESTIC_WHOLESALE("wholesale, domestic (exports excluded)"),
    /** New registrations (ACEA, Eurostat). */
    @JsonProperty("registrations") REGISTRATIONS("registrations"),
    @JsonProperty("production") PRODUCTION("production");

    private final String label;

    Basis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
