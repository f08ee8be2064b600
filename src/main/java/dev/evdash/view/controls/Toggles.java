package dev.evdash.view.controls;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/** Binds a group of toggles, one per value, to a model property: one is always selected. */
public final class Toggles {

    private Toggles() {}

    public static <T> void bind(ToggleGroup group, Map<? extends Toggle, T> values, ObjectProperty<T> property) {
        values.forEach((toggle, value) -> toggle.setSelected(value == property.get()));
        group.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else {
                property.set(values.get(t));
            }
        });
        property.addListener((obs, old, v) -> values.forEach((toggle, value) -> {
            if (value == v) {
                toggle.setSelected(true);
            }
        }));
    }
}
