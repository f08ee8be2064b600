package dev.evdash.model;

import dev.evdash.data.Source;
import dev.evdash.data.WatchMetric;
import java.util.List;

/**
 * One AI-adoption metric as the Watchlist shows it.
 *
 * @param latest "about 33.3 % of orders", or "no data yet" when no source has given a value
 * @param period the latest value's period, empty without one
 * @param change the change on the value before (or, for a running total, what it added), empty without one
 * @param direction the sign of the change: 1 up, -1 down, 0 flat or unknown
 * @param trend the values, oldest first, one per period
 * @param target "Target 50 % by 2030", or "No target in the data"
 * @param gap "32 points to go", "target reached", or empty without a target or a value
 * @param pace "6.4 points a year needed", empty without a target or a value
 * @param conflict sources disagree on the latest period's value
 * @param via for the article's metrics, the proxy whose value is shown; for a proxy, what it stands in for
 * @param sources the sources of the values and the target
 */
public record WatchRow(WatchMetric metric, String company, String latest, String period, String change, int direction,
        List<Double> trend, String target, String gap, String pace, boolean conflict, String via,
        List<Source> sources) {

    public WatchRow {
        trend = List.copyOf(trend);
        sources = List.copyOf(sources);
    }

    /** Whether a source has given a value for it (or, for one of the article's metrics, for a proxy of it). */
    public boolean hasData() {
        return !trend.isEmpty() || !period.isEmpty();
    }
}
