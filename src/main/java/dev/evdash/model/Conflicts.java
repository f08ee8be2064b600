package dev.evdash.model;

import dev.evdash.data.Dataset;
import dev.evdash.data.Period;
import dev.evdash.data.Point;
import dev.evdash.data.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where sources disagree: figures of one series and period that cannot all be true. Exact figures
 * disagree when they differ at all (a revision is a disagreement too); a worded figure ("more than 17
 * million") disagrees with an exact one only when the exact one contradicts the wording.
 */
public final class Conflicts {

    /** Tolerance for "about": ±10 %; "nearly" means at most the figure and no more than 10 % below it. */
    static final double WORDING_TOLERANCE = 0.10;

    public record Conflict(Series series, Period period, List<Point> points) {}

    private Conflicts() {}

    public static List<Conflict> find(Dataset dataset) {
        List<Conflict> out = new ArrayList<>();
        for (Series s : dataset.series()) {
            Map<Period, List<Point>> byPeriod = s.points().stream()
                    .collect(Collectors.groupingBy(Point::period, TreeMap::new, Collectors.toList()));
            byPeriod.forEach((period, points) -> {
                if (points.size() > 1 && disagree(points)) {
                    out.add(new Conflict(s, period, points));
                }
            });
        }
        return out;
    }

    /**
     * Whether the figures for one period disagree. Only figures of one standing are held against each
     * other: reported outturns where there are any (a preliminary figure or estimate that differs from the
     * outturn is a revision, see {@link #revised}), else the preliminary figures and estimates; projections
     * and targets never conflict with what happened.
     */
    public static boolean disagree(List<Point> all) {
        List<Point> points = comparable(all);
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                if (disagree(points.get(i), points.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The figures of one standing, as {@link #disagree(List)} compares them. */
    static List<Point> comparable(List<Point> all) {
        List<Point> finals = all.stream().filter(Point::isFinal).toList();
        return finals.isEmpty() ? all.stream().filter(p -> !p.isForwardLooking()).toList() : finals;
    }

    /** Whether a preliminary figure or estimate for the period differs from its reported outturn. */
    public static boolean revised(List<Point> all) {
        List<Point> finals = all.stream().filter(Point::isFinal).toList();
        return !finals.isEmpty() && all.stream().filter(p -> !p.isFinal() && !p.isForwardLooking())
                .anyMatch(early -> finals.stream().anyMatch(f -> disagree(early, f)));
    }

    static boolean disagree(Point a, Point b) {
        if (a.qualifier() == null && b.qualifier() == null) {
            return a.value() != b.value();
        }
        if (a.qualifier() != null && b.qualifier() != null) {
            // two wordings contradict each other only where no value could satisfy both
            double[] x = range(a);
            double[] y = range(b);
            return x[1] < y[0] || y[1] < x[0];
        }
        Point exact = a.qualifier() == null ? a : b;
        Point worded = exact == a ? b : a;
        double v = exact.value();
        double w = worded.value();
        return switch (worded.qualifier()) {
            case MORE_THAN -> v <= w;
            case LESS_THAN -> v >= w;
            case NEARLY -> v > w || v < w * (1 - WORDING_TOLERANCE);
            case ABOUT, AS_HIGH_AS -> Math.abs(v - w) > w * WORDING_TOLERANCE;
        };
    }

    /** The values a worded figure admits: "about 50" is 45–55, "more than 50" anything above 50. */
    private static double[] range(Point p) {
        double w = p.value();
        return switch (p.qualifier()) {
            case MORE_THAN -> new double[] {Math.nextUp(w), Double.POSITIVE_INFINITY};
            case LESS_THAN -> new double[] {Double.NEGATIVE_INFINITY, Math.nextDown(w)};
            case NEARLY -> new double[] {w * (1 - WORDING_TOLERANCE), w};
            case ABOUT, AS_HIGH_AS -> new double[] {w * (1 - WORDING_TOLERANCE), w * (1 + WORDING_TOLERANCE)};
        };
    }
}
