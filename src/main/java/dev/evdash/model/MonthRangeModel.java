package dev.evdash.model;

import dev.evdash.data.Period;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The months a view can show (min–max, from the data) and the months the analyst chose (from–to, both
 * inclusive), as month indices since year 0 ({@link Period#startIndex()}): a range slider over months.
 */
public final class MonthRangeModel {

    private final ReadOnlyIntegerWrapper min = new ReadOnlyIntegerWrapper(this, "min");
    private final ReadOnlyIntegerWrapper max = new ReadOnlyIntegerWrapper(this, "max");
    private final IntegerProperty from = new SimpleIntegerProperty(this, "from");
    private final IntegerProperty to = new SimpleIntegerProperty(this, "to");

    /** Fits the range to {@code lo}–{@code hi}; the chosen range is kept where it still fits, unless it was whole. */
    public void fit(int lo, int hi) {
        boolean wasWhole = from.get() == min.get() && to.get() == max.get();
        min.set(lo);
        max.set(Math.max(lo, hi));
        if (wasWhole || from.get() < lo || to.get() > hi || from.get() > to.get()) {
            from.set(lo);
            to.set(Math.max(lo, hi));
        }
    }

    /** "Jan 2019–Jun 2026". */
    public String describe() {
        return label(from.get()) + (from.get() == to.get() ? "" : "–" + label(to.get()));
    }

    /** "Jul 2024" for a month index. */
    public static String label(int month) {
        return Period.ofMonth(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1).label();
    }

    /** Whether the range covers any of {@code p}. */
    public boolean overlaps(Period p) {
        return p.end() > from.get() && p.start() < to.get() + 1;
    }

    public ReadOnlyIntegerProperty minProperty() {
        return min.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty maxProperty() {
        return max.getReadOnlyProperty();
    }

    public IntegerProperty fromProperty() {
        return from;
    }

    public IntegerProperty toProperty() {
        return to;
    }

    public int from() {
        return from.get();
    }

    public int to() {
        return to.get();
    }
}
