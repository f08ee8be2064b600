package dev.evdash.draw;

import dev.evdash.fx.Fonts;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shipped fonts as Java2D fonts, for the vector backend: a JavaFX font is drawn in the shipped face of
 * its family and style (DejaVu Sans regular, bold or oblique; WenQuanYi Micro Hei), and the characters that
 * face has no glyph for (比亚迪 in a DejaVu title) in the CJK face, as JavaFX falls back to another font. A
 * vector document can then name, and a PDF embed, exactly the fonts its text was laid out in.
 */
public final class VectorFonts {

    /** A shipped face: where its file is, its name in that file, and the Java2D font read from it. */
    public record Face(String resource, String postScriptName, java.awt.Font font, int style) {
        /** This face at a size, carrying its style so that a vector document writes its weight and slant. */
        java.awt.Font at(double size) {
            return font.deriveFont(style, (float) size);
        }
    }

    /** A stretch of text drawn in one face. */
    public record Run(String text, Face face) {}

    private static VectorFonts shared;

    private final Face regular;
    private final Face bold;
    private final Face oblique;
    private final Face cjk;

    private VectorFonts() {
        try {
            List<String> faces = Fonts.REPORT_RESOURCES;
            regular = face(faces.get(0), java.awt.Font.PLAIN);
            bold = face(faces.get(1), java.awt.Font.BOLD);
            oblique = face(faces.get(2), java.awt.Font.ITALIC);
            try (InputStream in = Fonts.open(Fonts.cjkResource())) {
                java.awt.Font first = java.awt.Font.createFonts(in)[0];
                cjk = new Face(Fonts.cjkResource(), first.getPSName(), first, java.awt.Font.PLAIN);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("a shipped font could not be read: " + e.getMessage(), e);
        }
    }

    private static Face face(String resource, int style) throws IOException, FontFormatException {
        try (InputStream in = Fonts.open(resource)) {
            java.awt.Font f = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            return new Face(resource, f.getPSName(), f, style);
        }
    }

    /** The shipped faces, read once. */
    public static synchronized VectorFonts shared() {
        if (shared == null) {
            shared = new VectorFonts();
        }
        return shared;
    }

    /** Every shipped face. */
    public List<Face> faces() {
        return List.of(regular, bold, oblique, cjk);
    }

    /** The face a JavaFX font is drawn in: the CJK face for its family, else DejaVu Sans of its style. */
    public Face faceOf(javafx.scene.text.Font f) {
        if (f.getFamily().toLowerCase(Locale.ROOT).startsWith("wenquanyi")) {
            return cjk;
        }
        String style = f.getStyle().toLowerCase(Locale.ROOT);
        if (style.contains("bold")) {
            return bold;
        }
        return style.contains("italic") || style.contains("oblique") ? oblique : regular;
    }

    /** Whether a face of ours draws a font of this family (an icon font, say, is not ours). */
    public static boolean ours(javafx.scene.text.Font f) {
        String family = f.getFamily().toLowerCase(Locale.ROOT);
        return family.startsWith("wenquanyi") || family.startsWith("dejavu sans") || family.equals("system");
    }

    /** The face a Java2D font handed to a document was made from, matched by its name. */
    public Face faceNamed(java.awt.Font f) {
        for (Face face : faces()) {
            if (face.font().getFontName().equals(f.getFontName())) {
                return face;
            }
        }
        return regular;
    }

    /** {@code text} cut where the face of {@code f} has no glyph and the CJK face has one. */
    public List<Run> runs(String text, javafx.scene.text.Font f) {
        Face primary = faceOf(f);
        List<Run> runs = new ArrayList<>();
        int start = 0;
        Face current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Face face = primary == cjk || primary.font().canDisplay(cp) || !cjk.font().canDisplay(cp) ? primary : cjk;
            if (current != null && face != current) {
                runs.add(new Run(text.substring(start, i), current));
                start = i;
            }
            current = face;
            i += Character.charCount(cp);
        }
        if (current != null) {
            runs.add(new Run(text.substring(start), current));
        }
        return runs;
    }

    /** The JavaFX font a run is measured in: the given one, or the shipped CJK font at its size. */
    javafx.scene.text.Font measuredIn(Run run, javafx.scene.text.Font given) {
        return run.face() == cjk && faceOf(given) != cjk ? Fonts.regular(given.getSize()) : given;
    }
}
