package dev.evdash.view.chart;

import dev.evdash.model.chart.BarData;
import dev.evdash.fx.CssSwatches;
import dev.evdash.model.chart.BarLayout;
import dev.evdash.model.chart.EventLayout;
import dev.evdash.draw.CanvasPainter;
import dev.evdash.draw.Painter;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
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
 * A bar chart drawn on a canvas: grouped and stacked bars, linear or log axis, legend, conflict markers
 * and a hover label with each segment's value and source. One canvas instead of a node per bar keeps a
 * redraw of hundreds of bars well inside a frame. Colours come from CSS: the background of the hidden
 * {@code .swatch-N} children for the series, {@code -evdash-text-fill}, {@code -evdash-grid-stroke},
 * {@code -evdash-axis-stroke} and {@code -evdash-marker-fill} for the rest.
 */
public final class BarChartView extends CanvasChart {

    /** Legend swatches of segment kinds (BEV, PHEV …) are drawn in this neutral colour. */
    private static final List<Color> NEUTRAL = List.of(Color.web("#57606a"));

    static final int SWATCHES = 10;

    private final Canvas canvas = new Canvas();
    private final CssSwatches swatches;
    private final CssSwatches areas;
    private EventLayout.Placed hoveredEvent;
    private final Label hover = new Label();
    private final ObjectProperty<BarData> data = new SimpleObjectProperty<>(this, "data", BarData.EMPTY);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private final DoubleProperty renderScale = new SimpleDoubleProperty(this, "renderScale", 1);
    private final ObjectProperty<DoubleFunction<String>> tickFormat =
            new SimpleObjectProperty<>(this, "tickFormat", v -> Double.toString(v));
    private BarLayout layout;
    private BarLayout.Rect hovered;
    private final Font font = dev.evdash.fx.Fonts.regular(13);
    /** Event labels, in the size the charts over time give them. */
    private final Font small = dev.evdash.fx.Fonts.regular(11.5);

    public BarChartView() {
        getStyleClass().add("bar-chart-view");
        canvas.setManaged(false);
        hover.getStyleClass().add("chart-hover");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        getChildren().addAll(canvas, hover);
        // a colour CSS sets asks for one redraw at the layout pass that follows CSS, not one per swatch
        swatches = new CssSwatches(getChildren(), "swatch", SWATCHES,
                List.of(Color.web("#c8102e"), Color.web("#1f6feb"), Color.web("#2da44e")), this::requestLayout);
        areas = new CssSwatches(getChildren(), "area", TimeChartView.AREAS,
                List.of(Color.web("#d1242f"), Color.web("#0969da")), this::requestLayout);
        data.addListener(o -> requestRedraw());
        logScale.addListener(o -> requestRedraw());
        renderScale.addListener(o -> requestRedraw());
        tickFormat.addListener(o -> requestRedraw());
        setOnMouseMoved(e -> hoverAt(e.getX(), e.getY()));
        setOnMouseExited(e -> hoverAt(-1, -1));
        setMinSize(200, 150);
        setPrefSize(600, 400);
    }

    private void requestRedraw() {
        redraw();
    }

    @Override
    protected void layoutChildren() {
        redraw();
        if (hover.isVisible()) {
            hover.autosize();
        }
    }

