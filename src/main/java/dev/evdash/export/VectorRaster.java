package dev.evdash.export;

import dev.evdash.draw.NodePainter;
import dev.evdash.draw.PaintRecording;
import dev.evdash.draw.Painted;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SubScene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A report frame drawn to pixels by the vector backend, the walk the SVG and PDF exports take, onto a Java2D
 * image: where JavaFX's software pipeline fills every glyph of a 2× snapshot as a path (it caches glyphs only
 * for untransformed text), Java2D draws them from its glyph cache at the scaled size, and the frame's charts
 * draw themselves with the same calls they give the window's canvas. Only for frames the walk draws in full
 * ({@link #drawable}): anything it would leave out (an image, an effect, a plain canvas) keeps the snapshot.
 */
final class VectorRaster {

    private VectorRaster() {}

    /** Pixels of one drawn image: premultiplied ARGB, row by row. */
    record Pixels(int[] argbPre, int width, int height) {
        /** The pixels as a JavaFX image (for the clipboard, or a test reading them). */
        WritableImage toImage() {
            WritableImage image = new WritableImage(width, height);
            image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), argbPre, 0, width);
            return image;
        }
    }

    /** Pixels of one drawn opaque image: red, green and blue bytes, pixel by pixel, row by row. */
    record RgbPixels(byte[] rgb, int width, int height) {}

    /**
     * Whether {@code frame}'s own background paints every pixel of it with an opaque colour before anything
     * else is drawn (no opacity, clip, effect or blend on the frame, a fill with no insets and square
     * corners), at {@code width} × {@code height} layout pixels and {@code scale}, to whole pixels: then
     * its picture is opaque and can be drawn {@link #drawLentRgb as RGB bytes}.
     */
    static boolean coversItselfOpaquely(Region frame, int width, int height, double scale) {
        if (frame instanceof Painted || frame.getOpacity() < 1 || frame.getClip() != null || frame.getEffect() != null
                || frame.getBlendMode() != null || frame.getBackground() == null
                || frame.getWidth() != width || frame.getHeight() != height
                || width * scale != Math.rint(width * scale) || height * scale != Math.rint(height * scale)) {
            return false;
        }
        for (BackgroundFill f : frame.getBackground().getFills()) {
            if (f.getFill() instanceof Color c && c.isOpaque()
                    && f.getInsets().getTop() <= 0 && f.getInsets().getRight() <= 0
                    && f.getInsets().getBottom() <= 0 && f.getInsets().getLeft() <= 0
                    && (f.getRadii() == null || f.getRadii().equals(CornerRadii.EMPTY))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the vector walk draws everything of {@code root} that a snapshot would show; when not, the
     * first node it would miss, for the reason to be said.
     */
    static Optional<Node> undrawable(Node root) {
        if (!root.isVisible() || root.getOpacity() <= 0) {
            return Optional.empty();
        }
        if (root instanceof Painted) {
            return root.getEffect() == null && root.getBlendMode() == null ? Optional.empty() : Optional.of(root);
        }
        boolean missed = root.getEffect() != null
                || root.getBlendMode() != null
                || (root.getClip() != null && !isPlainRectangle(root.getClip()))
                || root instanceof ImageView
                || root instanceof Canvas
                || root instanceof SubScene
                || (root instanceof Text t && t.isStrikethrough())
                || (root instanceof Region r && (r.getShape() != null
                        || (r.getBackground() != null && !r.getBackground().getImages().isEmpty())
                        || (r.getBorder() != null && !r.getBorder().getImages().isEmpty())));
        if (missed) {
            return Optional.of(root);
        }
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Optional<Node> m = undrawable(child);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    static boolean drawable(Node root) {
        return undrawable(root).isEmpty();
    }

    private static boolean isPlainRectangle(Node clip) {
        return clip instanceof Rectangle r && r.getArcWidth() == 0 && r.getArcHeight() == 0
                && r.getTransforms().isEmpty() && r.getRotate() == 0;
    }

    /**
     * Draws {@code recording} at {@code scale} onto a transparent image of {@code width} × {@code height}
     * layout pixels. Any thread.
     */
    static Pixels draw(PaintRecording recording, int width, int height, double scale) {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        return drawOn(new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE), recording, scale);
    }

    /** What is done with pixels ({@link Pixels}, {@link RgbPixels}) that are only lent: they are drawn over once it returns. */
    interface PixelsUse<P> {
        void accept(P pixels) throws java.io.IOException;
    }

    /** The image each thread draws on again for every picture of the same size ({@link #drawLent}). */
    private static final ThreadLocal<BufferedImage> LENT = new ThreadLocal<>();

    /**
     * As {@link #draw}, onto an image this thread keeps and clears for its next picture of the same size,
     * lent to {@code use} until it returns: a pack's PNGs at 3200×1800 are 23 MB of pixels each, and made new
     * for every view they were most of the export's allocation and what its collections copied.
     */
    static void drawLent(PaintRecording recording, int width, int height, double scale, PixelsUse<Pixels> use)
            throws java.io.IOException {
        BufferedImage kept = LENT.get();
        BufferedImage image = lent(LENT, width, height, scale, BufferedImage.TYPE_INT_ARGB_PRE);
        if (image == kept) {
            java.util.Arrays.fill(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), 0);
        }
        use.accept(drawOn(image, recording, scale));
    }

    /**
     * The image this thread keeps in {@code slot}, if it is {@code width} × {@code height} layout pixels at
     * {@code scale}; else a new one of {@code type}, kept there from now on.
     */
    private static BufferedImage lent(ThreadLocal<BufferedImage> slot, int width, int height, double scale, int type) {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = slot.get();
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new BufferedImage(w, h, type);
            slot.set(image);
        }
        return image;
    }

    private static Pixels drawOn(BufferedImage image, PaintRecording recording, double scale) {
        Graphics2D g = graphics(image, scale);
        try {
            recording.drawOn(g);
        } finally {
            g.dispose();
        }
        return new Pixels(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), image.getWidth(),
                image.getHeight());
    }

    private static final ThreadLocal<BufferedImage> LENT_RGB = new ThreadLocal<>();

    /**
     * As {@link #drawLent}, for a recording of a frame that {@link #coversItselfOpaquely covers itself
     * opaquely}: drawn with red and blue exchanged onto an image of three bytes a pixel stored blue, green,
     * red, its bytes are the picture's red, green and blue, ready for a PNG's rows as they are. The pixels
     * are {@link #drawLent}'s with their alpha dropped (every view and theme is held to that, byte for byte).
     */
    static void drawLentRgb(PaintRecording recording, int width, int height, double scale, PixelsUse<RgbPixels> use)
            throws java.io.IOException {
        BufferedImage image = lent(LENT_RGB, width, height, scale, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = graphics(image, scale);
        try {
            // the last picture's pixels, cleared by Java2D's fill (the frame's background then covers them)
            g.setColor(java.awt.Color.BLACK);
            g.fillRect(0, 0, width, height);
            recording.drawOnSwappingRedAndBlue(g);
        } finally {
            g.dispose();
        }
        use.accept(new RgbPixels(((DataBufferByte) image.getRaster().getDataBuffer()).getData(), image.getWidth(),
                image.getHeight()));
    }

    private static Graphics2D graphics(BufferedImage image, double scale) {
        Graphics2D g = image.createGraphics();
        // strokes where the geometry puts them, as JavaFX's renderer draws them, not nudged to pixel centres
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(scale, scale);
        return g;
    }

    /** The frame's drawing calls, recorded on the FX thread, to be drawn by {@link #draw} on any. */
    static PaintRecording record(Node frame) {
        PaintRecording recording = new PaintRecording();
        NodePainter.paint(frame, recording);
        return recording;
    }
}
