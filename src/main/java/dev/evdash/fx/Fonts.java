package dev.evdash.fx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.text.Font;

/**
 * The fonts EVDash ships in the jar, so that text looks the same on every machine, in the window and in
 * every export: WenQuanYi Micro Hei (Apache License 2.0), so that Chinese and Japanese names (比亚迪,
 * 阿里巴巴) never turn into empty boxes, and for reports DejaVu Sans (Bitstream Vera licence; regular, bold
 * and oblique), the font the window shows on Linux, so that a report made on Windows or macOS reads as one
 * made on Linux and a PDF can embed the very font it was laid out with.
 */
public final class Fonts {

    public static final String FAMILY = "WenQuanYi Micro Hei";
    /** The family of a report's own text (titles, tables, tiles); CJK text falls back to {@link #FAMILY}. */
    public static final String REPORT_FAMILY = "DejaVu Sans";
    static final String RESOURCE = "/dev/evdash/fonts/wqy-microhei.ttc";
    /** The report family's faces: regular, bold, oblique. */
    public static final List<String> REPORT_RESOURCES = List.of("/dev/evdash/fonts/DejaVuSans.ttf",
            "/dev/evdash/fonts/DejaVuSans-Bold.ttf", "/dev/evdash/fonts/DejaVuSans-Oblique.ttf");

    private static boolean loaded;
    private static boolean reportLoaded;

    private Fonts() {}

    /** Registers the shipped CJK font with JavaFX (once); call before the first scene is styled. */
    public static synchronized void load() {
        if (!loaded) {
            register(RESOURCE);
            loaded = true;
        }
    }

    /** Registers the report faces with JavaFX (once): called when the first report is laid out, not at start. */
    public static synchronized void loadReportFonts() {
        load();
        if (!reportLoaded) {
            REPORT_RESOURCES.forEach(Fonts::register);
            reportLoaded = true;
        }
    }

    private static void register(String resource) {
        try (InputStream in = open(resource)) {
            Font[] fonts = Font.loadFonts(in, 13);
            if (fonts == null || fonts.length == 0) {
                throw new IllegalStateException("font could not be loaded: " + resource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a shipped font file ({@link #cjkResource()} or one of {@link #REPORT_RESOURCES}). */
    public static InputStream open(String resource) throws IOException {
        InputStream in = Fonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("font missing from the application: " + resource);
        }
        return in;
    }

    /** The shipped CJK font's file, a TrueType collection. */
    public static String cjkResource() {
        return RESOURCE;
    }

    /** The shipped font at {@code size}. */
    public static Font regular(double size) {
        load();
        return Font.font(FAMILY, size);
    }
}
