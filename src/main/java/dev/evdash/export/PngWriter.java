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
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        // the pixels read become the AWT image's raster as they are: ARGB ints, not premultiplied, no second copy
        DirectColorModel argbModel = (DirectColorModel) ColorModel.getRGBdefault();
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(argb, argb.length), w, h, w,
                argbModel.getMasks(), null);
        return new BufferedImage(argbModel, raster, false, null);
    }

    /** Writes {@code image} to {@code file} atomically: a complete PNG or nothing. Any thread, once it is drawn. */
    public static void write(Image image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        // read premultiplied, as a drawn image holds its pixels: a copy, where straight ARGB divides each one
        int[] argbPre = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), argbPre, 0, w);
        AtomicFiles.write(file, out -> PngEncoder.writePremultiplied(argbPre, w, h, out));
    }
}
