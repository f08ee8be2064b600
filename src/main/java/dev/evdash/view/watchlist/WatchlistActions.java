package dev.evdash.view.watchlist;

/** What the Watchlist asks the application to do: open the editor's forms. */
public interface WatchlistActions {

    /** Opens the form for a new value of metric {@code metricId}. */
    void addValue(String metricId);

    /** Opens the form for a new watchlist metric. */
    void addMetric();
}