    /** Lays out and draws the current data at the current size; returns what was drawn. */
    public BarLayout redraw() {
        double w = getWidth();
        double h = getHeight();
        Text probe = new Text();
        probe.setFont(font);
        double lineHeight = probe.getLayoutBounds().getHeight();
        layout = new BarLayout(data.get(), w, h, logScale.get(), s -> {
            probe.setText(s);
            return probe.getLayoutBounds().getWidth();
        }, lineHeight, tickFormat.get());
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
            draw(g, layout, data.get());
        }
    }

    private void draw(Painter g, BarLayout l, BarData d) {
        g.setFont(font);
        Paint text = textFill.get();
        g.setLineWidth(1);
        g.setStroke(gridStroke.get());
        for (BarLayout.Tick t : l.ticks()) {
            double y = Math.round(t.y()) + 0.5;
            g.strokeLine(l.plotLeft(), y, l.plotRight(), y);
        }
        g.setFill(text);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (BarLayout.Tick t : l.ticks()) {
            g.fillText(t.label(), l.plotLeft() - 6, t.y());
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (BarLayout.CategoryLabel c : l.categoryLabels()) {
            if (c.shown()) {
                g.fillText(c.text(), c.x(), l.plotBottom() + 5);
            }
        }
        List<Color> colours = palette();
        List<Color> areaColours = areas.colours();
        EventMarks.drawLines(g, l.events(), l::timeX, l.plotTop(), l.plotBottom(),
                m -> EventMarks.colour(m, areaColours));
        for (BarLayout.Rect r : l.rects()) {
            g.setFill(colour(colours, r.colorIndex(), r.shade()));
            g.fillRect(r.x(), r.y(), r.w(), r.h());
            if (r.shade() == 2) {
                g.setStroke(colour(colours, r.colorIndex(), 0));
                g.setLineDashes(3, 3);
                g.strokeRect(r.x() + 0.5, r.y() + 0.5, r.w() - 1, r.h() - 1);
                g.setLineDashes();
            }
        }
        g.setStroke(axisStroke.get());
        g.strokeLine(l.plotLeft(), Math.round(l.plotBottom()) + 0.5, l.plotRight(), Math.round(l.plotBottom()) + 0.5);
        drawLine(g, l, colours, text);
        BarData.Bar lastBar = null;
        double lastMarkerY = 0;
        for (BarLayout.Rect r : l.rects()) {
            if (r.segment().conflict()) {
                double y = r.y() - 9;
                if (r.bar() == lastBar && y > lastMarkerY - 15) {
                    y = lastMarkerY - 15; // markers of one bar never overlap
                }
                drawConflictMarker(g, r.x() + r.w() / 2, y);
                lastBar = r.bar();
                lastMarkerY = y;
            }
        }
        g.setFont(small);
        for (EventLayout.Placed e : l.events()) {
            EventMarks.draw(g, e, m -> EventMarks.colour(m, areaColours), text, labelBackground.get());
        }
        g.setFont(font);
        if (hovered != null) {
            g.setStroke(text);
            g.setLineWidth(2);
            g.strokeRect(hovered.x(), hovered.y(), hovered.w(), hovered.h());
        }
        if (hoveredEvent != null) {
            g.setStroke(text);
            g.setLineWidth(2);
            EventMarks.drawHover(g, hoveredEvent);
            g.setLineWidth(1);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double legendLeft = l.plotLeft();
        for (BarLayout.LegendEntry e : l.legend()) {
            double cy = e.y() + 10;
            g.setFill(e.colorIndex() < 0 ? colour(NEUTRAL, 0, e.shade()) : colour(colours, e.colorIndex(), e.shade()));
            double lx = legendLeft + e.x();
            if (e.shade() == BarLayout.LINE_SHADE) {
                g.setStroke(colour(colours, e.colorIndex(), 0));
                g.setLineWidth(2.5);
                g.strokeLine(legendLeft + e.x() - 2, cy, legendLeft + e.x() + 14, cy);
                g.setLineWidth(1);
            } else if (e.shade() == BarLayout.ALLIANCE_SHADE) {
                g.setFill(EventMarks.NEUTRAL);
                g.fillPolygon(new double[] {lx + 6, lx + 12, lx + 6, lx}, new double[] {cy - 6, cy, cy + 6, cy}, 4);
            } else if (e.shade() == BarLayout.MILESTONE_SHADE) {
                g.setFill(EventMarks.NEUTRAL);
                g.fillRect(lx + 1, cy - 5, 10, 10);
            } else if (e.shade() == BarLayout.PLANNED_SHADE) {
                g.setStroke(EventMarks.NEUTRAL);
                g.strokeRect(lx + 1.5, cy - 4.5, 9, 9);
            } else {
                g.fillRect(legendLeft + e.x(), cy - 6, 12, 12);
            }
            if (e.shade() == 2) {
                g.setStroke(e.colorIndex() < 0 ? NEUTRAL.get(0) : colour(colours, e.colorIndex(), 0));
                g.setLineDashes(2, 2);
                g.strokeRect(legendLeft + e.x() + 0.5, cy - 5.5, 11, 11);
                g.setLineDashes();
            }
            g.setFill(text);
            g.fillText(e.label(), legendLeft + e.x() + 18, cy);
        }
    }

    private void drawLine(Painter g, BarLayout l, List<Color> colours, Paint text) {
        if (l.linePoints().isEmpty()) {
            return;
        }
        Color colour = colour(colours, getData().line().map(BarData.Line::colour).orElse(0), 0);
        g.setFill(text);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (BarLayout.Tick t : l.lineTicks()) {
            g.fillText(t.label(), l.plotRight() + 6, t.y());
        }
        g.setStroke(colour);
        g.setLineWidth(2.5);
        g.beginPath();
        for (int i = 0; i < l.linePoints().size(); i++) {
            BarLayout.LinePoint p = l.linePoints().get(i);
            if (i == 0) {
                g.moveTo(p.x(), p.y());
            } else {
                g.lineTo(p.x(), p.y());
            }
        }
        g.stroke();
        g.setLineWidth(2);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (BarLayout.LinePoint p : l.linePoints()) {
            g.setFill(labelBackground.get());
            g.fillOval(p.x() - 4.5, p.y() - 4.5, 9, 9);
            g.strokeOval(p.x() - 4.5, p.y() - 4.5, 9, 9);
            Text probe = new Text(p.label());
            probe.setFont(font);
            double w = probe.getLayoutBounds().getWidth() + 8;
            double h = probe.getLayoutBounds().getHeight();
            g.fillRoundRect(p.x() - w / 2, p.y() - 8 - h, w, h, 6, 6);
            g.setFill(colour);
            g.fillText(p.label(), p.x(), p.y() - 8);
        }
    }

    private void drawConflictMarker(Painter g, double cx, double cy) {
        g.setFill(markerFill.get());
        g.fillOval(cx - 7, cy - 7, 14, 14);
        g.setFill(Color.WHITE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("!", cx, cy + 0.5);
    }

    /** Segment kinds of one colour: solid, lighter, lighter and paler (derived), muted (no split given). */
    private static Color colour(List<Color> palette, int index, int shade) {
        Color c = palette.get(Math.floorMod(index, palette.size()));
        return switch (shade) {
            case 0 -> c;
            case 1 -> c.interpolate(Color.WHITE, 0.45);
            case 2 -> c.interpolate(Color.WHITE, 0.7);
            default -> c.interpolate(Color.web("#8c959f"), 0.45);
        };
    }

    /** The series colours, as CSS gave them to the swatches ({@code .swatch-0} … {@code .swatch-9}). */
    private List<Color> palette() {
        return swatches.colours();
    }

    private void hoverAt(double x, double y) {
        EventLayout.Placed event = layout == null ? null : layout.hitEvent(x, y).orElse(null);
        if (event != hoveredEvent) {
            hoveredEvent = event;
            redraw();
        }
        if (event != null) {
            hovered = null;
            hover.setText(event.tooltip());
            hover.setVisible(true);
            hover.autosize();
            hover.relocate(Math.max(4, Math.min(x + 14, getWidth() - hover.getWidth() - 4)),
                    Math.max(4, Math.min(y + 14, getHeight() - hover.getHeight() - 4)));
            return;
        }
        Optional<BarLayout.LinePoint> onLine = layout == null ? Optional.empty() : layout.hitLine(x, y);
        Optional<BarLayout.Rect> hit = layout == null || onLine.isPresent() ? Optional.empty() : layout.hit(x, y);
        BarLayout.Rect next = hit.orElse(null);
        if (next != hovered) {
            hovered = next;
            redraw();
        }
        if (next == null && onLine.isEmpty()) {
            hover.setVisible(false);
            return;
        }
        hover.setText(onLine.map(BarLayout.LinePoint::tooltip).orElseGet(() -> next.segment().tooltip()));
        hover.setVisible(true);
        hover.autosize();
        double hx = Math.min(x + 14, getWidth() - hover.getWidth() - 4);
        double hy = Math.min(y + 14, getHeight() - hover.getHeight() - 4);
        hover.relocate(Math.max(4, hx), Math.max(4, hy));
    }

    /** The family of the font the chart draws its text with. */
    public String fontFamily() {
        return font.getFamily();
    }

    /** The text of the hover label, empty when nothing is under the mouse. */
    public String hoverText() {
        return hover.isVisible() ? hover.getText() : "";
    }

    /** What was drawn last: for tests and for hit-testing by callers. */
    public BarLayout currentLayout() {
        return layout;
    }

    public ObjectProperty<BarData> dataProperty() {
        return data;
    }

    public void setData(BarData d) {
        data.set(d);
    }

    public BarData getData() {
        return data.get();
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** Pixels per layout unit: 2 or 3 for a crisp export or a HiDPI screen. */
    public DoubleProperty renderScaleProperty() {
        return renderScale;
    }

    public ObjectProperty<DoubleFunction<String>> tickFormatProperty() {
        return tickFormat;
    }

    public void setTickFormat(DoubleFunction<String> format) {
        tickFormat.set(format);
    }

    @Override
    protected void repaint() {
        redraw();
    }
}
