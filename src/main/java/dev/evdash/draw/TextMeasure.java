package dev.evdash.draw;

import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text measured as JavaFX lays it out (the logical bounds of a {@link Text}), so that a vector backend
 * places and aligns text exactly where the canvas does.
 */
final class TextMeasure {

    private final Text probe = new Text();

    /** The logical bounds of one line of {@code s} in {@code f}, its origin on the baseline. */
    Bounds bounds(String s, Font f) {
        probe.setFont(f);
        probe.setText(s);
        return probe.getLayoutBounds();
    }

    double width(String s, Font f) {
        return bounds(s, f).getWidth();
    }
}
