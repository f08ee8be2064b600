package dev.evdash.model.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Where a time chart's dated events go in the band above its plot: every marker on one row just above the
 * plot, markers that would touch grouped into one badge that counts them, and labels placed so that no label
 * overlaps another label, a marker or another label's leader line. A label goes beside its marker where there
 * is room, else on a row above it joined to it by a leader line, else in a shorter form, and is left off only
 * when none of these fits; the marker's hover still names every event it stands for. Pure arithmetic: the
 * same boxes in the window and in every export.
 *
 * <p>Coordinates are the chart's; {@code y} grows downwards and is measured from the marker row's centre
 * ({@code 0}), so label rows have negative {@code y}; {@link TimeLayout} moves the band above its plot.
 */
public final class EventLayout {

    /** An axis-aligned box: left, top, right, bottom. */
    public record Box(double x0, double y0, double x1, double y1) {
        public boolean intersects(Box o) {
            return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }

        public boolean contains(double x, double y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }

        Box moved(double dy) {
            return new Box(x0, y0 + dy, x1, y1 + dy);
        }
    }

    /**
     * One marker: a single event, or a group of events days or weeks apart drawn as one badge with their
     * count. {@code label} is null where no label fits.
     *
     * @param x the marker's centre (the group's middle date)
     * @param halfWidth half the marker's width (a badge with a count is wider)
     * @param row the label's row: 0 beside the marker, 1… above it with a leader line
     */
    public record Placed(List<TimeChartData.Event> members, double x, double y, double halfWidth, String label,
            Box labelBox, int row) {
        public Placed {
            members = List.copyOf(members);
        }

        /** The first event it stands for (the only one for a single marker). */
        public TimeChartData.Event event() {
            return members.get(0);
        }

        public double markerY() {
            return y;
        }

        public double labelX() {
            return labelBox == null ? Double.NaN : labelBox.x0();
        }

        /** The centre line of the label's text. */
        public double labelY() {
            return labelBox == null ? Double.NaN : (labelBox.y0() + labelBox.y1()) / 2;
        }

        public double labelWidth() {
            return labelBox == null ? 0 : labelBox.x1() - labelBox.x0();
        }

        /** Whether a point is on the marker or its label. */
        public boolean near(double px, double py) {
            return new Box(x - halfWidth - 1, y - HALF - 1, x + halfWidth + 1, y + HALF + 1).contains(px, py)
                    || labelBox != null && labelBox.contains(px, py);
        }

        /**
         * What the hover says: one event's own text; for a group, each event's first line (what and when), its
         * area for a partnership, and its source.
         */
        public String tooltip() {
            if (members.size() == 1) {
                return members.get(0).tooltip();
            }
            StringBuilder b = new StringBuilder(members.size() + " events here:");
            for (TimeChartData.Event e : members) {
                String[] lines = (e.tooltip() == null ? e.label() : e.tooltip()).split("\n");
                b.append("\n• ").append(lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    if (lines[i].startsWith("Area:")) {
                        b.append(" · ").append(lines[i]);
                    } else if (lines[i].startsWith("Source:")) {
                        b.append("\n   ").append(lines[i]);
                    }
                }
            }
            return b.toString();
        }

        public boolean grouped() {
            return members.size() > 1;
        }

        public boolean labelled() {
            return label != null;
        }

        public Box markerBox() {
            return new Box(x - halfWidth, y - HALF, x + halfWidth, y + HALF);
        }

        /** The leader line from the top of the marker to a label on a row above, or null. */
        public Box leader() {
            return row > 0 && labelBox != null ? new Box(x - 0.5, labelBox.y1(), x + 0.5, y - HALF - 1.5) : null;
        }

        Placed moved(double dy) {
            return new Placed(members, x, y + dy, halfWidth, label, labelBox == null ? null : labelBox.moved(dy), row);
        }
    }

    /** Half the height of a marker. */
    public static final double HALF = 6;
    /** The height of a row of the band. */
    public static final double ROW = 16;
    /** The most label rows above the marker row. */
    public static final int MAX_LABEL_ROWS = 3;
    /** The room kept between two labels on a row, so that they never read as one. */
    private static final double GAP = 12;

    private final List<Placed> placed;
    private final int rowsUsed;

    /**
     * @param events the events in range
     * @param x where an event is drawn
     * @param left the leftmost a label may start (the chart's left edge)
     * @param right the rightmost a label may end
     * @param labelRows how many rows above the markers labels may use
     * @param textWidth width of a label in the chart's font
     * @param lineHeight height of a line of text
     * @param obstacles boxes no label may touch (the value axes' top labels), in the band's coordinates
     */
    public EventLayout(List<TimeChartData.Event> events, DoubleUnaryOperator x, double left, double right,
            int labelRows, ToDoubleFunction<String> textWidth, double lineHeight, List<Box> obstacles) {
        List<TimeChartData.Event> sorted = events.stream().sorted(Comparator.comparingDouble(TimeChartData.Event::at))
                .toList();
        List<List<TimeChartData.Event>> groups = group(sorted, x, textWidth);
        List<Placed> out = new ArrayList<>();
        List<Box> taken = new ArrayList<>(obstacles);
        for (List<TimeChartData.Event> g : groups) {
            double cx = centre(g, x);
            double hw = halfWidth(g, textWidth);
            out.add(new Placed(g, cx, 0, hw, null, null, 0));
            taken.add(new Box(cx - hw - 1, -HALF - 1, cx + hw + 1, HALF + 1));
        }
        int rows = Math.max(0, Math.min(MAX_LABEL_ROWS, labelRows));
        int used = 0;
        double half = lineHeight / 2;
        for (int i = 0; i < out.size(); i++) {
            Placed p = out.get(i);
            Placed best = null;
            for (String text : labels(p.members())) {
                if (text.isEmpty()) {
                    break;
                }
                double w = textWidth.applyAsDouble(text);
                best = fit(p, text, w, half, rows, left, right, taken);
                if (best != null) {
                    break;
                }
            }
            if (best != null) {
                out.set(i, best);
                taken.add(pad(best.labelBox()));
                if (best.leader() != null) {
                    taken.add(best.leader());
                }
                used = Math.max(used, best.row());
            }
        }
        placed = List.copyOf(out);
        rowsUsed = used;
    }

