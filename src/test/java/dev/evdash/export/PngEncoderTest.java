package dev.evdash.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    /** A chart-like picture: flat areas, bars, a gradient and scattered noise, all opaque. */
    private static int[] chartLike(int w, int h, long seed) {
        Random random = new Random(seed);
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = 0xfff7f7f7;
                if (x % 97 < 40 && y > h / 3) {
                    p = 0xff2f6fb0 + (x % 7);
                } else if (y % 50 == 0) {
                    p = 0xffc0c0c0;
                } else if (x > w * 3 / 4) {
                    p = 0xff000000 | (x * 255 / w) << 16 | (y * 255 / h) << 8 | 0x40;
                }
                if (random.nextInt(40) == 0) {
                    p = 0xff000000 | random.nextInt(0x1000000);
                }
                argb[y * w + x] = p;
            }
        }
        return argb;
    }

    private static byte[] encode(int[] argb, int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(argb, w, h, out);
        return out.toByteArray();
    }

    private static int[] decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static int colourType(byte[] png) {
        return png[8 + 8 + 9]; // signature, IHDR length and type, width, height, bit depth
    }

    @Test
    void anOpaqueImageReadsBackPixelForPixelAsRgb() throws IOException {
        int w = 731;
        int h = 419; // several IDAT chunks, rows that do not fill a batch evenly
        int[] argb = chartLike(w, h, 7);
        byte[] png = encode(argb, w, h);
        assertThat(decode(png)).isEqualTo(argb);
        assertThat(colourType(png)).as("true colour without alpha").isEqualTo(2);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getWidth()).isEqualTo(w);
        assertThat(back.getHeight()).isEqualTo(h);
    }

    @Test
    void rgbBytesMakeTheSameFileAsTheSameOpaquePixelsAsInts() throws IOException {
        int w = 731;
        int h = 419;
        int[] argb = chartLike(w, h, 11);
        byte[] rgb = new byte[w * h * 3];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (byte) (argb[i] >> 16);
            rgb[3 * i + 1] = (byte) (argb[i] >> 8);
            rgb[3 * i + 2] = (byte) argb[i];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.writeRgb(rgb, w, h, out);
        assertThat(out.toByteArray()).isEqualTo(encode(argb, w, h));
        assertThat(decode(out.toByteArray())).containsExactly(argb);
        assertThatThrownBy(() -> PngEncoder.writeRgb(new byte[10], 3, 4, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3×4");
    }

    @Test
    void translucentPixelsKeepTheirAlpha() throws IOException {
        int w = 64;
        int h = 33;
        int[] argb = chartLike(w, h, 11);
        argb[0] = 0x00000000;
        argb[5] = 0x80ff0000;
        argb[w * h - 1] = 0x01123456;
        byte[] png = encode(argb, w, h);
        assertThat(colourType(png)).as("true colour with alpha").isEqualTo(6);
        assertThat(decode(png)).isEqualTo(argb);
    }

    @Test
    void premultipliedPixelsAreWrittenStraight() throws IOException {
        int[] pre = {0xff336699, 0x80400000, 0x00000000, 0x01010101, 0xfe102030};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.writePremultiplied(pre, pre.length, 1, out);
        byte[] png = out.toByteArray();
        // opaque as it is; (c * 255 + a / 2) / a for the others
        assertThat(decode(png)).containsExactly(0xff336699, 0x80800000, 0x00000000, 0x01ffffff, 0xfe102030);
    }

    @Test
    void aOnePixelImageIsAValidPng() throws IOException {
        byte[] png = encode(new int[] {0xff102030}, 1, 1);
        assertThat(decode(png)).containsExactly(0xff102030);
    }

    @Test
    void filesAreNoLargerThanImageIosForTheSamePixels() throws IOException {
        int w = 1200;
        int h = 628;
        int[] argb = chartLike(w, h, 3);
        DirectColorModel model = (DirectColorModel) ColorModel.getRGBdefault();
        BufferedImage image = new BufferedImage(model, Raster.createPackedRaster(new DataBufferInt(argb.clone(),
                argb.length), w, h, w, model.getMasks(), null), false, null);
        ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
        ImageIO.write(image, "png", imageIo);
        assertThat(encode(argb, w, h).length).isLessThanOrEqualTo(imageIo.size());
    }

    @Test
    void pixelsThatDoNotMatchTheSizeAreRefused() {
        assertThatThrownBy(() -> encode(new int[10], 3, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3×4");
        assertThatThrownBy(() -> encode(new int[0], 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
