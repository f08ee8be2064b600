package dev.evdash.model.watchlist;

import dev.evdash.data.Dataset;
import dev.evdash.data.Milestone;
import dev.evdash.data.Period;
import dev.evdash.data.Point;
import dev.evdash.data.Source;
import dev.evdash.data.WatchMetric;
import dev.evdash.model.Formats;
import dev.evdash.model.SourceRanking;
import dev.evdash.model.chart.TimeChartData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.DoubleFunction;

/**
 * The figures of the watchlist, worked out from the data: each metric's charted value per period (the
 * best-ranked source's; where two sources give different values for one date, a conflict, never an
 * average), the growth of running totals per period, the gap to a target and the pace needed to reach
 * it, the article's metrics fed by their proxies, and the milestones of a company as dated events. Plain
 * Java: tested without a toolkit.
 */
public final class WatchFigures {

    /** One period of a metric: the charted figure, every figure given for it, and whether they disagree. */
    public record Value(Period period, Point point, Source source, List<Point> all, boolean conflict) {
        public double value() {
            return point.value();
        }
    }

    /**
     * What a running total added between two of its figures: {@code added} over {@code months}, so that
     * periods of different lengths can be compared ({@code perMonth}).
     */
    public record Growth(Period from, Period to, double added, double months, boolean worded) {
        public double perMonth() {
            return months <= 0 ? 0 : added / months;
        }
    }

    /** The gap from the latest value to a target and the pace a year that would close it in time. */
    public record Pace(double gap, double years, boolean reached) {
        public double perYear() {
            return years <= 0 ? gap : gap / years;
        }
    }

    /** Peer groups the reference names, in words; other ids are shown as they are. */
    static final Map<String, String> PEER_GROUPS = Map.of(
            "adas-fleet", "Driver-assistance fleet",
            "adas-distance", "Distance driven with driver assistance",
            "adas-take-rate", "Driver-assistance take rate",
            "ota-campaign-reach", "Reach of an OTA campaign",
            "ota-updates-per-period", "OTA updates per period",
            "connected-fleet", "Connected and upgradeable fleet");

    private WatchFigures() {}

