package dev.evdash.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes packed ARGB pixels (one int per pixel, row by row; premultiplied or not) as a PNG: 8 bits per
 * channel, RGB when every pixel is opaque and RGBA otherwise, rows unfiltered and deflated at level 4.
 * That is what ImageIO's PNG writer produces for such pixels (it leaves true-colour rows unfiltered and
 * deflates at level 4), without its path through a raster made for every row and a call for every sample,
 * which took most of an export's encoding time. An opaque image, as every report view is, also drops the
 * alpha channel, a quarter of the bytes to compress. Plain Java, any thread.
 */
public final class PngEncoder {

    static final int LEVEL = 4;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int CHUNK = 1 << 16;

    private PngEncoder() {}

    /** Writes {@code argb} ({@code width × height} pixels) to {@code out}, which it leaves open. */
    public static void write(int[] argb, int width, int height, OutputStream out) throws IOException {
        write(argb, false, width, height, out);
    }

    /**
     * As {@link #write}, for premultiplied pixels, as a JavaFX image holds them: read as they are (a copy),
     * where reading them as not premultiplied divides every pixel. An opaque pixel is the same either way;
     * a translucent one is divided here, rounded as JavaFX rounds.
     */
    public static void writePremultiplied(int[] argbPre, int width, int height, OutputStream out) throws IOException {
        write(argbPre, true, width, height, out);
    }

    private static void write(int[] argb, boolean premultiplied, int width, int height, OutputStream out)
            throws IOException {
        if (width <= 0 || height <= 0 || (long) width * height != argb.length) {
            throw new IllegalArgumentException(width + "×" + height + " pixels do not match " + argb.length);
        }
        boolean opaque = isOpaque(argb);
        int channels = opaque ? 3 : 4;
        out.write(SIGNATURE);
        chunk(out, "IHDR", header(width, height, opaque), 13);

        int rowBytes = 1 + width * channels; // each row starts with its filter type, 0: none
        deflateRows(out, height, rowBytes, (y, rows, o) -> {
            int i = y * width;
            int end = i + width;
            if (opaque) {
                for (; i < end; i++) {
                    int p = argb[i];
                    rows[o] = (byte) (p >> 16);
                    rows[o + 1] = (byte) (p >> 8);
                    rows[o + 2] = (byte) p;
                    o += 3;
                }
            } else {
                for (; i < end; i++) {
                    int p = argb[i];
                    int a = p >>> 24;
                    if (premultiplied && a > 0 && a < 0xff) {
                        p = unpremultiply(p, a);
                    }
                    rows[o] = (byte) (p >> 16);
                    rows[o + 1] = (byte) (p >> 8);
                    rows[o + 2] = (byte) p;
                    rows[o + 3] = (byte) a;
                    o += 4;
                }
            }
        });
    }

    /**
     * Writes opaque pixels given as red, green and blue bytes ({@code width × height} pixels, row by row) to
     * {@code out} as an RGB PNG, the same file {@link #write} makes of the same pixels as opaque ints, with
     * no pass that unpacks them: each row is copied as it is.
     */
    public static void writeRgb(byte[] rgb, int width, int height, OutputStream out) throws IOException {
        if (width <= 0 || height <= 0 || (long) width * height * 3 != rgb.length) {
            throw new IllegalArgumentException(width + "×" + height + " pixels do not match " + rgb.length + " bytes");
        }
        out.write(SIGNATURE);
        chunk(out, "IHDR", header(width, height, true), 13);
        int rowBytes = 1 + width * 3;
        deflateRows(out, height, rowBytes, (y, rows, o) -> System.arraycopy(rgb, y * (rowBytes - 1), rows, o, rowBytes - 1));
    }

    /** Fills a row's pixel bytes into {@code rows} from {@code at}. */
    @FunctionalInterface
    private interface RowBytes {
        void fill(int y, byte[] rows, int at);
    }

    /** Deflates {@code height} rows of {@code rowBytes} (filter type 0 and the pixels {@code pixels} gives) as IDAT chunks, then IEND. */
    private static void deflateRows(OutputStream out, int height, int rowBytes, RowBytes pixels) throws IOException {
        int rowsPerBatch = Math.max(1, CHUNK / rowBytes);
        byte[] rows = new byte[rowBytes * Math.min(rowsPerBatch, height)];
        byte[] data = new byte[CHUNK];
        int filled = 0;
        Deflater deflater = new Deflater(LEVEL);
        try {
            for (int y = 0; y < height; ) {
                int batch = Math.min(rowsPerBatch, height - y);
                int o = 0;
                for (int r = 0; r < batch; r++, y++) {
                    rows[o] = 0;
                    pixels.fill(y, rows, o + 1);
                    o += rowBytes;
                }
                deflater.setInput(rows, 0, o);
                while (!deflater.needsInput()) {
                    filled = drain(deflater, data, filled, out);
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                filled = drain(deflater, data, filled, out);
            }
            if (filled > 0) {
                chunk(out, "IDAT", data, filled);
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", data, 0);
    }

    private static byte[] header(int width, int height, boolean opaque) {
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per channel
        header[9] = (byte) (opaque ? 2 : 6); // colour type: true colour, with alpha or not
        // compression 0 (deflate), filter method 0, no interlace: bytes 10-12 stay 0
        return header;
    }

    private static boolean isOpaque(int[] argb) {
        for (int p : argb) {
            if (p >>> 24 != 0xff) {
                return false;
            }
        }
        return true;
    }

    /** A translucent premultiplied pixel divided by its alpha, rounded to nearest as JavaFX's own conversion. */
    static int unpremultiply(int p, int a) {
        int half = a >> 1;
        int r = (((p >> 16) & 0xff) * 0xff + half) / a;
        int g = (((p >> 8) & 0xff) * 0xff + half) / a;
        int b = ((p & 0xff) * 0xff + half) / a;
        return a << 24 | r << 16 | g << 8 | b;
    }

    /** Deflates into {@code data} after its first {@code filled} bytes; a full buffer goes out as an IDAT chunk. */
    private static int drain(Deflater deflater, byte[] data, int filled, OutputStream out) throws IOException {
        filled += deflater.deflate(data, filled, data.length - filled);
        if (filled == data.length) {
            chunk(out, "IDAT", data, filled);
            return 0;
        }
        return filled;
    }

    private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(head);
        out.write(data, 0, length);
        out.write(tail);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
