package dev.evdash.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Background;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Colours for canvas drawing that come from CSS: hidden regions with style classes {@code prefix-0} …
 * whose background colour the stylesheet sets, so the theme decides and canvas code stays colour-free.
 */
public final class CssSwatches {

    private final List<Region> swatches = new ArrayList<>();
    private final List<Color> fallback;

    /** Adds {@code count} hidden swatches to {@code children}; {@code onChange} runs when CSS changes one. */
    public CssSwatches(List<Node> children, String prefix, int count, List<Color> fallback, Runnable onChange) {
        this.fallback = List.copyOf(fallback);
        for (int i = 0; i < count; i++) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", prefix + "-" + i);
            swatch.setManaged(false);
            swatch.setVisible(false);
            swatch.backgroundProperty().addListener(o -> onChange.run());
            swatches.add(swatch);
        }
        children.addAll(swatches);
    }

    /** The colours CSS gave, in order; the fallback where it gave none. */
    public List<Color> colours() {
        List<Color> out = new ArrayList<>();
        for (Region swatch : swatches) {
            Background bg = swatch.getBackground();
            if (bg != null && !bg.getFills().isEmpty() && bg.getFills().get(0).getFill() instanceof Color c) {
                out.add(c);
            }
        }
        return out.isEmpty() ? fallback : out;
    }
}
