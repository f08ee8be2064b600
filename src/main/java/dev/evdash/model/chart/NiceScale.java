package dev.evdash.model.chart;

import java.util.ArrayList;
import java.util.List;

/** Axis ranges and tick values a reader can use: 0, 2.5 M, 5 M … or 1 k, 10 k, 100 k on a log scale. */
public final class NiceScale {

    private NiceScale() {}

    /** Linear ticks from 0 to at least {@code max}, about {@code count} of them, on 1-2-2.5-5 steps. */
    public static List<Double> linearTicks(double max, int count) {
        if (!(max > 0)) {
            return List.of(0.0, 1.0);
        }
        double step = niceStep(max / Math.max(1, count));
        List<Double> ticks = new ArrayList<>();
        double top = Math.ceil(max / step - 1e-9) * step;
        for (int i = 0; i * step <= top + step * 1e-9; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    static double niceStep(double raw) {
        double exp = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / exp;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * exp;
    }

    /** Decades covering [min, max] of positive values: 1 000, 10 000, 100 000 … */
    public static List<Double> logTicks(double min, double max) {
        if (!(min > 0) || !(max > 0)) {
            return List.of(1.0, 10.0);
        }
        int lo = (int) Math.floor(Math.log10(min));
        int hi = Math.max(lo + 1, (int) Math.ceil(Math.log10(max)));
        List<Double> ticks = new ArrayList<>();
        for (int e = lo; e <= hi; e++) {
            ticks.add(Math.pow(10, e));
        }
        return ticks;
    }
}
