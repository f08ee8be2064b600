package dev.evdash.model;

/** The views of the main window, in sidebar order. Views not built yet are absent, not empty. */
public enum ViewId {
    OVERVIEW("Overview"),
    CHINA_SHARE("China share"),
    DELIVERIES("Deliveries"),
    ALLIANCES("Alliances"),
    WATCHLIST("Watchlist"),
    CLAIMS("Claims"),
    SOURCES("Sources"),
    DATA("Data");

    private final String title;

    ViewId(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
