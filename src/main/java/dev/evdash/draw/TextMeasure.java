package dev.evdash.draw;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text measured as JavaFX lays it out (the logical bounds of a {@link Text}), so that a vector backend
 * places and aligns text exactly where the canvas does. Each measure is kept: a {@link #frozen} copy answers
 * from what was measured alone, so that drawing recorded on the FX thread can be done on another.
 */
final class TextMeasure {

    private record Key(String text, String font, String style, double size) {
        Key(String text, Font f) {
            this(text, f.getName(), f.getStyle(), f.getSize());
        }
    }

    private final Text probe;
    private final Map<Key, Bounds> measured;

    TextMeasure() {
        this(new Text(), new HashMap<>());
    }

    private TextMeasure(Text probe, Map<Key, Bounds> measured) {
        this.probe = probe;
        this.measured = measured;
    }

    /** What was measured so far and nothing else: asked for anything more, it throws. Any thread. */
    TextMeasure frozen() {
        return new TextMeasure(null, Map.copyOf(measured));
    }

    /** The logical bounds of one line of {@code s} in {@code f}, its origin on the baseline. */
    Bounds bounds(String s, Font f) {
        Key key = new Key(s, f);
        Bounds b = measured.get(key);
        if (b != null) {
            return b;
        }
        if (probe == null) {
            throw new IllegalStateException("text not measured when it was recorded: '" + s + "' in " + f);
        }
        probe.setFont(f);
        probe.setText(s);
        b = probe.getLayoutBounds();
        measured.put(key, b);
        return b;
    }

    double width(String s, Font f) {
        return bounds(s, f).getWidth();
    }
}
