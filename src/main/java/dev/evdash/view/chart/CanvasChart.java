package dev.evdash.view.chart;

import dev.evdash.draw.Painted;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * What the canvas charts share: the paints CSS gives them ({@code -evdash-text-fill},
 * {@code -evdash-grid-stroke}, {@code -evdash-axis-stroke}, {@code -evdash-marker-fill},
 * {@code -evdash-label-background}), so the theme decides and drawing code stays colour-free. A change
 * of any of them draws the chart again.
 */
public abstract class CanvasChart extends Region implements Painted {

    protected final StyleableObjectProperty<Paint> textFill = paint("textFill", Color.web("#24292f"), () -> TEXT_FILL);
    protected final StyleableObjectProperty<Paint> gridStroke =
            paint("gridStroke", Color.web("#d0d7de"), () -> GRID_STROKE);
    protected final StyleableObjectProperty<Paint> axisStroke =
            paint("axisStroke", Color.web("#57606a"), () -> AXIS_STROKE);
    protected final StyleableObjectProperty<Paint> markerFill =
            paint("markerFill", Color.web("#bf8700"), () -> MARKER_FILL);
    protected final StyleableObjectProperty<Paint> labelBackground =
            paint("labelBackground", Color.WHITE, () -> LABEL_BACKGROUND);

    /** Lays out and draws the chart again at its size. */
    protected abstract void repaint();

    private StyleableObjectProperty<Paint> paint(String name, Paint initial,
            Supplier<CssMetaData<CanvasChart, Paint>> meta) {
        return new StyleableObjectProperty<>(initial) {
            @Override
            public Object getBean() {
                return CanvasChart.this;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public CssMetaData<CanvasChart, Paint> getCssMetaData() {
                return meta.get();
            }

            @Override
            protected void invalidated() {
                repaint();
            }
        };
    }

    private static CssMetaData<CanvasChart, Paint> paintMeta(String property, Paint initial,
            Function<CanvasChart, StyleableObjectProperty<Paint>> get) {
        return new CssMetaData<>(property, PaintConverter.getInstance(), initial) {
            @Override
            public boolean isSettable(CanvasChart v) {
                return !get.apply(v).isBound();
            }

            @Override
            public StyleableProperty<Paint> getStyleableProperty(CanvasChart v) {
                return get.apply(v);
            }
        };
    }

    private static final CssMetaData<CanvasChart, Paint> TEXT_FILL =
            paintMeta("-evdash-text-fill", Color.web("#24292f"), v -> v.textFill);
    private static final CssMetaData<CanvasChart, Paint> GRID_STROKE =
            paintMeta("-evdash-grid-stroke", Color.web("#d0d7de"), v -> v.gridStroke);
    private static final CssMetaData<CanvasChart, Paint> AXIS_STROKE =
            paintMeta("-evdash-axis-stroke", Color.web("#57606a"), v -> v.axisStroke);
    private static final CssMetaData<CanvasChart, Paint> MARKER_FILL =
            paintMeta("-evdash-marker-fill", Color.web("#bf8700"), v -> v.markerFill);
    private static final CssMetaData<CanvasChart, Paint> LABEL_BACKGROUND =
            paintMeta("-evdash-label-background", Color.WHITE, v -> v.labelBackground);

    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Region.getClassCssMetaData());
        list.addAll(Arrays.asList(TEXT_FILL, GRID_STROKE, AXIS_STROKE, MARKER_FILL, LABEL_BACKGROUND));
        CSS = Collections.unmodifiableList(list);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }
}
