package dev.evdash.draw;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The vector backend: every call becomes Java2D on a {@link Graphics2D} that writes a document (an SVG or a
 * PDF page), with the canvas's defaults (square caps, mitred joins, non-zero fill). Text stays text: it is
 * drawn with {@code drawString} in the shipped face of its font ({@link VectorFonts}), at the place the
 * canvas would put it, measured as JavaFX measures it. Links are collected in device coordinates for a
 * document that can hold them.
 */
public final class Graphics2DPainter implements Painter {

    /** A link, its rectangle in the document's coordinates. */
    public record Link(Rectangle2D area, String target) {}

    private record State(AffineTransform transform, Shape clip, Paint fill, Paint stroke, double lineWidth,
            double[] dashes, Font font, TextAlignment align, VPos baseline, double alpha) {}

    private final Graphics2D g;
    private final VectorFonts fonts = VectorFonts.shared();
    private final TextMeasure measure;
    private final Deque<State> saved = new ArrayDeque<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<VectorFonts.Face, StringBuilder> used = new LinkedHashMap<>();
    private Paint fill = Color.BLACK;
    private Paint strokePaint = Color.BLACK;
    private double lineWidth = 1;
    private double[] dashes;
    private Font font = Font.getDefault();
    private TextAlignment align = TextAlignment.LEFT;
    private VPos baseline = VPos.BASELINE;
    private double alpha = 1;
    private Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    private final boolean redBlueSwapped;

    public Graphics2DPainter(Graphics2D g) {
        this(g, new TextMeasure());
    }

    /** Measuring text with {@code measure} (a frozen one, when the drawing was recorded on the FX thread). */
    Graphics2DPainter(Graphics2D g, TextMeasure measure) {
        this(g, measure, false);
    }

