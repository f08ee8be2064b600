package dev.evdash.model.chart;

import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * What a chart over time shows, ready to lay out: lines of dated figures, bars that span their period,
 * dated events (alliance announcements, milestones) and reference rules, on one continuous time axis
 * counted in months since year 0 (a period's start and end, so a year, a month and a run of months each
 * cover the time they are about). Plain data: models build it, the chart control lays it out and draws it.
 *
 * @param from the first month shown (inclusive)
 * @param to the end of the last month shown (exclusive)
 * @param left the value axis at the left
 * @param right an optional second value axis at the right (lines with {@code right} use it)
 * @param stacks the kinds of bar segment, bottom to top (legend entries)
 */
public record TimeChartData(double from, double to, Axis left, Optional<Axis> right, List<Line> lines,
        List<Stack> stacks, List<Bar> bars, List<Event> events, List<Rule> rules, List<Gap> gaps) {

    public static final TimeChartData EMPTY = new TimeChartData(0, 12, new Axis("", Double.NaN, v -> ""),
            Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of());

    public TimeChartData(double from, double to, Axis left, Optional<Axis> right, List<Line> lines,
            List<Stack> stacks, List<Bar> bars, List<Event> events, List<Rule> rules) {
        this(from, to, left, right, lines, stacks, bars, events, rules, List.of());
    }

    public TimeChartData {
        gaps = List.copyOf(gaps);
        lines = List.copyOf(lines);
        stacks = List.copyOf(stacks);
        bars = List.copyOf(bars);
        events = List.copyOf(events);
        rules = List.copyOf(rules);
    }

    /**
     * A value axis.
     *
     * @param max the top of the axis, or NaN to fit the data
     * @param format tick wording ("50 %", "2.5 M")
     */
    public record Axis(String unit, double max, DoubleFunction<String> format) {}

    /** How a line joins its marks. */
    public enum Join {
        /** A polyline through the marks' middles; marks more than two periods apart are not joined. */
        CONNECTED,
        /** Each mark a flat step across its own period (a year's figure on a monthly axis). */
        STEPS,
        /**
         * Every mark joined to the next, dashed across the months between them: figures as of scattered dates
         * (a running total reported now and then), where the dashes show only that nothing is known between.
         */
        ACROSS_GAPS,
        /** Marks alone, never joined: figures of differing scope. */
        NONE
    }

    /** One dated figure of a line. */
    /**
     * @param label a text beside the mark ("> 50,000"), for figures plotted as labelled points; null for none
     */
    public record Mark(double start, double end, double value, String tooltip, Style style, String label) {
        public Mark(double start, double end, double value, String tooltip, Style style) {
            this(start, end, value, tooltip, style, null);
        }

        public double middle() {
            return (start + end) / 2;
        }
    }

    /**
     * How a mark is drawn.
     *
     * @param tentative an estimate, a preliminary figure or an approximate period: a hollow mark
     * @param conflict sources disagree on it: a warning marker
     * @param revised a preliminary figure or estimate differs from it: a revision marker
     * @param forward a projection or target: a hollow diamond, never joined to the history
     */
    public record Style(boolean tentative, boolean conflict, boolean revised, boolean forward) {
        public static final Style PLAIN = new Style(false, false, false, false);
    }

    /** A series of marks: a body's penetration, a share of a company's sales. */
    public record Line(String name, int colour, boolean right, boolean dashed, Join join, List<Mark> marks) {
        public Line {
            marks = List.copyOf(marks);
        }
    }

    /** A kind of bar segment (legend entry). */
    public record Stack(String name, int colour) {}

    /**
     * A bar over its period; bars of one period side by side take slots {@code 0 … slots-1}.
     */
    public record Bar(double start, double end, int slot, int slots, List<Segment> segments) {
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
     * @param computed the app worked it out (a remainder, a difference): drawn paler with a dashed edge
     * @param source where the value comes from, for the exported data
     */
    public record Segment(int stack, double value, String tooltip, boolean computed, boolean conflict, String source) {}

    /** What a dated event is. */
    public enum EventKind { ALLIANCE, MILESTONE, PLANNED }

    /**
     * A dated event drawn as a marker on the time axis.
     *
     * @param id the partnership or milestone id, for a click
     * @param label a short label beside the marker ("Alibaba")
     * @param colour palette index (a partnership's area colour)
     */
    public record Event(double at, String id, String label, String tooltip, int colour, EventKind kind) {}

    /**
     * A period the chart's body publishes no figure for, said so in the plot rather than left blank, so that
     * it does not read as missing data.
     *
     * @param text what the plot says, longest first ("no figure from CAAM", "no CAAM figure"); the first
     *     that fits the period's width is drawn
     * @param others who does give a figure for it ("Automobility", "CPCA"), named under the text where they fit
     * @param tooltip the other bodies' figures with their names and sources
     */
    public record Gap(double start, double end, List<String> text, List<String> others, String tooltip) {
        public Gap {
            text = List.copyOf(text);
            others = List.copyOf(others);
        }
    }

    /** A horizontal reference line ("50 %"). */
    public record Rule(double value, String label, boolean right) {}

    /** Whether there is anything to draw. */
    public boolean isEmpty() {
        return lines.stream().allMatch(l -> l.marks().isEmpty()) && bars.isEmpty();
    }

    /** Every mark of every line, for hit-testing and exports. */
    public List<Mark> marks() {
        return lines.stream().flatMap(l -> l.marks().stream()).toList();
    }
}
