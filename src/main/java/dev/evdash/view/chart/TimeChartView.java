package dev.evdash.view.chart;

import dev.evdash.fx.CssSwatches;
import dev.evdash.draw.CanvasPainter;
import dev.evdash.draw.Painter;
import dev.evdash.fx.Fonts;
import dev.evdash.model.chart.TimeChartData;
import dev.evdash.model.chart.EventLayout;
import dev.evdash.model.chart.TimeLayout;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;

/**
 * A chart over time drawn on a canvas: lines of dated figures (hollow marks for estimates and
 * preliminary figures, diamonds for projections, markers where sources disagree or a figure was
 * revised), bars over their periods, reference rules, and dated events (alliance announcements,
 * milestones) as markers on the time axis with a line through the plot. Hover shows each figure's
 * value, period, source and scope; a click on an event calls {@link #onEventProperty()}. Colours come
 * from CSS: {@code .swatch-N} for series, {@code .area-N} for partnership areas, and the
 * {@code -evdash-*} paints the bar chart uses.
 */
public final class TimeChartView extends CanvasChart {

    static final int SWATCHES = 10;
    static final int AREAS = 9;

    private final Canvas canvas = new Canvas();
    private final CssSwatches swatches;
    private final CssSwatches areas;
    private final Label hover = new Label();
    private final ObjectProperty<TimeChartData> data = new SimpleObjectProperty<>(this, "data", TimeChartData.EMPTY);
    private final DoubleProperty renderScale = new SimpleDoubleProperty(this, "renderScale", 1);
    private final ObjectProperty<Consumer<String>> onEvent = new SimpleObjectProperty<>(this, "onEvent", id -> { });
    private final Font font = Fonts.regular(13);
    private final Font small = Fonts.regular(11.5);
    private TimeLayout layout;
    private TimeLayout.Hit hovered;

    public TimeChartView() {
        getStyleClass().add("time-chart-view");
        canvas.setManaged(false);
        hover.getStyleClass().add("chart-hover");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setWrapText(true);
        hover.setMaxWidth(420);
        getChildren().addAll(canvas, hover);
        // a colour CSS sets asks for one redraw at the layout pass that follows CSS, not one per swatch
        swatches = new CssSwatches(getChildren(), "swatch", SWATCHES,
                List.of(Color.web("#c8102e"), Color.web("#1f6feb"), Color.web("#2da44e")), this::requestLayout);
        areas = new CssSwatches(getChildren(), "area", AREAS, List.of(Color.web("#d1242f"), Color.web("#0969da")),
                this::requestLayout);
        data.addListener(o -> {
            hovered = null;
            hover.setVisible(false);
            redraw();
        });
        renderScale.addListener(o -> redraw());
        setOnMouseMoved(e -> hoverAt(e.getX(), e.getY()));
        setOnMouseExited(e -> hoverAt(-1, -1));
        setOnMouseClicked(e -> {
            if (hitAt(e.getX(), e.getY()) instanceof TimeLayout.EventHit ev) {
                onEvent.get().accept(ev.event().members().stream()
                        .filter(m -> m.kind() == TimeChartData.EventKind.ALLIANCE).findFirst()
                        .orElse(ev.event().event()).id());
            }
        });
        setMinSize(240, 160);
        setPrefSize(600, 320);
    }

    @Override
    protected void layoutChildren() {
        redraw();
        if (hover.isVisible()) {
            hover.autosize();
        }
    }

    /** Lays out and draws the current data at the current size; returns what was drawn. */
    public TimeLayout redraw() {
        double w = getWidth();
        double h = getHeight();
        Text probe = new Text();
        probe.setFont(small);
        double lineHeight = probe.getLayoutBounds().getHeight();
        layout = new TimeLayout(data.get(), w, h, s -> {
            probe.setText(s);
            return probe.getLayoutBounds().getWidth();
        }, lineHeight);
        double scale = renderScale.get();
        canvas.setWidth(Math.max(1, Math.ceil(w * scale)));
        canvas.setHeight(Math.max(1, Math.ceil(h * scale)));
        canvas.getTransforms().setAll(new Scale(1 / scale, 1 / scale, 0, 0));
        var g = canvas.getGraphicsContext2D();
        g.setTransform(scale, 0, 0, scale, 0, 0);
        g.clearRect(0, 0, w, h);
        paint(new CanvasPainter(g));
        return layout;
    }

    /** Draws the chart as last laid out; the window's canvas and a vector export get the same calls. */
    @Override
    public void paint(Painter g) {
        if (layout != null) {
            draw(g, layout);
        }
    }

