package dev.evdash.model;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/** The years a view can show (min–max, from the data) and the years the analyst chose (from–to). */
public final class YearRangeModel {

    private final ReadOnlyIntegerWrapper min = new ReadOnlyIntegerWrapper(this, "min");
    private final ReadOnlyIntegerWrapper max = new ReadOnlyIntegerWrapper(this, "max");
    private final IntegerProperty from = new SimpleIntegerProperty(this, "from");
    private final IntegerProperty to = new SimpleIntegerProperty(this, "to");

    /**
     * Fits the range to the years the data has ({@code fallbackMin}–{@code fallbackMax} when it has none).
     * The chosen range is kept where it still fits, unless {@code reset} or it was the whole range.
     */
    void fit(List<Integer> years, int fallbackMin, int fallbackMax, boolean reset) {
        int lo = years.isEmpty() ? fallbackMin : years.get(0);
        int hi = years.isEmpty() ? fallbackMax : years.get(years.size() - 1);
        boolean wasWhole = from.get() == min.get() && to.get() == max.get();
        min.set(lo);
        max.set(hi);
        if (reset || wasWhole || from.get() < lo || to.get() > hi || from.get() > to.get()) {
            from.set(lo);
            to.set(hi);
        }
    }

    /** "2019–2025", or "2024" for a single year. */
    public String describe() {
        return from.get() == to.get() ? Integer.toString(from.get()) : from.get() + "–" + to.get();
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
