package dev.evdash.model;

import dev.evdash.data.Source;
import dev.evdash.data.WatchMetric;
import java.util.List;

/**
 * One AI-adoption metric as the Watchlist shows it.
 *
 * @param latest "42 %" or "no data yet" when no source has given a value
 * @param period the latest value's period, empty without one
 * @param change the change on the value before, empty when there is none
 * @param direction the sign of the change: 1 up, -1 down, 0 flat or unknown
 * @param trend the values, oldest first, one per period
 * @param target "Target 50 % by 2030", or "No target in the data"
 * @param gap "8 points to go", "target reached", or empty without a target or a value
 * @param sources the sources of the values and the target
 */
public record WatchRow(WatchMetric metric, String company, String latest, String period, String change, int direction,
        List<Double> trend, String target, String gap, List<Source> sources) {

    public WatchRow {
        trend = List.copyOf(trend);
        sources = List.copyOf(sources);
    }

    public boolean hasData() {
        return !metric.points().isEmpty();
    }
}