    public static String peerGroupName(String id) {
        String known = PEER_GROUPS.get(id);
        if (known != null) {
            return known;
        }
        String words = id.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The metric's figures per period: the best-ranked source's exact figure, else its best worded one. */
    public static List<Value> values(Dataset d, WatchMetric w) {
        SourceRanking ranking = new SourceRanking(d);
        TreeMap<Period, List<Point>> byPeriod = new TreeMap<>();
        for (Point p : w.points()) {
            if (!p.isForwardLooking()) {
                byPeriod.computeIfAbsent(p.period(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Value> out = new ArrayList<>();
        for (Map.Entry<Period, List<Point>> e : byPeriod.entrySet()) {
            List<Point> all = e.getValue();
            Point chosen = ranking.bestExact(all).orElseGet(() -> all.stream().min(ranking.order()).orElseThrow());
            out.add(new Value(e.getKey(), chosen, ranking.source(chosen), all, dev.evdash.model.Conflicts.disagree(all)));
        }
        return out;
    }

    /** What a running total added between each pair of its figures, per month; computed, never stored. */
    public static List<Growth> growth(List<Value> values) {
        List<Growth> out = new ArrayList<>();
        for (int i = 1; i < values.size(); i++) {
            Value a = values.get(i - 1);
            Value b = values.get(i);
            double months = b.period().end() - a.period().end();
            if (months <= 0) {
                continue; // a figure for a longer period ending at the same time adds nothing to compare
            }
            out.add(new Growth(a.period(), b.period(), b.value() - a.value(), months,
                    a.point().qualifier() != null || b.point().qualifier() != null));
        }
        return out;
    }

    /**
     * The gap from {@code latest} to the metric's target, and the years from the end of the latest value's
     * period to the end of the target's (a target "in 2026" is met by the end of 2026).
     */
    public static Optional<Pace> pace(WatchMetric w, Value latest) {
        return w.goal().filter(t -> t.period() != null).map(t -> {
            double gap = t.value() - latest.value();
            double years = (t.period().end() - latest.period().end()) / 12;
            return new Pace(gap, years, gap <= 0);
        });
    }

    /** The metrics standing in for {@code w} (those whose proxyFor names it), in the dataset's order. */
    public static List<WatchMetric> proxies(Dataset d, WatchMetric w) {
        return d.watchlist().stream().filter(m -> w.id().equals(m.proxyFor())).toList();
    }

    /** "about 33.3 % of orders", "more than 9,000,000 vehicles": a value as the source words it. */
    public static String words(Point p, String unit) {
        String number = isPercent(unit) ? Formats.number(p.value()) + (p.high() == null ? "" : "–"
                + Formats.number(p.high())) + " %" + percentOf(unit)
                : Formats.number(p.value()) + (p.high() == null ? "" : "–" + Formats.number(p.high())) + " " + unit;
        return p.qualified().map(q -> q.words() + " " + number).orElse(number);
    }

    /** "50 % of sales", "3,000,000 vehicles": a bare value in its unit. */
    public static String words(double value, String unit) {
        return Formats.number(value) + (isPercent(unit) ? " %" + percentOf(unit) : " " + unit);
    }

    /** "> 50,000", "~33.3 %": a point's label on a chart, its wording kept in a sign. */
    public static String brief(Point p, String unit) {
        String number = Formats.number(p.value()) + (p.high() == null ? "" : "–" + Formats.number(p.high()))
                + (isPercent(unit) ? " %" : "");
        if (p.qualifier() == null) {
            return number;
        }
        return switch (p.qualifier()) {
            case MORE_THAN -> "> " + number;
            case LESS_THAN -> "< " + number;
            case ABOUT -> "~" + number;
            case NEARLY -> "nearly " + number;
            case AS_HIGH_AS -> "up to " + number;
        };
    }

    static boolean isPercent(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return u.equals("percent") || u.startsWith("%");
    }

    /** " of orders" for "% of orders"; "" for "%" or "percent". */
    private static String percentOf(String unit) {
        return unit.startsWith("% ") ? unit.substring(1) : "";
    }

    /** Compact, for ticks and tiles: "7 bn", "1.4 M", "33.3 %". */
    public static DoubleFunction<String> format(String unit) {
        if (isPercent(unit)) {
            return v -> Formats.number(v) + " %";
        }
        return v -> Math.abs(v) >= 1e9 ? Formats.number(Math.round(v / 1e8) / 10.0) + " bn" : Formats.compact(v);
    }

    /** Hover text of one period: the charted figure with its source and scope note, every other figure. */
    static String tooltip(Dataset d, WatchMetric w, Value v) {
        StringBuilder b = new StringBuilder(w.name()).append(" · ").append(v.period().label());
        b.append('\n').append(words(v.point(), w.unit()));
        if (v.point().status() != null) {
            b.append(" (").append(v.point().status().words()).append(')');
        }
        b.append("\nSource: ").append(v.source().citation());
        if (v.point().periodNote() != null) {
            b.append("\nPeriod: ").append(v.point().periodNote());
        }
        if (v.point().note() != null) {
            b.append("\nScope: ").append(v.point().note());
        }
        if (v.all().size() > 1) {
            b.append(v.conflict() ? "\n⚠ Sources disagree:" : "\nAlso:");
            for (Point p : v.all()) {
                if (p != v.point()) {
                    b.append("\n  ").append(words(p, w.unit())).append(" — ")
                            .append(d.source(p.source()).map(Source::title).orElse(p.source()))
                            .append(p.note() == null ? "" : " (" + shorten(p.note(), 90) + ")");
                }
            }
        }
        return b.toString();
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** A metric's history as a line (or labelled points where scopes differ), with its projections apart. */
    public static TimeChartData.Line line(Dataset d, WatchMetric w, String name, int colour, boolean right) {
        List<TimeChartData.Mark> marks = new ArrayList<>();
        for (Value v : values(d, w)) {
            Point p = v.point();
            boolean tentative = !p.isFinal() || p.qualifier() != null || p.periodNote() != null;
            marks.add(new TimeChartData.Mark(v.period().start(), v.period().end(), v.value(), tooltip(d, w, v),
                    new TimeChartData.Style(tentative, v.conflict(), false, false),
                    w.plot() == WatchMetric.Plot.POINTS ? brief(p, w.unit()) : null));
        }
        for (Point p : w.points()) {
            if (p.isForwardLooking()) {
                marks.add(new TimeChartData.Mark(p.period().start(), p.period().end(), p.value(), w.name() + " · "
                        + p.period().label() + "\n" + words(p, w.unit()) + " (" + p.status().words()
                        + ", not an outturn)\nSource: " + d.source(p.source()).map(Source::citation).orElse(p.source()),
                        new TimeChartData.Style(true, false, false, true)));
            }
        }
        w.goal().filter(t -> t.period() != null).ifPresent(t -> marks.add(new TimeChartData.Mark(t.period().start(), t.period().end(), t.value(),
                w.name() + ": target " + Formats.number(t.value()) + (isPercent(w.unit()) ? " %" : " " + w.unit())
                        + " by " + t.period().label() + "\nSource: "
                        + d.source(t.source()).map(Source::citation).orElse(t.source())
                        + (t.excerpt() == null ? "" : "\n\"" + t.excerpt() + "\""),
                new TimeChartData.Style(true, false, false, true))));
        TimeChartData.Join join = w.plot() == WatchMetric.Plot.POINTS ? TimeChartData.Join.NONE
                : TimeChartData.Join.ACROSS_GAPS;
        return new TimeChartData.Line(name, colour, right, false, join, marks);
    }

    /** The growth of a running total per month, as computed bars over the months between its figures. */
    public static List<TimeChartData.Bar> growthBars(WatchMetric w, List<Value> values) {
        List<TimeChartData.Bar> out = new ArrayList<>();
        for (Growth g : growth(values)) {
            String tip = w.name() + ": added " + Formats.number(g.added()) + " " + w.unit() + " from "
                    + g.from().label() + " to " + g.to().label() + " (" + Formats.number(Math.round(g.months() * 10) / 10.0)
                    + " months): " + Formats.number(Math.round(g.perMonth())) + " a month" + (g.worded()
                            ? "\nApproximate: a figure it is worked out from is worded (\"more than\" …)" : "")
                    + "\nComputed from the totals, not a published figure";
            out.add(new TimeChartData.Bar(g.from().end(), g.to().end(), 0, 1, List.of(new TimeChartData.Segment(0,
                    Math.max(0, g.perMonth()), tip, true, false, "computed: difference of the totals"))));
        }
        return out;
    }

    /** A company's milestones as dated events (planned ones hollow), with their sources on hover. */
    public static List<TimeChartData.Event> milestones(Dataset d, String company) {
        return milestones(d, company, java.time.LocalDate.now());
    }

    /** As {@link #milestones(Dataset, String)}, with a planned date before {@code today} said to have passed. */
    public static List<TimeChartData.Event> milestones(Dataset d, String company, java.time.LocalDate today) {
        List<TimeChartData.Event> out = new ArrayList<>();
        for (Milestone m : d.milestones()) {
            if (company == null || !company.equals(m.company())) {
                continue;
            }
            String cited = String.join("; ", m.sources().stream()
                    .map(id -> d.source(id).map(Source::citation).orElse(id)).toList());
            String tip = m.title() + " · " + m.date().label() + status(m, today) + "\nSource: " + cited
                    + (m.excerpt() == null ? "" : "\n\"" + m.excerpt() + "\"") + (m.note() == null ? "" : "\n" + m.note());
            out.add(new TimeChartData.Event(m.date().start() + Math.min(0.5, (m.date().end() - m.date().start()) / 2),
                    m.id(), m.title(), tip, 7, m.planned() ? TimeChartData.EventKind.PLANNED
                            : TimeChartData.EventKind.MILESTONE));
        }
        out.sort(Comparator.comparingDouble(TimeChartData.Event::at));
        return out;
    }

    /**
     * " (planned)", or " (planned; the date has passed and no source in the data reports it done)": a plan
     * is never turned into a fact by the calendar.
     */
    public static String status(Milestone m, java.time.LocalDate today) {
        if (!m.planned()) {
            return "";
        }
        double now = today.getYear() * 12 + today.getMonthValue() - 1
                + (today.getDayOfMonth() - 1.0) / today.lengthOfMonth();
        return m.date().end() <= now ? " (planned; the date has passed and no source in the data reports it done)"
                : " (planned)";
    }

    /** The units of {@code metrics} in order of first appearance: one axis per unit, at most two. */
    public static List<String> units(List<WatchMetric> metrics) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        metrics.forEach(m -> seen.putIfAbsent(m.unit(), true));
        return List.copyOf(seen.keySet());
    }
}
