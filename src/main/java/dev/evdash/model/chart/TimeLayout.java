package dev.evdash.model.chart;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Where every part of a chart over time goes for a given size: legend, event lanes, plot area, value
 * ticks at the left and right, time ticks whose labels never overlap, bar rectangles, line paths and
 * marks, event markers with their labels in lanes, and reference rules. Pure arithmetic, tested without
 * a window; the control that draws it stays thin. {@link #hit} answers what is under the mouse.
 */
public final class TimeLayout {

    public record Tick(double value, double y, String label) {}

    /** A tick on the time axis; {@code year} ticks start a year and get a grid line. */
    public record TimeTick(double x, String label, boolean year) {}

    public enum LegendKind { LINE, DASHED_LINE, SWATCH, COMPUTED_SWATCH, ALLIANCE, MILESTONE, PLANNED }

    public record LegendEntry(String label, int colour, LegendKind kind, double x, double y) {}

    /** A mark where it is drawn; {@code x0}–{@code x1} is its period's span (the step of a yearly figure). */
    /** A mark and, where it has a label with room beside it, where that label goes (labelX NaN for none). */
    public record PlacedMark(TimeChartData.Line line, TimeChartData.Mark mark, double x, double y, double x0,
            double x1, double labelX, double labelWidth) {
        PlacedMark(TimeChartData.Line line, TimeChartData.Mark mark, double x, double y, double x0, double x1) {
            this(line, mark, x, y, x0, x1, Double.NaN, 0);
        }

        public boolean labelled() {
            return !Double.isNaN(labelX);
        }

        boolean near(double px, double py) {
            return Math.abs(px - x) <= 7 && Math.abs(py - y) <= 7;
        }
    }

    /** Part of a line: a polyline, solid or dashed (dashed across a missing period). */
    public record Path(TimeChartData.Line line, List<double[]> points, boolean dashed) {}

    public record Rect(double x, double y, double w, double h, TimeChartData.Bar bar, TimeChartData.Segment segment,
            int colour) {
        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    public record PlacedRule(TimeChartData.Rule rule, double y) {}

    /**
     * A period without a figure from the chart's body: its lines centred in the period's column at the foot of
     * the plot, the first at {@code y} (none where nothing fits): what it is, then who else gives a figure.
     */
    public record PlacedGap(TimeChartData.Gap gap, double x0, double x1, List<String> lines, double y) {
        boolean contains(double px, double py, double plotTop, double plotBottom) {
            return px >= x0 && px <= x1 && py >= plotTop && py <= plotBottom;
        }
    }

    /** What the mouse is over. */
    public sealed interface Hit permits MarkHit, RectHit, EventHit, GapHit {
        String tooltip();
    }

    public record MarkHit(PlacedMark mark) implements Hit {
        public String tooltip() {
            return mark.mark().tooltip();
        }
    }

    public record RectHit(Rect rect) implements Hit {
        public String tooltip() {
            return rect.segment().tooltip();
        }
    }

    public record GapHit(PlacedGap gap) implements Hit {
        public String tooltip() {
            return gap.gap().tooltip();
        }
    }

    public record EventHit(EventLayout.Placed event) implements Hit {
        public String tooltip() {
            return event.tooltip();
        }
    }

    static final double LEGEND_ROW = 20;
    static final double SWATCH = 12;
    static final double MAX_BAR_WIDTH = 90;
    /** The share of a chart's height the band of event markers and their labels may take at most. */
    static final double EVENT_BAND_SHARE = 0.3;
    private static final int[] MONTH_STEPS = {1, 2, 3, 6};
    private static final int[] YEAR_STEPS = {1, 2, 5, 10};

    private final double plotLeft;
    private final double plotTop;
    private final double plotRight;
    private final double plotBottom;
    private final double from;
    private final double to;
    private final List<LegendEntry> legend;
    private final double legendHeight;
    private final List<Tick> leftTicks;
    private final List<Tick> rightTicks;
    private final List<TimeTick> timeTicks;
    private final List<Rect> rects = new ArrayList<>();
    private final List<PlacedMark> marks = new ArrayList<>();
    private final List<Path> paths = new ArrayList<>();
    private final List<EventLayout.Placed> events;
    private final List<PlacedRule> rules = new ArrayList<>();
    private final List<PlacedGap> gaps = new ArrayList<>();
    private final double lineHeight;

    /**
     * @param textWidth width of a text in the chart's font
     * @param textHeight height of a line of text
     */
    public TimeLayout(TimeChartData data, double width, double height, ToDoubleFunction<String> textWidth,
            double textHeight) {
        lineHeight = textHeight;
        from = data.from();
        to = Math.max(data.from() + 1, data.to());
        // the legend starts at the plot's left edge: wrapped first to a guess of that edge, then to the edge
        double guessLeft = textWidth.applyAsDouble(data.left().format().apply(100)) + 10;
        List<LegendEntry> firstLegend = legend(data, width - guessLeft, textWidth);
        double legendHeight = firstLegend.isEmpty() ? 0 : firstLegend.get(firstLegend.size() - 1).y() + LEGEND_ROW;
        boolean hasEvents = data.events().stream().anyMatch(e -> e.at() >= from && e.at() <= to);
        // label rows above the marker row: as many as fit in a share of the chart, up to three
        int labelRows = hasEvents ? Math.max(0, Math.min(EventLayout.MAX_LABEL_ROWS,
                (int) Math.floor((height - legendHeight) * EVENT_BAND_SHARE / EventLayout.ROW) - 1)) : 0;
        double guessTop = legendHeight + 6 + (hasEvents ? (labelRows + 1) * EventLayout.ROW : textHeight / 2);

        List<Double> leftValues = ticks(data.left(), leftMax(data), height - guessTop);
        List<Double> rightValues = data.right().map(a -> ticks(a, rightMax(data), height - guessTop)).orElse(List.of());
        double leftWidth = leftValues.stream().mapToDouble(v -> textWidth.applyAsDouble(data.left().format().apply(v)))
                .max().orElse(0);
        double rightWidth = data.right().map(a -> rightValues.stream()
                .mapToDouble(v -> textWidth.applyAsDouble(a.format().apply(v))).max().orElse(0)).orElse(0.0);
        plotLeft = Math.ceil(leftWidth + 10);
        legend = legend(data, width - plotLeft, textWidth);
        legendHeight = legend.isEmpty() ? 0 : legend.get(legend.size() - 1).y() + LEGEND_ROW;
        this.legendHeight = legendHeight;
        plotRight = Math.max(plotLeft + 1, width - 8 - (rightWidth > 0 ? rightWidth + 8 : 0));
        // the value axes' top labels stand level with the plot's top, half a line into the band
        double topOffset = EventLayout.ROW / 2 + 2;
        List<EventLayout.Box> axisLabels = List.of(
                new EventLayout.Box(0, topOffset - textHeight / 2, plotLeft, topOffset + textHeight / 2),
                new EventLayout.Box(plotRight, topOffset - textHeight / 2, width, topOffset + textHeight / 2));
        EventLayout band = new EventLayout(eventsInRange(data), this::x, 0, width, labelRows, textWidth, textHeight,
                axisLabels);
        int rows = hasEvents ? band.rowsUsed() + 1 : 0;
        plotTop = legendHeight + 6 + (rows > 0 ? rows * EventLayout.ROW + 2 : textHeight / 2);
        events = band.at(plotTop - topOffset);
        plotBottom = Math.max(plotTop + 1, height - textHeight - 8);

        double leftTop = leftValues.get(leftValues.size() - 1);
        List<Tick> lt = new ArrayList<>();
        leftValues.forEach(v -> lt.add(new Tick(v, y(v, leftTop), data.left().format().apply(v))));
        leftTicks = List.copyOf(lt);
        double rightTop = rightValues.isEmpty() ? 1 : rightValues.get(rightValues.size() - 1);
        List<Tick> rt = new ArrayList<>();
        data.right().ifPresent(a -> rightValues.forEach(v -> rt.add(new Tick(v, y(v, rightTop), a.format().apply(v)))));
        rightTicks = List.copyOf(rt);
        timeTicks = timeTicks(textWidth);

        placeBars(data, leftTop);
        placeLines(data, leftTop, rightTop);
        placeMarkLabels(textWidth);
        for (TimeChartData.Rule r : data.rules()) {
            rules.add(new PlacedRule(r, y(r.value(), r.right() ? rightTop : leftTop)));
        }
        placeGaps(data, textWidth);
    }

    private static List<Double> ticks(TimeChartData.Axis axis, double dataMax, double room) {
        double max = Double.isNaN(axis.max()) ? dataMax : axis.max();
        return NiceScale.linearTicks(max, Math.max(2, (int) (room / 60)));
    }

    private static double leftMax(TimeChartData d) {
        double bars = d.bars().stream().mapToDouble(TimeChartData.Bar::total).max().orElse(0);
        double lines = d.lines().stream().filter(l -> !l.right()).flatMap(l -> l.marks().stream())
                .filter(m -> m.end() > d.from() && m.start() < d.to())
                .mapToDouble(TimeChartData.Mark::value).max().orElse(0);
        double rules = d.rules().stream().filter(r -> !r.right()).mapToDouble(TimeChartData.Rule::value).max().orElse(0);
        return Math.max(bars, Math.max(lines, rules));
    }

    private static double rightMax(TimeChartData d) {
        double lines = d.lines().stream().filter(TimeChartData.Line::right).flatMap(l -> l.marks().stream())
                .mapToDouble(TimeChartData.Mark::value).max().orElse(0);
        double rules = d.rules().stream().filter(TimeChartData.Rule::right).mapToDouble(TimeChartData.Rule::value)
                .max().orElse(0);
        return Math.max(lines, rules);
    }

    private double y(double v, double top) {
        return plotBottom - (top <= 0 ? 0 : v / top) * (plotBottom - plotTop);
    }

    /** Where a time (months since year 0) is drawn. */
    public double x(double months) {
        return plotLeft + (months - from) / (to - from) * (plotRight - plotLeft);
    }

    private List<TimeTick> timeTicks(ToDoubleFunction<String> textWidth) {
        double perMonth = (plotRight - plotLeft) / (to - from);
        List<TimeTick> out = new ArrayList<>();
        double monthLabel = textWidth.applyAsDouble("2026") + 12;
        for (int step : MONTH_STEPS) {
            if (step * perMonth >= monthLabel && to - from <= 60) {
                for (int m = (int) Math.ceil(from); m < to; m++) {
                    int month = Math.floorMod(m, 12);
                    if (month % step == 0) {
                        String label = month == 0 ? Integer.toString(Math.floorDiv(m, 12))
                                : Month.of(month + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                        out.add(new TimeTick(x(m), label, month == 0));
                    }
                }
                return List.copyOf(out);
            }
        }
        double perYear = perMonth * 12;
        int every = YEAR_STEPS[YEAR_STEPS.length - 1];
        for (int s : YEAR_STEPS) {
            if (s * perYear >= monthLabel) {
                every = s;
                break;
            }
        }
        for (int yr = (int) Math.floor(from / 12); yr * 12 < to; yr++) {
            if (yr * 12 >= from) {
                out.add(new TimeTick(x(yr * 12), "", true)); // the year's grid line
            }
            double mid = yr * 12 + 6;
            if (yr % every == 0 && mid > from && mid < to) {
                out.add(new TimeTick(x(mid), Integer.toString(yr), false));
            }
        }
        return List.copyOf(out);
    }

    private void placeBars(TimeChartData data, double top) {
        for (TimeChartData.Bar bar : data.bars()) {
            if (bar.end() <= from || bar.start() >= to) {
                continue;
            }
            double x0 = x(Math.max(from, bar.start()));
            double x1 = x(Math.min(to, bar.end()));
            int slots = Math.max(1, bar.slots());
            double slot = Math.min(MAX_BAR_WIDTH, (x1 - x0) * (slots == 1 ? 0.7 : 0.84) / slots);
            double left = (x0 + x1) / 2 - slot * slots / 2 + slot * bar.slot();
            double gap = slot > 6 ? Math.min(2, slot * 0.1) : 0;
            double base = 0;
            for (TimeChartData.Segment s : bar.segments()) {
                double y0 = y(base, top);
                double y1 = y(base + s.value(), top);
                rects.add(new Rect(left + gap / 2, Math.min(y0, y1), slot - gap, Math.abs(y0 - y1), bar, s,
                        s.stack() < data.stacks().size() ? data.stacks().get(s.stack()).colour() : s.stack()));
                base += s.value();
            }
        }
    }

    private void placeLines(TimeChartData data, double leftTop, double rightTop) {
        for (TimeChartData.Line line : data.lines()) {
            double top = line.right() ? rightTop : leftTop;
            List<TimeChartData.Mark> shown = line.marks().stream()
                    .filter(m -> m.end() > from && m.start() < to)
                    .sorted(Comparator.comparingDouble(TimeChartData.Mark::start)).toList();
            List<double[]> current = new ArrayList<>();
            TimeChartData.Mark previous = null;
            for (TimeChartData.Mark m : shown) {
                double px = x(Math.max(from, Math.min(to, m.middle())));
                double py = y(m.value(), top);
                marks.add(new PlacedMark(line, m, px, py, x(Math.max(from, m.start())), x(Math.min(to, m.end()))));
                if (m.style().forward() || line.join() == TimeChartData.Join.NONE) {
                    continue; // a projection stands apart from the history; figures of differing scope stand alone
                }
                if (line.join() == TimeChartData.Join.STEPS) {
                    paths.add(new Path(line, List.of(new double[] {x(Math.max(from, m.start())) + 1, py},
                            new double[] {x(Math.min(to, m.end())) - 1, py}), line.dashed()));
                    continue;
                }
                if (previous != null) {
                    double gap = m.start() - previous.end();
                    double length = Math.max(1e-9, previous.end() - previous.start());
                    if (gap > 2 * length + 1e-6 && line.join() != TimeChartData.Join.ACROSS_GAPS) {
                        flush(line, current);
                        current = new ArrayList<>();
                    } else if (gap > 1e-6) {
                        flush(line, current);
                        double[] last = {x(previous.middle()), y(previous.value(), top)};
                        paths.add(new Path(line, List.of(last, new double[] {px, py}), true));
                        current = new ArrayList<>();
                    }
                }
                current.add(new double[] {px, py});
                previous = m;
            }
            flush(line, current);
        }
    }

    /**
     * Labels of labelled points go right of their mark, else left, and are left off where they would touch
     * another label, a mark or the plot's edge: the hover still gives the figure.
     */
    private void placeMarkLabels(ToDoubleFunction<String> textWidth) {
        List<double[]> taken = new ArrayList<>();
        for (PlacedMark m : marks) {
            taken.add(new double[] {m.x() - 5, m.y() - 5, m.x() + 5, m.y() + 5});
        }
        for (int i = 0; i < marks.size(); i++) {
            PlacedMark m = marks.get(i);
            String label = m.mark().label();
            if (label == null || label.isEmpty()) {
                continue;
            }
            double w = textWidth.applyAsDouble(label);
            double half = lineHeight / 2;
            for (double lx : new double[] {m.x() + 8, m.x() - 8 - w}) {
                double[] box = {lx - 1, m.y() - half, lx + w + 1, m.y() + half};
                boolean inside = box[0] >= plotLeft && box[2] <= plotRight && box[1] >= plotTop && box[3] <= plotBottom;
                int self = i;
                boolean clear = inside && java.util.stream.IntStream.range(0, taken.size())
                        .filter(k -> k != self).mapToObj(taken::get)
                        .noneMatch(t -> t[0] < box[2] && box[0] < t[2] && t[1] < box[3] && box[1] < t[3]);
                if (clear) {
                    taken.add(box);
                    marks.set(i, new PlacedMark(m.line(), m.mark(), m.x(), m.y(), m.x0(), m.x1(), lx, w));
                    break;
                }
            }
        }
    }

    /** A gap's longest text that fits its column, and its second line where that fits too and there is room. */
    private void placeGaps(TimeChartData data, ToDoubleFunction<String> textWidth) {
        for (TimeChartData.Gap g : data.gaps()) {
            if (g.end() <= from || g.start() >= to) {
                continue;
            }
            double x0 = x(Math.max(from, g.start()));
            double x1 = x(Math.min(to, g.end()));
            double room = (x1 - x0) - 4;
            List<String> lines = new ArrayList<>();
            g.text().stream().filter(t -> textWidth.applyAsDouble(t) <= room).findFirst().ifPresent(lines::add);
            if (!lines.isEmpty() && !g.others().isEmpty()) {
                List<String> named = new ArrayList<>(List.of("others give:"));
                named.addAll(g.others());
                String one = "others give: " + String.join(", ", g.others());
                String count = "others give " + (g.others().size() == 1 ? "one" : "some");
                if (textWidth.applyAsDouble(one) <= room) {
                    lines.add(one);
                } else if (named.stream().allMatch(t -> textWidth.applyAsDouble(t) <= room)
                        && (named.size() + 3) * lineHeight < plotBottom - plotTop) {
                    lines.addAll(named);
                } else if (textWidth.applyAsDouble(count) <= room) {
                    lines.add(count);
                }
            }
            double y = plotBottom - lineHeight / 2 - 3 - (lines.size() - 1) * lineHeight;
            gaps.add(new PlacedGap(g, x0, x1, List.copyOf(lines), y));
        }
    }

    private void flush(TimeChartData.Line line, List<double[]> points) {
        if (points.size() > 1) {
            paths.add(new Path(line, List.copyOf(points), line.dashed()));
        }
    }

    /** The events in range, sorted by date. */
    private List<TimeChartData.Event> eventsInRange(TimeChartData data) {
        return data.events().stream().filter(e -> e.at() >= from && e.at() <= to)
                .sorted(Comparator.comparingDouble(TimeChartData.Event::at)).toList();
    }

    private static List<LegendEntry> legend(TimeChartData data, double width, ToDoubleFunction<String> textWidth) {
        List<String> names = new ArrayList<>();
        List<int[]> kinds = new ArrayList<>();
        for (TimeChartData.Line l : data.lines()) {
            if (!l.marks().isEmpty()) {
                names.add(l.name() + (l.right() && !data.bars().isEmpty() ? " (right axis)" : ""));
                kinds.add(new int[] {l.colour(), (l.dashed() ? LegendKind.DASHED_LINE : LegendKind.LINE).ordinal()});
            }
        }
        java.util.Set<Integer> used = new java.util.HashSet<>();
        boolean computed = false;
        for (TimeChartData.Bar b : data.bars()) {
            for (TimeChartData.Segment s : b.segments()) {
                used.add(s.stack());
                computed |= s.computed();
            }
        }
        for (int i = 0; i < data.stacks().size(); i++) {
            if (used.contains(i)) {
                names.add(data.stacks().get(i).name());
                kinds.add(new int[] {data.stacks().get(i).colour(), LegendKind.SWATCH.ordinal()});
            }
        }
        if (computed) {
            names.add("computed (paler, dashed edge)");
            kinds.add(new int[] {-1, LegendKind.COMPUTED_SWATCH.ordinal()});
        }
        for (TimeChartData.EventKind k : TimeChartData.EventKind.values()) {
            if (data.events().stream().anyMatch(e -> e.kind() == k)) {
                names.add(switch (k) {
                    case ALLIANCE -> "partnership announced";
                    case MILESTONE -> "milestone";
                    case PLANNED -> "planned";
                });
                LegendKind kind = k == TimeChartData.EventKind.ALLIANCE ? LegendKind.ALLIANCE
                        : k == TimeChartData.EventKind.MILESTONE ? LegendKind.MILESTONE : LegendKind.PLANNED;
                kinds.add(new int[] {-1, kind.ordinal()});
            }
        }
        List<LegendEntry> out = new ArrayList<>();
        double x = 0;
        double y = 0;
        for (int i = 0; i < names.size(); i++) {
            double w = SWATCH + 6 + textWidth.applyAsDouble(names.get(i)) + 18;
            if (x > 0 && x + w > width) {
                x = 0;
                y += LEGEND_ROW;
            }
            out.add(new LegendEntry(names.get(i), kinds.get(i)[0], LegendKind.values()[kinds.get(i)[1]], x, y));
            x += w;
        }
        return out;
    }

    /** What is under a point: an event marker or label first, then a mark, then a bar segment. */
    public Optional<Hit> hit(double px, double py) {
        Optional<EventLayout.Placed> event = events.stream().filter(e -> e.near(px, py))
                .min(Comparator.comparingDouble(e -> Math.hypot(e.x() - px, e.markerY() - py)));
        if (event.isPresent()) {
            return Optional.of(new EventHit(event.get()));
        }
        for (int i = marks.size() - 1; i >= 0; i--) {
            if (marks.get(i).near(px, py)) {
                return Optional.of(new MarkHit(marks.get(i)));
            }
        }
        for (int i = rects.size() - 1; i >= 0; i--) {
            if (rects.get(i).contains(px, py)) {
                return Optional.of(new RectHit(rects.get(i)));
            }
        }
        for (PlacedGap g : gaps) {
            if (g.contains(px, py, plotTop, plotBottom)) {
                return Optional.of(new GapHit(g));
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

    public double legendHeight() {
        return legendHeight;
    }

    public List<LegendEntry> legend() {
        return legend;
    }

    public List<Tick> leftTicks() {
        return leftTicks;
    }

    public List<Tick> rightTicks() {
        return rightTicks;
    }

    public List<TimeTick> timeTicks() {
        return timeTicks;
    }

    public List<Rect> rects() {
        return List.copyOf(rects);
    }

    public List<PlacedMark> marks() {
        return List.copyOf(marks);
    }

    public List<Path> paths() {
        return List.copyOf(paths);
    }

    public List<EventLayout.Placed> events() {
        return events;
    }

    public List<PlacedRule> rules() {
        return List.copyOf(rules);
    }

    public List<PlacedGap> gaps() {
        return List.copyOf(gaps);
    }

    public double lineHeight() {
        return lineHeight;
    }
}
