package dev.evdash.view.controls;

import dev.evdash.model.YearRangeModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.control.Label;
import org.controlsfx.control.RangeSlider;

/** Binds a RangeSlider and its "2019–2025" (or "Jan 2019–Jun 2026") label to a model's year or month range. */
public final class YearRange {

    private YearRange() {}

    public static void bind(RangeSlider slider, Label label, YearRangeModel years) {
        bind(slider, label, years.minProperty(), years.maxProperty(), years.fromProperty(), years.toProperty(),
                years::describe);
    }

    /** The slider's steps are months; its label reads "Jan 2019–Jun 2026". */
    public static void bind(RangeSlider slider, Label label, dev.evdash.model.MonthRangeModel months) {
        bind(slider, label, months.minProperty(), months.maxProperty(), months.fromProperty(), months.toProperty(),
                months::describe);
    }

    private static void bind(RangeSlider slider, Label label, ReadOnlyIntegerProperty min, ReadOnlyIntegerProperty max,
            IntegerProperty from, IntegerProperty to, java.util.concurrent.Callable<String> describe) {
        slider.minProperty().bind(min);
        slider.maxProperty().bind(max);
        Runnable show = () -> {
            // high first, then low, then high again: the slider keeps low <= high at every step
            slider.setHighValue(to.get());
            slider.setLowValue(from.get());
            slider.setHighValue(to.get());
        };
        show.run();
        from.addListener((obs, old, v) -> show.run());
        to.addListener((obs, old, v) -> show.run());
        min.addListener((obs, old, v) -> show.run());
        max.addListener((obs, old, v) -> show.run());
        slider.lowValueProperty().addListener((obs, old, v) -> from.set((int) Math.round(v.doubleValue())));
        slider.highValueProperty().addListener((obs, old, v) -> to.set((int) Math.round(v.doubleValue())));
        label.textProperty().bind(Bindings.createStringBinding(describe, from, to));
    }
}