    /**
     * As {@link #Graphics2DPainter(Graphics2D, TextMeasure)}; with {@code redBlueSwapped} every colour is
     * given to {@code g} with its red and blue exchanged (see {@link PaintRecording#drawOnSwappingRedAndBlue}).
     */
    Graphics2DPainter(Graphics2D g, TextMeasure measure, boolean redBlueSwapped) {
        this.g = g;
        this.measure = measure;
        this.redBlueSwapped = redBlueSwapped;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** The text drawn so far in each shipped face: what a document must embed of it. */
    public Map<VectorFonts.Face, String> usedText() {
        Map<VectorFonts.Face, String> out = new LinkedHashMap<>();
        used.forEach((face, text) -> out.put(face, text.toString()));
        return out;
    }

    /** The links drawn so far, in document coordinates. */
    public List<Link> links() {
        return List.copyOf(links);
    }

    @Override
    public void save() {
        saved.push(new State(g.getTransform(), g.getClip(), fill, strokePaint, lineWidth, dashes, font, align,
                baseline, alpha));
    }

    @Override
    public void restore() {
        State s = saved.poll();
        if (s == null) {
            return;
        }
        g.setTransform(s.transform());
        g.setClip(s.clip());
        fill = s.fill();
        strokePaint = s.stroke();
        lineWidth = s.lineWidth();
        dashes = s.dashes();
        font = s.font();
        align = s.align();
        baseline = s.baseline();
        alpha = s.alpha();
    }

    @Override
    public void transform(double mxx, double myx, double mxy, double myy, double mxt, double myt) {
        g.transform(new AffineTransform(mxx, myx, mxy, myy, mxt, myt));
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void setGlobalAlpha(double a) {
        alpha = Math.max(0, Math.min(1, a));
    }

    @Override
    public double getGlobalAlpha() {
        return alpha;
    }

    @Override
    public void setFill(Paint p) {
        fill = p;
    }

    @Override
    public void setStroke(Paint p) {
        strokePaint = p;
    }

    @Override
    public void setLineWidth(double w) {
        lineWidth = w;
    }

    @Override
    public void setLineDashes(double... d) {
        dashes = d == null || d.length == 0 ? null : d.clone();
    }

    @Override
    public void setFont(Font f) {
        font = f;
    }

    @Override
    public void setTextAlign(TextAlignment a) {
        align = a;
    }

    @Override
    public void setTextBaseline(VPos b) {
        baseline = b;
    }

    private void fillShape(Shape s) {
        g.setPaint(awt(fill));
        g.fill(s);
    }

    private void strokeShape(Shape s) {
        g.setPaint(awt(strokePaint));
        g.setStroke(basicStroke());
        g.draw(s);
    }

    private BasicStroke basicStroke() {
        float[] d = null;
        if (dashes != null) {
            d = new float[dashes.length];
            double sum = 0;
            for (int i = 0; i < dashes.length; i++) {
                d[i] = (float) Math.max(0, dashes[i]);
                sum += d[i];
            }
            if (sum <= 0) {
                d = null;
            }
        }
        return new BasicStroke((float) lineWidth, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10f, d, 0f);
    }

    private java.awt.Color awt(Paint p) {
        Color c = solid(p);
        double red = redBlueSwapped ? c.getBlue() : c.getRed();
        double blue = redBlueSwapped ? c.getRed() : c.getBlue();
        return new java.awt.Color((float) red, (float) c.getGreen(), (float) blue, (float) (c.getOpacity() * alpha));
    }

    /** A paint as one colour: a gradient (none in the report styles) by its first stop. */
    private static Color solid(Paint p) {
        if (p instanceof Color c) {
            return c;
        }
        if (p instanceof LinearGradient lg && !lg.getStops().isEmpty()) {
            return lg.getStops().get(0).getColor();
        }
        if (p instanceof RadialGradient rg && !rg.getStops().isEmpty()) {
            return rg.getStops().get(0).getColor();
        }
        return Color.TRANSPARENT;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fillShape(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        strokeShape(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        fillShape(new RoundRectangle2D.Double(x, y, w, h, arcW, arcH));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        strokeShape(new RoundRectangle2D.Double(x, y, w, h, arcW, arcH));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        strokeShape(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fillShape(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        strokeShape(new Ellipse2D.Double(x, y, w, h));
    }

    private static Path2D polygon(double[] xs, double[] ys, int n) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                p.moveTo(xs[i], ys[i]);
            } else {
                p.lineTo(xs[i], ys[i]);
            }
        }
        p.closePath();
        return p;
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n > 0) {
            fillShape(polygon(xs, ys, n));
        }
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        if (n > 0) {
            strokeShape(polygon(xs, ys, n));
        }
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    /** A canvas path may start with a line or curve: it then starts where that segment starts. */
    private void ensureStarted(double x, double y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x, y);
        }
    }

    @Override
    public void lineTo(double x, double y) {
        ensureStarted(x, y);
        path.lineTo(x, y);
    }

    @Override
    public void quadraticCurveTo(double cx, double cy, double x, double y) {
        ensureStarted(cx, cy);
        path.quadTo(cx, cy, x, y);
    }

    @Override
    public void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        ensureStarted(c1x, c1y);
        path.curveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    @Override
    public void fill() {
        if (path.getCurrentPoint() != null) {
            fillShape(path);
        }
    }

    @Override
    public void stroke() {
        if (path.getCurrentPoint() != null) {
            strokeShape(path);
        }
    }

    @Override
    public void fillText(String text, double x, double y) {
        text(text, x, y, false);
    }

    @Override
    public void strokeText(String text, double x, double y) {
        text(text, x, y, true);
    }

    /** One line of text, placed as the JavaFX canvas places it (its alignment and baseline rules). */
    private void text(String text, double x, double y, boolean outline) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Bounds b = measure.bounds(text, font);
        double left = switch (align) {
            case RIGHT -> x - b.getWidth();
            case CENTER -> x - b.getWidth() / 2;
            default -> x;
        };
        double base = switch (baseline) {
            case TOP -> y - b.getMinY();
            case CENTER -> y - b.getHeight() / 2 - b.getMinY();
            case BOTTOM -> y - b.getHeight() - b.getMinY();
            default -> y;
        };
        g.setPaint(awt(outline ? strokePaint : fill));
        if (outline) {
            g.setStroke(basicStroke());
        }
        double at = left;
        for (VectorFonts.Run run : fonts.runs(text, font)) {
            java.awt.Font f = run.face().at(font.getSize());
            used.computeIfAbsent(run.face(), k -> new StringBuilder()).append(run.text());
            if (outline) {
                GlyphVector glyphs = f.createGlyphVector(g.getFontRenderContext(), run.text());
                g.draw(glyphs.getOutline((float) at, (float) base));
            } else {
                g.setFont(f);
                g.drawString(run.text(), (float) at, (float) base);
            }
            at += measure.width(run.text(), fonts.measuredIn(run, font));
        }
    }

    /** Measures with {@code measure} what drawing {@code text} in {@code font} measures, and nothing else. */
    static void premeasure(String text, Font font, TextMeasure measure) {
        if (text == null || text.isEmpty()) {
            return;
        }
        measure.bounds(text, font);
        VectorFonts fonts = VectorFonts.shared();
        for (VectorFonts.Run run : fonts.runs(text, font)) {
            measure.width(run.text(), fonts.measuredIn(run, font));
        }
    }

    @Override
    public void link(double x, double y, double w, double h, String target) {
        links.add(new Link(g.getTransform().createTransformedShape(new Rectangle2D.Double(x, y, w, h)).getBounds2D(),
                target));
    }
}
