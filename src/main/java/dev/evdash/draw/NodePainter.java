package dev.evdash.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.VLineTo;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import javafx.scene.transform.Transform;

/**
 * Draws a laid-out JavaFX node tree through a {@link Painter}: the report form of a view (tiles, tables,
 * the claims list, titles and footer around a chart) goes to a vector document as the window lays it out.
 * Regions give their CSS backgrounds and borders, text its lines as JavaFX broke them (each line a text
 * call in the node's font and colour), shapes their outlines, and {@link Painted} nodes (the charts, the
 * network) draw themselves with the same calls they give the window's canvas. Transforms, clips and
 * opacity are kept. A node whose properties hold {@link #LINK} becomes a link over its bounds.
 */
public final class NodePainter {

    /** A node property: the address a node links to (http or https, or {@code #page=N}). */
    public static final String LINK = "evdash.link";

    private final Painter p;

    private NodePainter(Painter p) {
        this.p = p;
    }

    /** Draws {@code root} (laid out, with CSS applied) and everything under it, in root's own coordinates. */
    public static void paint(Node root, Painter p) {
        new NodePainter(p).node(root, 1, true);
    }

    private void node(Node n, double alpha, boolean root) {
        if (!n.isVisible()) {
            return;
        }
        double a = alpha * n.getOpacity();
        if (a <= 0) {
            return;
        }
        p.save();
        if (!root) {
            Transform t = n.getLocalToParentTransform();
            p.transform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy());
        }
        p.setGlobalAlpha(a);
        if (n.getClip() != null) {
            Bounds c = n.getClip().getBoundsInParent();
            p.clipRect(c.getMinX(), c.getMinY(), c.getWidth(), c.getHeight());
        }
        if (n.getProperties().get(LINK) instanceof String target) {
            Bounds b = n.getLayoutBounds();
            p.link(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), target);
        }
        if (n instanceof Painted painted) {
            painted.paint(p);
        } else {
            if (n instanceof Region r) {
                background(r);
                border(r);
            }
            if (n instanceof TextFlow flow) {
                flow(flow);
            } else if (n instanceof Text t) {
                text(t);
            } else if (n instanceof Shape s) {
                shape(s);
            }
            if (n instanceof Parent parent) {
                for (Node child : parent.getChildrenUnmodifiable()) {
                    if (!(n instanceof TextFlow && child instanceof Text)) {
                        node(child, a, false);
                    }
                }
            }
        }
        p.restore();
    }

    // ---- regions

    private void background(Region r) {
        Background bg = r.getBackground();
        if (bg == null) {
            return;
        }
        for (BackgroundFill f : bg.getFills()) {
            Insets in = f.getInsets();
            double x = in.getLeft();
            double y = in.getTop();
            double w = r.getWidth() - in.getLeft() - in.getRight();
            double h = r.getHeight() - in.getTop() - in.getBottom();
            if (w <= 0 || h <= 0 || isClear(f.getFill())) {
                continue;
            }
            p.setFill(f.getFill());
            roundRect(x, y, w, h, f.getRadii());
            p.fill();
        }
    }

    private void border(Region r) {
        Border border = r.getBorder();
        if (border == null) {
            return;
        }
        for (BorderStroke s : border.getStrokes()) {
            Insets in = s.getInsets();
            BorderWidths bw = s.getWidths();
            double x = in.getLeft();
            double y = in.getTop();
            double w = r.getWidth() - in.getLeft() - in.getRight();
            double h = r.getHeight() - in.getTop() - in.getBottom();
            double top = width(bw.getTop(), bw.isTopAsPercentage(), h);
            double right = width(bw.getRight(), bw.isRightAsPercentage(), w);
            double bottom = width(bw.getBottom(), bw.isBottomAsPercentage(), h);
            double left = width(bw.getLeft(), bw.isLeftAsPercentage(), w);
            boolean uniform = top == right && top == bottom && top == left
                    && s.getTopStroke().equals(s.getRightStroke()) && s.getTopStroke().equals(s.getBottomStroke())
                    && s.getTopStroke().equals(s.getLeftStroke()) && s.getTopStyle().equals(s.getBottomStyle())
                    && s.getTopStyle().equals(s.getLeftStyle()) && s.getTopStyle().equals(s.getRightStyle());
            if (uniform) {
                if (top <= 0 || s.getTopStyle() == BorderStrokeStyle.NONE || isClear(s.getTopStroke())) {
                    continue;
                }
                p.setStroke(s.getTopStroke());
                p.setLineWidth(top);
                dashes(s.getTopStyle());
                roundRect(x + top / 2, y + top / 2, w - top, h - top, inset(s.getRadii(), top / 2, w, h));
                p.stroke();
                p.setLineDashes();
            } else {
                side(s.getTopStroke(), s.getTopStyle(), x, y, w, top);
                side(s.getBottomStroke(), s.getBottomStyle(), x, y + h - bottom, w, bottom);
                side(s.getLeftStroke(), s.getLeftStyle(), x, y, left, h);
                side(s.getRightStroke(), s.getRightStyle(), x + w - right, y, right, h);
            }
        }
    }

    private static double width(double v, boolean percent, double of) {
        return percent ? v * of : v;
    }

    private void side(Paint paint, BorderStrokeStyle style, double x, double y, double w, double h) {
        if (w > 0 && h > 0 && style != BorderStrokeStyle.NONE && !isClear(paint)) {
            p.setFill(paint);
            p.fillRect(x, y, w, h);
        }
    }

    private void dashes(BorderStrokeStyle style) {
        List<Double> d = style.getDashArray();
        p.setLineDashes(d.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static boolean isClear(Paint paint) {
        return paint == null || paint instanceof Color c && c.getOpacity() == 0;
    }

    private static CornerRadii inset(CornerRadii r, double by, double w, double h) {
        if (r == null || r == CornerRadii.EMPTY) {
            return CornerRadii.EMPTY;
        }
        return new CornerRadii(Math.max(0, radius(r.getTopLeftHorizontalRadius(), r.isTopLeftHorizontalRadiusAsPercentage(), w) - by),
                Math.max(0, radius(r.getTopRightHorizontalRadius(), r.isTopRightHorizontalRadiusAsPercentage(), w) - by),
                Math.max(0, radius(r.getBottomRightHorizontalRadius(), r.isBottomRightHorizontalRadiusAsPercentage(), w) - by),
                Math.max(0, radius(r.getBottomLeftHorizontalRadius(), r.isBottomLeftHorizontalRadiusAsPercentage(), w) - by),
                false);
    }

    private static double radius(double v, boolean percent, double of) {
        return percent ? v * of : v;
    }

    /** The current path: a rectangle with each corner rounded by its own radius. */
    private void roundRect(double x, double y, double w, double h, CornerRadii r) {
        double max = Math.min(w, h) / 2;
        double tl = 0;
        double tr = 0;
        double br = 0;
        double bl = 0;
        if (r != null) {
            tl = Math.min(max, radius(r.getTopLeftHorizontalRadius(), r.isTopLeftHorizontalRadiusAsPercentage(), w));
            tr = Math.min(max, radius(r.getTopRightHorizontalRadius(), r.isTopRightHorizontalRadiusAsPercentage(), w));
            br = Math.min(max, radius(r.getBottomRightHorizontalRadius(), r.isBottomRightHorizontalRadiusAsPercentage(), w));
            bl = Math.min(max, radius(r.getBottomLeftHorizontalRadius(), r.isBottomLeftHorizontalRadiusAsPercentage(), w));
        }
        double k = 0.5522847498; // a quarter circle as one cubic curve
        p.beginPath();
        p.moveTo(x + tl, y);
        p.lineTo(x + w - tr, y);
        if (tr > 0) {
            p.bezierCurveTo(x + w - tr + tr * k, y, x + w, y + tr - tr * k, x + w, y + tr);
        }
        p.lineTo(x + w, y + h - br);
        if (br > 0) {
            p.bezierCurveTo(x + w, y + h - br + br * k, x + w - br + br * k, y + h, x + w - br, y + h);
        }
        p.lineTo(x + bl, y + h);
        if (bl > 0) {
            p.bezierCurveTo(x + bl - bl * k, y + h, x, y + h - bl + bl * k, x, y + h - bl);
        }
        p.lineTo(x, y + tl);
        if (tl > 0) {
            p.bezierCurveTo(x, y + tl - tl * k, x + tl - tl * k, y, x + tl, y);
        }
        p.closePath();
    }

    // ---- text

    /** A line's first character, where its caret stands, and the top of the line. */
    private record LineStart(int index, double x, double top) {}

    /** Where each line of a laid-out text starts, found from the carets of its characters. */
    private static List<LineStart> lines(int length, IntFunction<PathElement[]> caret) {
        List<LineStart> lines = new ArrayList<>();
        double lastTop = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < length; i++) {
            PathElement[] shape = caret.apply(i);
            if (shape == null || shape.length == 0 || !(shape[0] instanceof MoveTo m)) {
                continue;
            }
            if (lines.isEmpty() || m.getY() > lastTop + 0.5) {
                lines.add(new LineStart(i, m.getX(), m.getY()));
                lastTop = m.getY();
            }
        }
        return lines;
    }

    private void text(Text t) {
        String s = t.getText();
        if (s == null || s.isBlank()) {
            return;
        }
        Bounds b = t.getLayoutBounds();
        double firstBaseline = b.getMinY() + t.getBaselineOffset();
        List<LineStart> lines = lines(s.length(), i -> t.caretShape(i, true));
        if (lines.isEmpty()) {
            return;
        }
        double top0 = lines.get(0).top();
        for (int k = 0; k < lines.size(); k++) {
            LineStart line = lines.get(k);
            int end = k + 1 < lines.size() ? lines.get(k + 1).index() : s.length();
            run(t, s.substring(line.index(), end), line.x(), firstBaseline + line.top() - top0);
        }
    }

    private void flow(TextFlow flow) {
        List<Text> spans = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (Node child : flow.getChildrenUnmodifiable()) {
            if (child instanceof Text t && t.isVisible()) {
                starts.add(all.length());
                spans.add(t);
                all.append(t.getText() == null ? "" : t.getText());
            }
        }
        if (all.toString().isBlank()) {
            return;
        }
        Insets in = flow.getInsets();
        List<LineStart> lines = lines(all.length(), i -> flow.caretShape(i, true));
        if (lines.isEmpty()) {
            return;
        }
        double top0 = lines.get(0).top();
        double firstBaseline = flow.getBaselineOffset();
        for (int k = 0; k < lines.size(); k++) {
            LineStart line = lines.get(k);
            int end = k + 1 < lines.size() ? lines.get(k + 1).index() : all.length();
            double baseline = firstBaseline + line.top() - top0;
            for (int sp = 0; sp < spans.size(); sp++) {
                int from = Math.max(line.index(), starts.get(sp));
                int to = Math.min(end, sp + 1 < spans.size() ? starts.get(sp + 1) : all.length());
                if (from >= to) {
                    continue;
                }
                PathElement[] caret = flow.caretShape(from, true);
                double x = caret != null && caret.length > 0 && caret[0] instanceof MoveTo m ? m.getX() : line.x();
                run(spans.get(sp), all.substring(from, to), in.getLeft() + x, baseline);
            }
        }
    }

    /** One line (or the part of it in one span) of a text node, on its baseline. */
    private void run(Text t, String line, double x, double baseline) {
        String text = line.replace("\r", "").replace("\n", "").stripTrailing();
        if (text.isEmpty()) {
            return;
        }
        p.save();
        p.setFont(t.getFont());
        p.setTextAlign(TextAlignment.LEFT);
        p.setTextBaseline(VPos.BASELINE);
        if (!VectorFonts.ours(t.getFont())) {
            // an icon or other font not shipped: its glyphs as shapes, as the window shows them
            Text copy = new Text(text);
            copy.setFont(t.getFont());
            copy.setX(x);
            copy.setY(baseline);
            Shape outline = Shape.union(copy, new Rectangle(0, 0, 0, 0));
            if (outline instanceof Path path) {
                p.setFill(t.getFill());
                elements(path.getElements());
                p.fill();
            }
        } else if (t.getFill() != null) {
            p.setFill(t.getFill());
            p.fillText(text, x, baseline);
            if (t.isUnderline()) {
                double w = new TextMeasure().width(text, t.getFont());
                p.setStroke(t.getFill());
                p.setLineWidth(1);
                p.strokeLine(x, baseline + 1.5, x + w, baseline + 1.5);
            }
        }
        p.restore();
    }

    // ---- shapes

    private void shape(Shape s) {
        boolean closed = true;
        if (s instanceof Line l) {
            p.beginPath();
            p.moveTo(l.getStartX(), l.getStartY());
            p.lineTo(l.getEndX(), l.getEndY());
            closed = false;
        } else if (s instanceof Rectangle r) {
            double arc = Math.min(r.getArcWidth(), r.getArcHeight()) / 2;
            roundRect(r.getX(), r.getY(), r.getWidth(), r.getHeight(), arc > 0 ? new CornerRadii(arc) : CornerRadii.EMPTY);
        } else if (s instanceof Circle c) {
            ellipse(c.getCenterX(), c.getCenterY(), c.getRadius(), c.getRadius());
        } else if (s instanceof Ellipse e) {
            ellipse(e.getCenterX(), e.getCenterY(), e.getRadiusX(), e.getRadiusY());
        } else if (s instanceof Polyline pl) {
            points(pl.getPoints(), false);
            closed = false;
        } else if (s instanceof Polygon pg) {
            points(pg.getPoints(), true);
        } else if (s instanceof Path path) {
            elements(path.getElements());
        } else if (Shape.union(s, new Rectangle(0, 0, 0, 0)) instanceof Path area) {
            // any other shape (an SVG path, an arc): its area, filled as the window fills it
            elements(area.getElements());
            if (!isClear(s.getFill())) {
                p.setFill(s.getFill());
                p.fill();
            }
            return;
        } else {
            return;
        }
        if (closed && !isClear(s.getFill())) {
            p.setFill(s.getFill());
            p.fill();
        }
        if (!isClear(s.getStroke()) && s.getStrokeWidth() > 0) {
            p.setStroke(s.getStroke());
            p.setLineWidth(s.getStrokeWidth());
            p.setLineDashes(s.getStrokeDashArray().stream().mapToDouble(Double::doubleValue).toArray());
            p.stroke();
            p.setLineDashes();
        }
    }

    private void ellipse(double cx, double cy, double rx, double ry) {
        double k = 0.5522847498;
        p.beginPath();
        p.moveTo(cx + rx, cy);
        p.bezierCurveTo(cx + rx, cy + ry * k, cx + rx * k, cy + ry, cx, cy + ry);
        p.bezierCurveTo(cx - rx * k, cy + ry, cx - rx, cy + ry * k, cx - rx, cy);
        p.bezierCurveTo(cx - rx, cy - ry * k, cx - rx * k, cy - ry, cx, cy - ry);
        p.bezierCurveTo(cx + rx * k, cy - ry, cx + rx, cy - ry * k, cx + rx, cy);
        p.closePath();
    }

    private void points(List<Double> pts, boolean close) {
        p.beginPath();
        for (int i = 0; i + 1 < pts.size(); i += 2) {
            if (i == 0) {
                p.moveTo(pts.get(i), pts.get(i + 1));
            } else {
                p.lineTo(pts.get(i), pts.get(i + 1));
            }
        }
        if (close) {
            p.closePath();
        }
    }

    /** A path's elements as the current path (absolute and relative ones; arcs as straight lines). */
    private void elements(List<PathElement> elements) {
        p.beginPath();
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        for (PathElement e : elements) {
            double ox = e.isAbsolute() ? 0 : x;
            double oy = e.isAbsolute() ? 0 : y;
            if (e instanceof MoveTo m) {
                x = ox + m.getX();
                y = oy + m.getY();
                startX = x;
                startY = y;
                p.moveTo(x, y);
            } else if (e instanceof LineTo l) {
                x = ox + l.getX();
                y = oy + l.getY();
                p.lineTo(x, y);
            } else if (e instanceof HLineTo h) {
                x = ox + h.getX();
                p.lineTo(x, y);
            } else if (e instanceof VLineTo v) {
                y = oy + v.getY();
                p.lineTo(x, y);
            } else if (e instanceof QuadCurveTo q) {
                p.quadraticCurveTo(ox + q.getControlX(), oy + q.getControlY(), ox + q.getX(), oy + q.getY());
                x = ox + q.getX();
                y = oy + q.getY();
            } else if (e instanceof CubicCurveTo c) {
                p.bezierCurveTo(ox + c.getControlX1(), oy + c.getControlY1(), ox + c.getControlX2(),
                        oy + c.getControlY2(), ox + c.getX(), oy + c.getY());
                x = ox + c.getX();
                y = oy + c.getY();
            } else if (e instanceof javafx.scene.shape.ArcTo a) {
                x = ox + a.getX();
                y = oy + a.getY();
                p.lineTo(x, y);
            } else if (e instanceof ClosePath) {
                p.closePath();
                x = startX;
                y = startY;
            }
        }
    }
}
