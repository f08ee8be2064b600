package dev.evdash.export;

import dev.evdash.data.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/**
 * Writes a JavaFX image as PNG without javafx-swing: its pixels are read once into an AWT image, which
 * ImageIO encodes. Reading must see a finished image; encoding may run on any thread, so a report pack
 * encodes the PNGs of views already drawn while the FX thread draws the next.
 */
public final class PngWriter {

    private PngWriter() {}

    public static BufferedImage toBufferedImage(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    /** Writes {@code image} to {@code file} atomically: a complete PNG or nothing. */
    public static void write(Image image, Path file) throws IOException {
        write(toBufferedImage(image), file);
    }

    /** Writes {@code pixels} to {@code file} atomically; may run on any thread. */
    public static void write(BufferedImage pixels, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(pixels, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
