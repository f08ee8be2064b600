package dev.evdash.export;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Holds a report's content in whatever room the frame leaves it. Content that can shrink (a chart) is
 * laid out at the full room; content that cannot (key-figure tiles, a table) is drawn smaller, as a page
 * is fitted to paper, rather than cut off or pushed over the footer. Text stays sharp: it is drawn at the
 * smaller size, not shrunk as pixels.
 */
final class FitPane extends Region {

    /** Below this the content is not legible anyway; it is then cut rather than shrunk further. */
    static final double MIN_SCALE = 0.4;

    private final Node content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    FitPane(Node content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
        getStyleClass().add("export-fit");
    }

    /** The factor the content was drawn at in the last layout: 1 when it fitted. */
    double scale() {
        return scale.getX();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return content.prefWidth(-1) + in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? -1 : Math.max(0, width - in.getLeft() - in.getRight());
        return content.prefHeight(inner) + in.getTop() + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        double s = fit(w, h);
        scale.setX(s);
        scale.setY(s);
        content.resizeRelocate(in.getLeft(), in.getTop(), w / s, h / s);
    }

    /**
     * The largest factor, at most 1 and at least {@link #MIN_SCALE}, at which the content's minimum size,
     * laid out at the width the factor gives it, fits {@code w} × {@code h}. A wider layout needs no more
     * height, so the first guess fits; bisection then finds a larger factor that still does.
     */
    private double fit(double w, double h) {
        if (w <= 0 || h <= 0 || fits(1, w, h)) {
            return 1;
        }
        double low = Math.max(MIN_SCALE, Math.min(w / content.minWidth(-1), h / content.minHeight(w)));
        if (!fits(low, w, h)) {
            return MIN_SCALE;
        }
        double high = 1;
        for (int i = 0; i < 8; i++) {
            double mid = (low + high) / 2;
            if (fits(mid, w, h)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private boolean fits(double s, double w, double h) {
        return content.minWidth(-1) * s <= w + 0.5 && content.minHeight(w / s) * s <= h + 0.5;
    }
}