    /** Tries beside the marker, right then left, then each row above with a leader, right then left. */
    private static Placed fit(Placed p, String text, double w, double half, int rows, double left, double right,
            List<Box> taken) {
        double x = p.x();
        double hw = p.halfWidth();
        List<Box> candidates = new ArrayList<>();
        candidates.add(new Box(x + hw + 4, -half, x + hw + 4 + w, half));
        candidates.add(new Box(x - hw - 4 - w, -half, x - hw - 4, half));
        for (int r = 1; r <= rows; r++) {
            double cy = -r * ROW;
            candidates.add(new Box(x - 2, cy - half, x - 2 + w, cy + half));
            candidates.add(new Box(x + 2 - w, cy - half, x + 2, cy + half));
        }
        for (Box b : candidates) {
            if (b.x0() < left || b.x1() > right) {
                continue;
            }
            int row = (int) Math.round(-(b.y0() + half) / ROW);
            Placed c = new Placed(p.members(), x, 0, hw, text, b, row);
            Box mine = b; // placed labels are kept padded: two labels stay GAP apart, a label and a marker 4 px
            Box leader = c.leader();
            boolean clear = taken.stream().noneMatch(t -> t.intersects(mine) || leader != null && t.intersects(leader));
            if (clear) {
                return c;
            }
        }
        return null;
    }

    private static Box pad(Box b) {
        return new Box(b.x0() - GAP, b.y0(), b.x1() + GAP, b.y1());
    }

    /**
     * Events whose markers would touch go into one group; a group's badge grows with its count, so groups that
     * then touch are joined too, until every marker stands clear of the next.
     */
    private static List<List<TimeChartData.Event>> group(List<TimeChartData.Event> sorted, DoubleUnaryOperator x,
            ToDoubleFunction<String> textWidth) {
        List<List<TimeChartData.Event>> groups = new ArrayList<>();
        for (TimeChartData.Event e : sorted) {
            groups.add(new ArrayList<>(List.of(e)));
        }
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int i = 0; i + 1 < groups.size(); i++) {
                List<TimeChartData.Event> a = groups.get(i);
                List<TimeChartData.Event> b = groups.get(i + 1);
                double right = centre(a, x) + halfWidth(a, textWidth);
                double leftOfNext = centre(b, x) - halfWidth(b, textWidth);
                if (leftOfNext - right < 2) {
                    a.addAll(b);
                    groups.remove(i + 1);
                    joined = true;
                    break;
                }
            }
        }
        return groups;
    }

    private static double centre(List<TimeChartData.Event> g, DoubleUnaryOperator x) {
        return (x.applyAsDouble(g.get(0).at()) + x.applyAsDouble(g.get(g.size() - 1).at())) / 2;
    }

    private static double halfWidth(List<TimeChartData.Event> g, ToDoubleFunction<String> textWidth) {
        return g.size() == 1 ? HALF : Math.max(HALF + 1, (textWidth.applyAsDouble(Integer.toString(g.size())) + 8) / 2);
    }

    /**
     * A marker's label, most telling first: one event's label and its shorter form; for a group the members'
     * labels joined, the first with how many more, or nothing (the badge's count and hover say it).
     */
    static List<String> labels(List<TimeChartData.Event> members) {
        List<String> out = new ArrayList<>();
        String first = members.get(0).label() == null ? "" : members.get(0).label();
        if (first.isEmpty()) {
            return out;
        }
        if (members.size() == 1) {
            for (int max : new int[] {Integer.MAX_VALUE, 34, 18}) {
                String s = clip(first, max);
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
            return out;
        }
        List<String> names = members.stream().map(TimeChartData.Event::label).filter(s -> s != null && !s.isEmpty())
                .distinct().toList();
        String all = String.join(" · ", names);
        if (all.length() <= 40) {
            out.add(all);
        }
        String more = " + " + (members.size() - 1) + " more";
        out.add(clip(first, 24) + more);
        out.add(clip(first, 12) + more);
        return out;
    }

    /** {@code s} cut at a word to at most {@code max} characters, with "…" where it was cut. */
    static String clip(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return s.substring(0, cut).stripTrailing().replaceAll("[,;:·-]$", "") + "…";
    }

    public List<Placed> placed() {
        return placed;
    }

    /** How many label rows above the markers the labels use. */
    public int rowsUsed() {
        return rowsUsed;
    }

    /** The same layout with the marker row's centre at {@code y}. */
    List<Placed> at(double y) {
        return placed.stream().map(p -> p.moved(y)).toList();
    }
}
