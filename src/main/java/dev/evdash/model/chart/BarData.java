package dev.evdash.model.chart;

import java.util.List;

/**
 * What a bar chart shows, ready to draw: categories along the x axis (periods), groups side by side in
 * each category (companies, or one group), and each bar a stack of segments (BEV and PHEV, or regions).
 * Plain data: models build it, the chart control only lays it out and draws it.
 *
 * @param categories x-axis labels, in order
 * @param groups the bars within a category, in order (legend entries when {@code colorBy} is GROUP)
 * @param stacks the segment kinds, bottom to top (legend entries when {@code colorBy} is STACK)
 * @param bars the bars that have a value; a missing bar leaves a gap
 * @param unit how values are worded, e.g. "vehicles" or "%"
 * @param colorBy whether colours tell groups or segment kinds apart
 * @param colours palette index of each group or stack (by {@code colorBy}); empty: 0, 1, 2 …
 * @param line an optional line over the bars on its own axis at the right (e.g. a share in %)
 * @param spans the time each category covers, in months since year 0 ({start, end}), one per category, or
 *     empty where the categories are not periods
 * @param events dated events (partnerships, milestones) marked above the bars at their dates within the
 *     categories' spans, as on the charts over time
 */
public record BarData(List<String> categories, List<String> groups, List<String> stacks, List<Bar> bars,
        String unit, ColorBy colorBy, List<Integer> colours, java.util.Optional<Line> line, List<double[]> spans,
        List<TimeChartData.Event> events) {

    public enum ColorBy { GROUP, STACK }

    public static final BarData EMPTY = new BarData(List.of(), List.of(), List.of(), List.of(), "", ColorBy.STACK);

    public BarData(List<String> categories, List<String> groups, List<String> stacks, List<Bar> bars, String unit,
            ColorBy colorBy) {
        this(categories, groups, stacks, bars, unit, colorBy, List.of(), java.util.Optional.empty());
    }

    /**
     * A line over the bars, one point per category (NaN: no point), on a right axis from 0 to {@code max}.
     *
     * @param colour palette index of the line
     */
    public record Line(String name, List<Double> values, List<String> labels, List<String> tooltips, double max,
            int colour) {
        public Line {
            values = List.copyOf(values);
            labels = List.copyOf(labels);
            tooltips = List.copyOf(tooltips);
        }
    }

    public BarData(List<String> categories, List<String> groups, List<String> stacks, List<Bar> bars, String unit,
            ColorBy colorBy, List<Integer> colours, java.util.Optional<Line> line) {
        this(categories, groups, stacks, bars, unit, colorBy, colours, line, List.of(), List.of());
    }

    /** The same bars with {@code events} marked at their dates, the categories covering {@code spans}. */
    public BarData withEvents(List<double[]> spans, List<TimeChartData.Event> events) {
        if (spans.size() != categories.size()) {
            throw new IllegalArgumentException(spans.size() + " spans for " + categories.size() + " categories");
        }
        return new BarData(categories, groups, stacks, bars, unit, colorBy, colours, line, spans, events);
    }

    public BarData {
        spans = List.copyOf(spans);
        events = List.copyOf(events);
        colours = List.copyOf(colours);
        categories = List.copyOf(categories);
        groups = List.copyOf(groups);
        stacks = List.copyOf(stacks);
        bars = List.copyOf(bars);
    }

    /** One bar: its place and its segments, bottom to top. */
    public record Bar(int category, int group, List<Segment> segments) {
        public Bar {
            segments = List.copyOf(segments);
        }

        public double total() {
            return segments.stream().mapToDouble(Segment::value).sum();
        }
    }

    /**
     * A part of a bar.
     *
     * @param stack index into {@link BarData#stacks()}
     * @param value the plotted value
     * @param tooltip value, unit, period and source, and every other figure where sources disagree
     * @param conflict whether sources disagree on this figure (the chart marks it)
     * @param source where the plotted value comes from, for the exported data
     */
    public record Segment(int stack, double value, String tooltip, boolean conflict, String source) {}

    /** The palette index of group or stack {@code i}. */
    public int colour(int i) {
        return i < colours.size() ? colours.get(i) : i;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /** Whether any bar has more than one segment: stacked bars cannot use a log scale. */
    public boolean isStacked() {
        return bars.stream().anyMatch(b -> b.segments().size() > 1);
    }
}
