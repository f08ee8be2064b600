package dev.evdash.view.controls;

import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;

/** A small trend line without axes; the last value is marked. Colour from CSS ({@code .sparkline .line}). */
public final class Sparkline extends Region {

    private final Polyline line = new Polyline();
    private final Circle last = new Circle(2.5);
    private List<Double> values = List.of();

    public Sparkline() {
        getStyleClass().add("sparkline");
        line.getStyleClass().add("line");
        last.getStyleClass().add("last");
        getChildren().addAll(line, last);
        setPrefSize(120, 32);
        setMinSize(40, 20);
    }

    public void setValues(List<Double> v) {
        values = List.copyOf(v);
        requestLayout();
    }

    public List<Double> getValues() {
        return values;
    }

    @Override
    protected void layoutChildren() {
        line.getPoints().clear();
        last.setVisible(!values.isEmpty());
        if (values.isEmpty()) {
            return;
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double w = getWidth() - 6;
        double h = getHeight() - 6;
        double span = max == min ? 1 : max - min;
        for (int i = 0; i < values.size(); i++) {
            double x = 3 + (values.size() == 1 ? w : w * i / (values.size() - 1));
            double y = 3 + h - (values.get(i) - min) / span * h;
            line.getPoints().addAll(x, y);
        }
        int n = line.getPoints().size();
        last.setCenterX(line.getPoints().get(n - 2));
        last.setCenterY(line.getPoints().get(n - 1));
    }
}
