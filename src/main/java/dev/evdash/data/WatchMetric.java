package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An AI-adoption metric to monitor, with its sourced values; its history may be empty until a source gives
 * one.
 *
 * @param articleMetric which of the article's three BMW metrics this one feeds, where it feeds one
 * @param proxyFor the id of the metric this one stands in for until that one is published
 * @param proxyNote what it stands in for and why it is only a proxy
 * @param peerGroup metrics of different companies that can be set side by side share one
 * @param cumulative a running total: its growth per period is computed, not stored
 * @param plot {@code points} where the values' scopes differ: labelled points, never joined as a line
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "company", "unit", "description", "articleMetric", "proxyFor", "proxyNote",
    "peerGroup", "cumulative", "plot", "target", "points"})
public record WatchMetric(
        String id, String name, String company, String unit, String description, ArticleMetric articleMetric,
        String proxyFor, String proxyNote, String peerGroup, Boolean cumulative, Plot plot, Target target,
        List<Point> points) {

    /** The article's three metrics: "Neue Klasse sales penetration, OTA update frequency, AI feature adoption". */
    public enum ArticleMetric {
        @JsonProperty("neue_klasse_penetration") NEUE_KLASSE_PENETRATION("Neue Klasse sales penetration"),
        @JsonProperty("ota_frequency") OTA_FREQUENCY("OTA update frequency"),
        @JsonProperty("ai_feature_adoption") AI_FEATURE_ADOPTION("AI feature adoption");

        private final String label;

        ArticleMetric(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a metric's history is drawn. */
    public enum Plot {
        /** Values of differing scope: labelled points, not a line. */
        @JsonProperty("points") POINTS
    }

    public WatchMetric {
        points = points == null ? List.of() : List.copyOf(points);
    }

    /** A metric as version 1 of the file had it. */
    public WatchMetric(String id, String name, String company, String unit, String description, Target target,
            List<Point> points) {
        this(id, name, company, unit, description, null, null, null, null, null, null, target, points);
    }

    public Optional<Target> goal() {
        return Optional.ofNullable(target);
    }

    /** Whether the values are a running total (not a bean getter, so the file keeps {@code cumulative}). */
    public boolean runningTotal() {
        return Boolean.TRUE.equals(cumulative);
    }

    public WatchMetric withPoints(List<Point> newPoints) {
        return new WatchMetric(id, name, company, unit, description, articleMetric, proxyFor, proxyNote, peerGroup,
                cumulative, plot, target, newPoints);
    }

    public WatchMetric withProxyFor(String id) {
        return new WatchMetric(this.id, name, company, unit, description, articleMetric, id, proxyNote, peerGroup,
                cumulative, plot, target, points);
    }

    public WatchMetric withTarget(Target newTarget) {
        return new WatchMetric(id, name, company, unit, description, articleMetric, proxyFor, proxyNote, peerGroup,
                cumulative, plot, newTarget, points);
    }

    /** A target a source states ("50 % BEV share of sales by 2030"), with its words. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"value", "period", "source", "excerpt", "note"})
    public record Target(@JsonSerialize(using = CompactNumberSerializer.class) double value, Period period,
            String source, String excerpt, String note) {

        public Target(double value, Period period, String source) {
            this(value, period, source, null, null);
        }

        public Target withSource(String id) {
            return new Target(value, period, id, excerpt, note);
        }
    }
}