    private void draw(Painter g, TimeLayout l) {
        Paint text = textFill.get();
        List<Color> colours = swatches.colours();
        List<Color> areaColours = areas.colours();
        g.setFont(small);
        g.setLineWidth(1);
        g.setLineDashes();
        // grid and axes
        g.setStroke(gridStroke.get());
        for (TimeLayout.Tick t : l.leftTicks()) {
            double y = Math.round(t.y()) + 0.5;
            g.strokeLine(l.plotLeft(), y, l.plotRight(), y);
        }
        for (TimeLayout.TimeTick t : l.timeTicks()) {
            if (t.year()) {
                double x = Math.round(t.x()) + 0.5;
                g.strokeLine(x, l.plotTop(), x, l.plotBottom());
            }
        }
        g.setFill(text);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        l.leftTicks().forEach(t -> g.fillText(t.label(), l.plotLeft() - 6, t.y()));
        g.setTextAlign(TextAlignment.LEFT);
        l.rightTicks().forEach(t -> g.fillText(t.label(), l.plotRight() + 6, t.y()));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (TimeLayout.TimeTick t : l.timeTicks()) {
            if (!t.label().isEmpty()) {
                g.fillText(t.label(), t.x(), l.plotBottom() + 5);
            }
        }
        // rules
        g.setStroke(axisStroke.get());
        g.setLineDashes(6, 4);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        for (TimeLayout.PlacedRule r : l.rules()) {
            g.strokeLine(l.plotLeft(), r.y(), l.plotRight(), r.y());
            g.fillText(r.rule().label(), l.plotLeft() + 4, r.y() - 2);
        }
        g.setLineDashes();
        // events: a line through the plot under everything else
        EventMarks.drawLines(g, l.events(), l::x, l.plotTop(), l.plotBottom(), m -> eventColour(m, areaColours));
        g.setLineDashes();
        // bars
        for (TimeLayout.Rect r : l.rects()) {
            Color c = colour(colours, r.colour());
            g.setFill(r.segment().computed() ? c.interpolate(Color.WHITE, 0.6) : c);
            g.fillRect(r.x(), r.y(), r.w(), r.h());
            if (r.segment().computed()) {
                g.setStroke(c);
                g.setLineDashes(3, 3);
                g.strokeRect(r.x() + 0.5, r.y() + 0.5, r.w() - 1, r.h() - 1);
                g.setLineDashes();
            }
            if (r.segment().conflict()) {
                warning(g, r.x() + r.w() / 2, r.y() - 9, "!");
            }
        }
        g.setStroke(axisStroke.get());
        g.strokeLine(l.plotLeft(), Math.round(l.plotBottom()) + 0.5, l.plotRight(), Math.round(l.plotBottom()) + 0.5);
        // lines
        for (TimeLayout.Path p : l.paths()) {
            g.setStroke(colour(colours, p.line().colour()));
            g.setLineWidth(2.5);
            if (p.dashed()) {
                g.setLineDashes(5, 4);
            }
            g.beginPath();
            for (int i = 0; i < p.points().size(); i++) {
                double[] pt = p.points().get(i);
                if (i == 0) {
                    g.moveTo(pt[0], pt[1]);
                } else {
                    g.lineTo(pt[0], pt[1]);
                }
            }
            g.stroke();
            g.setLineDashes();
        }
        g.setLineWidth(1.8);
        for (TimeLayout.PlacedMark m : l.marks()) {
            Color c = colour(colours, m.line().colour());
            TimeChartData.Style st = m.mark().style();
            g.setStroke(c);
            g.setFill(st.tentative() || st.forward() ? labelBackground.get() : c);
            if (st.forward()) {
                g.fillPolygon(new double[] {m.x(), m.x() + 6, m.x(), m.x() - 6},
                        new double[] {m.y() - 6, m.y(), m.y() + 6, m.y()}, 4);
                g.strokePolygon(new double[] {m.x(), m.x() + 6, m.x(), m.x() - 6},
                        new double[] {m.y() - 6, m.y(), m.y() + 6, m.y()}, 4);
            } else {
                g.fillOval(m.x() - 4, m.y() - 4, 8, 8);
                g.strokeOval(m.x() - 4, m.y() - 4, 8, 8);
            }
            if (m.labelled()) {
                g.setFill(text);
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(m.mark().label(), m.labelX(), m.y());
            }
            if (st.conflict()) {
                warning(g, m.x() + 9, m.y() - 9, "!");
            } else if (st.revised()) {
                warning(g, m.x() + 9, m.y() - 9, "r");
            }
        }
        g.setLineWidth(1);
        // periods the body gives no figure for: said quietly at the foot of their column
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(text instanceof Color c ? c.deriveColor(0, 1, 1, 0.6) : text);
        for (TimeLayout.PlacedGap gap : l.gaps()) {
            double cx = (gap.x0() + gap.x1()) / 2;
            for (int i = 0; i < gap.lines().size(); i++) {
                g.fillText(gap.lines().get(i), cx, gap.y() + i * l.lineHeight());
            }
        }
        // event markers and labels
        for (EventLayout.Placed e : l.events()) {
            EventMarks.draw(g, e, m -> eventColour(m, areaColours), text, labelBackground.get());
        }
        if (hovered != null) {
            g.setStroke(text);
            g.setLineWidth(2);
            if (hovered instanceof TimeLayout.RectHit r) {
                g.strokeRect(r.rect().x(), r.rect().y(), r.rect().w(), r.rect().h());
            } else if (hovered instanceof TimeLayout.MarkHit m) {
                g.strokeOval(m.mark().x() - 7, m.mark().y() - 7, 14, 14);
            } else if (hovered instanceof TimeLayout.EventHit e) {
                EventMarks.drawHover(g, e.event());
            }
            g.setLineWidth(1);
        }
        drawLegend(g, l, colours, text);
    }

