package dev.evdash.fx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * The font EVDash draws with: WenQuanYi Micro Hei, shipped in the jar (Apache License 2.0), so that
 * Chinese and Japanese names (比亚迪, 阿里巴巴) never turn into empty boxes, in the window or in a
 * headless export, and exports look the same on every machine.
 */
public final class Fonts {

    public static final String FAMILY = "WenQuanYi Micro Hei";
    static final String RESOURCE = "/dev/evdash/fonts/wqy-microhei.ttc";

    private static boolean loaded;

    private Fonts() {}

    /** Registers the shipped font with JavaFX (once); call before the first scene is styled. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        try (InputStream in = Fonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + RESOURCE);
            }
            Font[] fonts = Font.loadFonts(in, 13);
            if (fonts == null || fonts.length == 0) {
                throw new IllegalStateException("font could not be loaded: " + RESOURCE);
            }
            loaded = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped font at {@code size}. */
    public static Font regular(double size) {
        load();
        return Font.font(FAMILY, size);
    }
}
