package dev.evdash.export;

import dev.evdash.data.AtomicFiles;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/**
 * Writes a JavaFX image as PNG without javafx-swing: its pixels are read once, as packed ARGB ints, and
 * {@link PngEncoder} encodes them. Both may run on any thread once the image is drawn (nothing draws into
 * it again), so a report pack writes the PNGs of views already drawn while the FX thread draws the next.
 */
public final class PngWriter {

    private PngWriter() {}

    /** The image as an AWT image, for the tests and tools that read pixels with AWT. */
    public static BufferedImage toBufferedImage(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = argb(image);
        // the pixels read are the image's raster as they are: ARGB ints, not premultiplied, no second copy
        DirectColorModel argbModel = (DirectColorModel) ColorModel.getRGBdefault();
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(argb, argb.length), w, h, w,
                argbModel.getMasks(), null);
        return new BufferedImage(argbModel, raster, false, null);
    }

    /** Writes {@code image} to {@code file} atomically: a complete PNG or nothing. Any thread, once it is drawn. */
    public static void write(Image image, Path file) throws IOException {
        int[] argb = argb(image);
        AtomicFiles.write(file, out -> PngEncoder.write(argb, (int) image.getWidth(), (int) image.getHeight(), out));
    }

    private static int[] argb(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }
}
