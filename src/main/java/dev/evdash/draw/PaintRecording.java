package dev.evdash.draw;

import java.awt.Graphics2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Drawing calls kept to be drawn later, on another thread: a frame walked on the FX thread (where its nodes
 * may be read) is drawn onto a Java2D image on a core while the FX thread lays out the next one. What the
 * calls draw cannot change afterwards: arrays are copied, paints and fonts are immutable, and the text is
 * measured as it is recorded, on the FX thread, so that the drawing thread never asks JavaFX to lay text out.
 */
public final class PaintRecording implements Painter {

    private final List<Consumer<Painter>> calls = new ArrayList<>();
    private final TextMeasure measure = new TextMeasure();
    private final Deque<double[]> savedAlpha = new ArrayDeque<>();
    private final Deque<Font> savedFont = new ArrayDeque<>();
    private double alpha = 1;
    private Font font = Font.getDefault();

    /** Draws every recorded call onto {@code g}, in order. Any thread, once recording is over. */
    public void drawOn(Graphics2D g) {
        drawOn(new Graphics2DPainter(g, measure.frozen()));
    }

    /**
     * As {@link #drawOn}, with every colour's red and blue exchanged. Every call paints with plain colours
     * blended channel by channel, so onto an image of three bytes a pixel stored blue, green, red
     * ({@code TYPE_3BYTE_BGR}) this leaves the picture's red, green and blue bytes in that order, as a PNG
     * stores them: encoded without a pass that unpacks every pixel.
     */
    public void drawOnSwappingRedAndBlue(Graphics2D g) {
        drawOn(new Graphics2DPainter(g, measure.frozen(), true));
    }

    private void drawOn(Graphics2DPainter p) {
        for (Consumer<Painter> call : calls) {
            call.accept(p);
        }
    }

    /** How many calls were recorded. */
    public int size() {
        return calls.size();
    }

    @Override
    public void save() {
        savedAlpha.push(new double[] {alpha});
        savedFont.push(font);
        calls.add(Painter::save);
    }

    @Override
    public void restore() {
        if (!savedAlpha.isEmpty()) {
            alpha = savedAlpha.pop()[0];
            font = savedFont.pop();
        }
        calls.add(Painter::restore);
    }

    @Override
    public void transform(double mxx, double myx, double mxy, double myy, double mxt, double myt) {
        calls.add(p -> p.transform(mxx, myx, mxy, myy, mxt, myt));
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        calls.add(p -> p.clipRect(x, y, w, h));
    }

    @Override
    public void setGlobalAlpha(double a) {
        alpha = a;
        calls.add(p -> p.setGlobalAlpha(a));
    }

    @Override
    public double getGlobalAlpha() {
        return alpha;
    }

    @Override
    public void setFill(Paint paint) {
        calls.add(p -> p.setFill(paint));
    }

    @Override
    public void setStroke(Paint paint) {
        calls.add(p -> p.setStroke(paint));
    }

    @Override
    public void setLineWidth(double w) {
        calls.add(p -> p.setLineWidth(w));
    }

    @Override
    public void setLineDashes(double... dashes) {
        double[] copy = dashes == null ? null : dashes.clone();
        calls.add(p -> p.setLineDashes(copy));
    }

    @Override
    public void setFont(Font f) {
        font = f;
        calls.add(p -> p.setFont(f));
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        calls.add(p -> p.setTextAlign(align));
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        calls.add(p -> p.setTextBaseline(baseline));
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        calls.add(p -> p.fillRect(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        calls.add(p -> p.strokeRect(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        calls.add(p -> p.fillRoundRect(x, y, w, h, arcW, arcH));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        calls.add(p -> p.strokeRoundRect(x, y, w, h, arcW, arcH));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        calls.add(p -> p.strokeLine(x1, y1, x2, y2));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        calls.add(p -> p.fillOval(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        calls.add(p -> p.strokeOval(x, y, w, h));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        double[] x = java.util.Arrays.copyOf(xs, n);
        double[] y = java.util.Arrays.copyOf(ys, n);
        calls.add(p -> p.fillPolygon(x, y, n));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        double[] x = java.util.Arrays.copyOf(xs, n);
        double[] y = java.util.Arrays.copyOf(ys, n);
        calls.add(p -> p.strokePolygon(x, y, n));
    }

    @Override
    public void beginPath() {
        calls.add(Painter::beginPath);
    }

    @Override
    public void moveTo(double x, double y) {
        calls.add(p -> p.moveTo(x, y));
    }

    @Override
    public void lineTo(double x, double y) {
        calls.add(p -> p.lineTo(x, y));
    }

    @Override
    public void quadraticCurveTo(double cx, double cy, double x, double y) {
        calls.add(p -> p.quadraticCurveTo(cx, cy, x, y));
    }

    @Override
    public void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        calls.add(p -> p.bezierCurveTo(c1x, c1y, c2x, c2y, x, y));
    }

    @Override
    public void closePath() {
        calls.add(Painter::closePath);
    }

    @Override
    public void fill() {
        calls.add(Painter::fill);
    }

    @Override
    public void stroke() {
        calls.add(Painter::stroke);
    }

    @Override
    public void fillText(String text, double x, double y) {
        Graphics2DPainter.premeasure(text, font, measure);
        calls.add(p -> p.fillText(text, x, y));
    }

    @Override
    public void strokeText(String text, double x, double y) {
        Graphics2DPainter.premeasure(text, font, measure);
        calls.add(p -> p.strokeText(text, x, y));
    }

    @Override
    public void link(double x, double y, double w, double h, String target) {
        calls.add(p -> p.link(x, y, w, h, target));
    }
}