    private void drawLegend(Painter g, TimeLayout l, List<Color> colours, Paint text) {
        g.setFont(small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        Color neutral = Color.web("#57606a");
        for (TimeLayout.LegendEntry e : l.legend()) {
            double x = l.plotLeft() + e.x();
            double cy = e.y() + 9;
            Color c = e.colour() < 0 ? neutral : colour(colours, e.colour());
            g.setStroke(c);
            g.setFill(c);
            switch (e.kind()) {
                case LINE, DASHED_LINE -> {
                    g.setLineWidth(2.5);
                    if (e.kind() == TimeLayout.LegendKind.DASHED_LINE) {
                        g.setLineDashes(4, 3);
                    }
                    g.strokeLine(x - 2, cy, x + 14, cy);
                    g.setLineDashes();
                    g.setLineWidth(1);
                }
                case SWATCH -> g.fillRect(x, cy - 6, 12, 12);
                case COMPUTED_SWATCH -> {
                    g.setFill(neutral.interpolate(Color.WHITE, 0.6));
                    g.fillRect(x, cy - 6, 12, 12);
                    g.setLineDashes(2, 2);
                    g.strokeRect(x + 0.5, cy - 5.5, 11, 11);
                    g.setLineDashes();
                }
                case ALLIANCE -> g.fillPolygon(new double[] {x + 6, x + 12, x + 6, x}, new double[] {cy - 6, cy, cy + 6, cy}, 4);
                case MILESTONE -> g.fillRect(x + 1, cy - 5, 10, 10);
                case PLANNED -> g.strokeRect(x + 1.5, cy - 4.5, 9, 9);
            }
            g.setFill(text);
            g.fillText(e.label(), x + 18, cy);
        }
    }

    private static Color eventColour(TimeChartData.Event e, List<Color> areaColours) {
        return EventMarks.colour(e, areaColours);
    }

    private void warning(Painter g, double cx, double cy, String mark) {
        g.setFill(markerFill.get());
        g.fillOval(cx - 7, cy - 7, 14, 14);
        g.setFill(Color.WHITE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(mark, cx, cy + 0.5);
    }

    private static Color colour(List<Color> palette, int index) {
        return palette.get(Math.floorMod(index, palette.size()));
    }

    private TimeLayout.Hit hitAt(double x, double y) {
        return layout == null ? null : layout.hit(x, y).orElse(null);
    }

    private void hoverAt(double x, double y) {
        TimeLayout.Hit next = hitAt(x, y);
        boolean changed = !java.util.Objects.equals(next, hovered);
        hovered = next;
        setCursor(next instanceof TimeLayout.EventHit ? Cursor.HAND : Cursor.DEFAULT);
        if (changed) {
            redraw();
        }
        if (next == null) {
            hover.setVisible(false);
            return;
        }
        hover.setText(next.tooltip() + (next instanceof TimeLayout.EventHit ev
                && ev.event().members().stream().anyMatch(m -> m.kind() == TimeChartData.EventKind.ALLIANCE)
                ? "\nClick to open it in the alliance network." : ""));
        hover.setVisible(true);
        hover.autosize();
        double hx = Math.min(x + 14, getWidth() - hover.getWidth() - 4);
        double hy = Math.min(y + 14, getHeight() - hover.getHeight() - 4);
        hover.relocate(Math.max(4, hx), Math.max(4, hy));
    }

    /** Moves the mouse there, as a user would: the hover label shows what is under it. For tests. */
    public void hoverAtPoint(double x, double y) {
        hoverAt(x, y);
    }

    /** The text of the hover label, empty when nothing is under the mouse. */
    public String hoverText() {
        return hover.isVisible() ? hover.getText() : "";
    }

    /** What was drawn last. */
    public TimeLayout currentLayout() {
        return layout;
    }

    public ObjectProperty<TimeChartData> dataProperty() {
        return data;
    }

    public TimeChartData getData() {
        return data.get();
    }

    public void setData(TimeChartData d) {
        data.set(d);
    }

    /** Pixels per layout unit: 2 or 3 for a crisp export or a HiDPI screen. */
    public DoubleProperty renderScaleProperty() {
        return renderScale;
    }

    /** Called with an event's id when it is clicked. */
    public ObjectProperty<Consumer<String>> onEventProperty() {
        return onEvent;
    }

    /** The family of the font the chart draws its text with. */
    public String fontFamily() {
        return small.getFamily();
    }

    @Override
    protected void repaint() {
        redraw();
    }
}
