package dev.evdash.draw;

import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The one drawing interface of EVDash's charts, network and report pages: lines, paths, fills, text with a
 * font and alignment, clips and transforms, in layout pixels with y pointing down. It mirrors the part of
 * JavaFX's {@code GraphicsContext} the charts use, with the same defaults and meaning (text aligned on its
 * x by {@link #setTextAlign}, on its y by {@link #setTextBaseline}; a polygon or path filled non-zero), so
 * that a chart draws the same calls whether they reach the window's canvas ({@link CanvasPainter}) or a
 * vector document ({@link Graphics2DPainter}, for SVG and PDF): the PNG, the SVG and the PDF come from the
 * same code and cannot drift apart.
 */
public interface Painter {

    /** Pushes transform, clip, paints, line, font, alignment and alpha; {@link #restore} pops them. */
    void save();

    void restore();

    /** Multiplies the current transform by {@code [mxx mxy mxt; myx myy myt]}, as GraphicsContext.transform does. */
    void transform(double mxx, double myx, double mxy, double myy, double mxt, double myt);

    default void translate(double x, double y) {
        transform(1, 0, 0, 1, x, y);
    }

    /** Intersects the clip with a rectangle in current coordinates. */
    void clipRect(double x, double y, double w, double h);

    /** Opacity multiplied into every paint from now on (0 to 1). */
    void setGlobalAlpha(double alpha);

    double getGlobalAlpha();

    void setFill(Paint p);

    void setStroke(Paint p);

    void setLineWidth(double w);

    /** Dash lengths, on and off; none for a solid line. */
    void setLineDashes(double... dashes);

    void setFont(Font f);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    /** A rectangle with rounded corners; {@code arcW} and {@code arcH} are the corners' diameters. */
    void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH);

    void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    /** Starts a new current path. */
    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void quadraticCurveTo(double cx, double cy, double x, double y);

    void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y);

    void closePath();

    /** Fills the current path with the fill paint (non-zero rule). */
    void fill();

    /** Strokes the current path with the stroke paint, line width and dashes. */
    void stroke();

    /** Draws a line of text at x, y, placed by the text alignment and baseline. */
    void fillText(String text, double x, double y);

    /** Outlines a line of text (a halo under labels), placed as {@link #fillText} places it. */
    void strokeText(String text, double x, double y);

    /**
     * Marks a rectangle in current coordinates as a link to {@code target} (an http(s) address, or
     * {@code #page=N} for a page of the same document). Only documents that can hold links keep it.
     */
    default void link(double x, double y, double w, double h, String target) {
    }
}
