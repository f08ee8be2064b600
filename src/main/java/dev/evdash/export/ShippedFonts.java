package dev.evdash.export;

import dev.evdash.draw.VectorFonts;
import dev.evdash.fx.Fonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The shipped font files for embedding: opened as TrueType fonts for a PDF (which embeds the subset its
 * text uses) and cut to a subset for an SVG's {@code @font-face}. Their bytes are read from the jar once.
 */
final class ShippedFonts {

    /**
     * The tables a subset for an SVG keeps: what a browser's font sanitiser requires, without hinting,
     * kerning or substitution tables (JavaFX laid the text out without them; the subset shrinks to a tenth).
     */
    static final List<String> SVG_TABLES = List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx", "cmap", "name",
            "OS/2", "post");

    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

    private ShippedFonts() {}

    private static byte[] bytes(VectorFonts.Face face) throws IOException {
        byte[] b = BYTES.get(face.resource());
        if (b == null) {
            try (InputStream in = Fonts.open(face.resource())) {
                b = in.readAllBytes();
            }
            BYTES.put(face.resource(), b);
        }
        return b;
    }

    /** The face as a TrueType font, read from its file (a collection's member by name); close it after use. */
    static TrueTypeFont open(VectorFonts.Face face) throws IOException {
        byte[] b = bytes(face);
        if (face.resource().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(b));
            TrueTypeFont font = collection.getFontByName(face.postScriptName());
            if (font == null) {
                collection.close();
                throw new IOException(face.postScriptName() + " is not in " + face.resource());
            }
            return font;
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(b));
    }

    /** A TrueType font of just the glyphs {@code text} needs, for an SVG to carry. */
    static byte[] subset(VectorFonts.Face face, String text) throws IOException {
        Set<Integer> codePoints = new TreeSet<>();
        text.codePoints().forEach(codePoints::add);
        try (TrueTypeFont font = open(face)) {
            TTFSubsetter subsetter = new TTFSubsetter(font, SVG_TABLES);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }
}
