package dev.evdash.model.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * Where every part of a bar chart goes for a given size: plot area, axis ticks, category labels, legend
 * and one rectangle per bar segment. Pure arithmetic, so it is tested without a window and the control
 * that draws it stays thin; {@link #hit} answers which segment is under the mouse.
 */
public final class BarLayout {

    /** A drawn segment: its rectangle and what it shows. */
    public record Rect(double x, double y, double w, double h, BarData.Bar bar, BarData.Segment segment,
            int colorIndex, int shade) {
        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    public record Tick(double value, double y, String label) {}

    public record CategoryLabel(String text, double x, boolean shown) {}

    public record LegendEntry(String label, int colorIndex, int shade, double x, double y) {}

    /** A point of the line over the bars, with its label and hover text. */
    public record LinePoint(double x, double y, String label, String tooltip) {
        boolean near(double px, double py) {
            return Math.abs(px - x) <= 7 && Math.abs(py - y) <= 7;
        }
    }

    /** The legend entry of the line is drawn as a line, not a swatch. */
    public static final int LINE_SHADE = -1;
    /** Legend entries of the event markers: a partnership's diamond, a milestone's square, a plan's hollow one. */
    public static final int ALLIANCE_SHADE = -2;
    public static final int MILESTONE_SHADE = -3;
    public static final int PLANNED_SHADE = -4;
    static final double LEGEND_HEIGHT = 26;
    static final double SWATCH = 12;
    static final double GAP = 6;

    private final double plotLeft;
    private final double plotTop;
    private final double plotRight;
    private final double plotBottom;
    private final List<Tick> ticks;
    private final List<CategoryLabel> labels;
    private final List<Rect> rects;
    private final List<LegendEntry> legend;
    private final List<Tick> lineTicks;
    private final List<LinePoint> linePoints;
    private final boolean log;
    private final List<EventLayout.Placed> events;
    private final java.util.function.DoubleUnaryOperator timeX;

    /** The widest a bar is drawn, in pixels. */
    static final double MAX_BAR_WIDTH = 90;

    /**
     * @param textWidth width of a text in the chart's font
     * @param textHeight height of a line of text
     * @param format tick label wording, e.g. "2.5 M"
     */
    public BarLayout(BarData data, double width, double height, boolean logScale,
            ToDoubleFunction<String> textWidth, double textHeight, DoubleFunction<String> format) {
        log = logScale && !data.isStacked();
        legend = legend(data, width, textWidth);
        int n0 = Math.max(1, data.categories().size());
        List<TimeChartData.Event> dated = data.spans().isEmpty() ? List.of() : data.events().stream()
                .filter(e -> category(data, e.at()) >= 0).toList();
        // as on the charts over time: the markers' band takes at most a share of the chart
        int labelRows = dated.isEmpty() ? 0 : Math.max(0, Math.min(EventLayout.MAX_LABEL_ROWS,
                (int) Math.floor((height - legendHeight()) * TimeLayout.EVENT_BAND_SHARE / EventLayout.ROW) - 1));
        double top = legendHeight() + (dated.isEmpty() ? textHeight / 2 + 4 : 6 + (labelRows + 1) * EventLayout.ROW + 2);

        double max = data.bars().stream().mapToDouble(BarData.Bar::total).max().orElse(0);
        double minPositive = data.bars().stream().flatMap(b -> b.segments().stream())
                .mapToDouble(BarData.Segment::value).filter(v -> v > 0).min().orElse(1);
        List<Double> values = log ? NiceScale.logTicks(minPositive, max)
                : NiceScale.linearTicks(max, Math.max(2, (int) ((height - top) / 60)));
        double labelWidth = values.stream().mapToDouble(v -> textWidth.applyAsDouble(format.apply(v))).max().orElse(0);

        List<Double> lineValues = data.line().map(l -> NiceScale.linearTicks(l.max(), 4)).orElse(List.of());
        double lineLabelWidth = data.line().map(l -> lineValues.stream()
                .mapToDouble(v -> textWidth.applyAsDouble(Math.round(v) + " %")).max().orElse(0)).orElse(0.0);
        plotLeft = Math.ceil(labelWidth + 10);
        plotRight = Math.max(plotLeft + 1, width - 8 - (lineLabelWidth > 0 ? lineLabelWidth + 8 : 0));
        double band0 = (plotRight - plotLeft) / n0;
        timeX = at -> category(data, at) < 0 ? Double.NaN : eventX(data, at, band0);
        if (dated.isEmpty()) {
            plotTop = top;
            events = List.of();
        } else {
            double topOffset = EventLayout.ROW / 2 + 2;
            List<EventLayout.Box> axisLabels = List.of(
                    new EventLayout.Box(0, topOffset - textHeight / 2, plotLeft, topOffset + textHeight / 2),
                    new EventLayout.Box(plotRight, topOffset - textHeight / 2, width, topOffset + textHeight / 2));
            EventLayout markers = new EventLayout(dated, at -> eventX(data, at, band0), 0, width, labelRows,
                    textWidth, textHeight, axisLabels);
            plotTop = legendHeight() + 6 + (markers.rowsUsed() + 1) * EventLayout.ROW + 2;
            events = markers.at(plotTop - topOffset);
        }
        plotBottom = Math.max(plotTop + 1, height - textHeight - 8);

        double lo = values.get(0);
        double hi = values.get(values.size() - 1);
        List<Tick> t = new ArrayList<>();
        for (double v : values) {
            t.add(new Tick(v, y(v, lo, hi), format.apply(v)));
        }
        ticks = List.copyOf(t);

        int n = Math.max(1, data.categories().size());
        double band = (plotRight - plotLeft) / n;
        double widest = data.categories().stream().mapToDouble(textWidth).max().orElse(0);
        int every = Math.max(1, (int) Math.ceil((widest + 8) / band));
        List<CategoryLabel> l = new ArrayList<>();
        for (int i = 0; i < data.categories().size(); i++) {
            l.add(new CategoryLabel(data.categories().get(i), plotLeft + band * (i + 0.5), i % every == 0));
        }
        labels = List.copyOf(l);

        int groups = Math.max(1, data.groups().size());
        // a bar wider than MAX_BAR_WIDTH reads as a block, not a value: few categories get narrower bars
        double barWidth = Math.min(MAX_BAR_WIDTH, band * (groups == 1 ? 0.7 : 0.84) / groups);
        double inner = barWidth * groups;
        double gapInside = barWidth > 6 ? Math.min(2, barWidth * 0.1) : 0;
        List<Rect> r = new ArrayList<>();
        for (BarData.Bar bar : data.bars()) {
            double x = plotLeft + band * bar.category() + (band - inner) / 2 + barWidth * bar.group() + gapInside / 2;
            double base = log ? lo : 0;
            for (BarData.Segment s : bar.segments()) {
                double y0 = y(Math.max(base, lo), lo, hi);
                double y1 = y(base + s.value(), lo, hi);
                boolean byGroup = data.colorBy() == BarData.ColorBy.GROUP;
                r.add(new Rect(x, Math.min(y0, y1), barWidth - gapInside, Math.abs(y0 - y1), bar, s,
                        data.colour(byGroup ? bar.group() : s.stack()), byGroup ? s.stack() : 0));
                base += s.value();
            }
        }
        rects = List.copyOf(r);

        List<Tick> lt = new ArrayList<>();
        List<LinePoint> lp = new ArrayList<>();
        data.line().ifPresent(line -> {
            double lineMax = lineValues.get(lineValues.size() - 1);
            for (double v : lineValues) {
                lt.add(new Tick(v, plotBottom - v / lineMax * (plotBottom - plotTop), Math.round(v) + " %"));
            }
            for (int i = 0; i < line.values().size() && i < data.categories().size(); i++) {
                double v = line.values().get(i);
                if (!Double.isNaN(v)) {
                    lp.add(new LinePoint(plotLeft + band * (i + 0.5), plotBottom - v / lineMax * (plotBottom - plotTop),
                            line.labels().get(i), line.tooltips().get(i)));
                }
            }
        });
        lineTicks = List.copyOf(lt);
        linePoints = List.copyOf(lp);
    }

    /** The category whose span holds a time, or -1. */
    private static int category(BarData data, double at) {
        for (int i = 0; i < data.spans().size(); i++) {
            double[] s = data.spans().get(i);
            if (at >= s[0] && at < s[1]) {
                return i;
            }
        }
        return -1;
    }

    /** Where a time is drawn: within its category's band, at its place in the category's span. */
    private double eventX(BarData data, double at, double band) {
        int i = category(data, at);
        double[] s = data.spans().get(i);
        return plotLeft + band * (i + (at - s[0]) / (s[1] - s[0]));
    }

    /** The event marker or label under a point, if any. */
    public Optional<EventLayout.Placed> hitEvent(double x, double y) {
        return events.stream().filter(e -> e.near(x, y)).findFirst();
    }

    /** Where a time is drawn on the category axis (NaN outside every category's span). */
    public double timeX(double at) {
        return timeX.applyAsDouble(at);
    }

    /** The event markers above the bars, with their labels. */
    public List<EventLayout.Placed> events() {
        return events;
    }

    private double y(double v, double lo, double hi) {
        double f;
        if (log) {
            f = (Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
        } else {
            f = hi == lo ? 0 : (v - lo) / (hi - lo);
        }
        return plotBottom - f * (plotBottom - plotTop);
    }

    private static List<LegendEntry> legend(BarData data, double width, ToDoubleFunction<String> textWidth) {
        List<String> names = new ArrayList<>();
        List<int[]> styles = new ArrayList<>();
        if (data.colorBy() == BarData.ColorBy.GROUP) {
            for (int g = 0; g < data.groups().size(); g++) {
                names.add(data.groups().get(g));
                styles.add(new int[] {data.colour(g), 0});
            }
            if (data.stacks().size() > 1) {
                for (int s = 0; s < data.stacks().size(); s++) {
                    names.add(data.stacks().get(s));
                    styles.add(new int[] {-1, s});
                }
            }
        } else {
            for (int s = 0; s < data.stacks().size(); s++) {
                names.add(data.stacks().get(s));
                styles.add(new int[] {data.colour(s), 0});
            }
        }
        data.line().ifPresent(l -> {
            names.add(l.name() + " (right axis)");
            styles.add(new int[] {l.colour(), LINE_SHADE});
        });
        if (!data.spans().isEmpty()) {
            for (TimeChartData.EventKind k : TimeChartData.EventKind.values()) {
                if (data.events().stream().anyMatch(e -> e.kind() == k && category(data, e.at()) >= 0)) {
                    names.add(switch (k) {
                        case ALLIANCE -> "partnership announced";
                        case MILESTONE -> "milestone";
                        case PLANNED -> "planned";
                    });
                    styles.add(new int[] {-1, switch (k) {
                        case ALLIANCE -> ALLIANCE_SHADE;
                        case MILESTONE -> MILESTONE_SHADE;
                        case PLANNED -> PLANNED_SHADE;
                    }});
                }
            }
        }
        List<LegendEntry> out = new ArrayList<>();
        double x = 0;
        double y = 0;
        for (int i = 0; i < names.size(); i++) {
            double w = SWATCH + GAP + textWidth.applyAsDouble(names.get(i)) + 18;
            if (x > 0 && x + w > width) {
                x = 0;
                y += LEGEND_HEIGHT - 6;
            }
            out.add(new LegendEntry(names.get(i), styles.get(i)[0], styles.get(i)[1], x, y));
            x += w;
        }
        return out;
    }

    /** The legend's height, including wrapped rows. */
    public double legendHeight() {
        return legend.isEmpty() ? 0 : legend.get(legend.size() - 1).y() + LEGEND_HEIGHT;
    }

    /** The line point under the mouse, if any. */
    public Optional<LinePoint> hitLine(double x, double y) {
        return linePoints.stream().filter(p -> p.near(x, y)).findFirst();
    }

    public List<Tick> lineTicks() {
        return lineTicks;
    }

    public List<LinePoint> linePoints() {
        return linePoints;
    }

    /** The segment under a point, if any. */
    public Optional<Rect> hit(double x, double y) {
        for (int i = rects.size() - 1; i >= 0; i--) {
            if (rects.get(i).contains(x, y)) {
                return Optional.of(rects.get(i));
            }
        }
        return Optional.empty();
    }

    public double plotLeft() {
        return plotLeft;
    }

    public double plotTop() {
        return plotTop;
    }

    public double plotRight() {
        return plotRight;
    }

    public double plotBottom() {
        return plotBottom;
    }

    public boolean isLog() {
        return log;
    }

    public List<Tick> ticks() {
        return ticks;
    }

    public List<CategoryLabel> categoryLabels() {
        return labels;
    }

    public List<Rect> rects() {
        return rects;
    }

    public List<LegendEntry> legend() {
        return legend;
    }
}
