package dev.evdash.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Passes every call on to another painter and writes it down, one line per call with its arguments
 * ({@code fillText("2024", 118.5, 402)}), so that a test can hold what one backend received against what
 * another did.
 */
public final class RecordingPainter implements Painter {

    private final Painter next;
    private final List<String> calls = new ArrayList<>();

    public RecordingPainter(Painter next) {
        this.next = next;
    }

    /** The calls so far, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    private void note(String name, Object... args) {
        calls.add(name + "(" + Arrays.stream(args).map(RecordingPainter::word).collect(Collectors.joining(", ")) + ")");
    }

    private static String word(Object a) {
        if (a instanceof Double d) {
            return String.format(Locale.ROOT, "%.3f", d);
        }
        if (a instanceof double[] ds) {
            return Arrays.stream(ds).mapToObj(d -> String.format(Locale.ROOT, "%.3f", d))
                    .collect(Collectors.joining(" ", "[", "]"));
        }
        if (a instanceof String s) {
            return '"' + s + '"';
        }
        if (a instanceof Font f) {
            return f.getFamily() + " " + f.getStyle() + " " + f.getSize();
        }
        return String.valueOf(a);
    }

    @Override
    public void save() {
        note("save");
        next.save();
    }

    @Override
    public void restore() {
        note("restore");
        next.restore();
    }

    @Override
    public void transform(double mxx, double myx, double mxy, double myy, double mxt, double myt) {
        note("transform", mxx, myx, mxy, myy, mxt, myt);
        next.transform(mxx, myx, mxy, myy, mxt, myt);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        note("clipRect", x, y, w, h);
        next.clipRect(x, y, w, h);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        note("setGlobalAlpha", alpha);
        next.setGlobalAlpha(alpha);
    }

    @Override
    public double getGlobalAlpha() {
        return next.getGlobalAlpha();
    }

    @Override
    public void setFill(Paint p) {
        note("setFill", p);
        next.setFill(p);
    }

    @Override
    public void setStroke(Paint p) {
        note("setStroke", p);
        next.setStroke(p);
    }

    @Override
    public void setLineWidth(double w) {
        note("setLineWidth", w);
        next.setLineWidth(w);
    }

    @Override
    public void setLineDashes(double... dashes) {
        note("setLineDashes", (Object) (dashes == null ? new double[0] : dashes));
        next.setLineDashes(dashes);
    }

    @Override
    public void setFont(Font f) {
        note("setFont", f);
        next.setFont(f);
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        note("setTextAlign", align);
        next.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        note("setTextBaseline", baseline);
        next.setTextBaseline(baseline);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        note("fillRect", x, y, w, h);
        next.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        note("strokeRect", x, y, w, h);
        next.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        note("fillRoundRect", x, y, w, h, arcW, arcH);
        next.fillRoundRect(x, y, w, h, arcW, arcH);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        note("strokeRoundRect", x, y, w, h, arcW, arcH);
        next.strokeRoundRect(x, y, w, h, arcW, arcH);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        note("strokeLine", x1, y1, x2, y2);
        next.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        note("fillOval", x, y, w, h);
        next.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        note("strokeOval", x, y, w, h);
        next.strokeOval(x, y, w, h);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        note("fillPolygon", Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
        next.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        note("strokePolygon", Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
        next.strokePolygon(xs, ys, n);
    }

    @Override
    public void beginPath() {
        note("beginPath");
        next.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        note("moveTo", x, y);
        next.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        note("lineTo", x, y);
        next.lineTo(x, y);
    }

    @Override
    public void quadraticCurveTo(double cx, double cy, double x, double y) {
        note("quadraticCurveTo", cx, cy, x, y);
        next.quadraticCurveTo(cx, cy, x, y);
    }

    @Override
    public void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        note("bezierCurveTo", c1x, c1y, c2x, c2y, x, y);
        next.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void closePath() {
        note("closePath");
        next.closePath();
    }

    @Override
    public void fill() {
        note("fill");
        next.fill();
    }

    @Override
    public void stroke() {
        note("stroke");
        next.stroke();
    }

    @Override
    public void fillText(String text, double x, double y) {
        note("fillText", text, x, y);
        next.fillText(text, x, y);
    }

    @Override
    public void strokeText(String text, double x, double y) {
        note("strokeText", text, x, y);
        next.strokeText(text, x, y);
    }

    @Override
    public void link(double x, double y, double w, double h, String target) {
        note("link", x, y, w, h, target);
        next.link(x, y, w, h, target);
    }
}
