package dev.evdash.model;

import java.util.List;

/**
 * A key figure of the Overview: its value for the latest period the data has, the change on the period
 * before, a small trend and where it comes from.
 *
 * @param change e.g. "+23.1 % on 2024", empty when there is nothing to compare with
 * @param direction the sign of the change: 1 up, -1 down, 0 flat or unknown
 * @param trend values for the sparkline, oldest first
 * @param provenance value, period and sources, for the hover text
 * @param sources the sources of the latest value
 */
public record Kpi(String title, String value, String period, String change, int direction, List<Double> trend,
        String provenance, List<dev.evdash.data.Source> sources) {

    public Kpi {
        trend = List.copyOf(trend);
        sources = List.copyOf(sources);
    }
}
