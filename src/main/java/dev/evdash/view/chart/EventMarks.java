package dev.evdash.view.chart;

import dev.evdash.draw.Painter;
import dev.evdash.model.chart.EventLayout;
import dev.evdash.model.chart.TimeChartData;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;

/**
 * How dated events are drawn on every chart that marks them (over time, or bars by period): a diamond for a
 * partnership in its area's colour, a square for a milestone (hollow if planned), a counted badge for a
 * group, their leader lines and labels as {@link EventLayout} placed them, and a dashed line down the plot
 * at each event's own date.
 */
final class EventMarks {

    static final Color NEUTRAL = Color.web("#57606a");

    private EventMarks() {}

    /** A partnership in its first area's colour; anything else in the neutral grey. */
    static Color colour(TimeChartData.Event e, List<Color> areaColours) {
        return e.kind() == TimeChartData.EventKind.ALLIANCE
                ? areaColours.get(Math.floorMod(e.colour(), areaColours.size())) : NEUTRAL;
    }

    /** Each event's date as a dashed line down the plot: a group's from the plot's top, a single one's from its marker. */
    static void drawLines(Painter g, List<EventLayout.Placed> events, DoubleUnaryOperator x, double plotTop,
            double plotBottom, Function<TimeChartData.Event, Color> colour) {
        for (EventLayout.Placed e : events) {
            for (TimeChartData.Event m : e.members()) {
                double at = e.grouped() ? x.applyAsDouble(m.at()) : e.x();
                g.setStroke(colour.apply(m).deriveColor(0, 1, 1, 0.45));
                g.setLineDashes(2, 3);
                g.strokeLine(Math.round(at) + 0.5, e.grouped() ? plotTop : e.markerY() + EventLayout.HALF,
                        Math.round(at) + 0.5, plotBottom);
            }
        }
        g.setLineDashes();
    }

    /** The marker or badge, its leader line and its label. */
    static void draw(Painter g, EventLayout.Placed e, Function<TimeChartData.Event, Color> colour, Paint text,
            Paint plannedFill) {
        double x = e.x();
        double y = e.markerY();
        Color c = colour.apply(e.event());
        if (e.grouped()) {
            boolean same = e.members().stream().allMatch(m -> colour.apply(m).equals(c));
            g.setFill(same ? c : NEUTRAL);
            g.fillRoundRect(x - e.halfWidth(), y - EventLayout.HALF, 2 * e.halfWidth(), 2 * EventLayout.HALF,
                    2 * EventLayout.HALF, 2 * EventLayout.HALF);
            g.setFill(Color.WHITE);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(Integer.toString(e.members().size()), x, y + 0.5);
        } else {
            g.setStroke(c);
            g.setLineWidth(1.5);
            if (e.event().kind() == TimeChartData.EventKind.ALLIANCE) {
                g.setFill(c);
                g.fillPolygon(new double[] {x, x + 5.5, x, x - 5.5}, new double[] {y - 5.5, y, y + 5.5, y}, 4);
            } else {
                g.setFill(e.event().kind() == TimeChartData.EventKind.PLANNED ? plannedFill : c);
                g.fillRect(x - 4.5, y - 4.5, 9, 9);
                g.strokeRect(x - 4.5, y - 4.5, 9, 9);
            }
            g.setLineWidth(1);
        }
        if (!e.labelled()) {
            return;
        }
        EventLayout.Box leader = e.leader();
        if (leader != null) {
            g.setStroke(c.deriveColor(0, 1, 1, 0.6));
            g.strokeLine(Math.round(x) + 0.5, leader.y0(), Math.round(x) + 0.5, leader.y1());
        }
        g.setFill(text);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(e.label(), e.labelX(), e.labelY());
    }

    /** The ring around the marker under the mouse. */
    static void drawHover(Painter g, EventLayout.Placed p) {
        double rx = p.halfWidth() + 3;
        g.strokeRoundRect(p.x() - rx, p.markerY() - EventLayout.HALF - 3, 2 * rx, 2 * EventLayout.HALF + 6, 8, 8);
    }
}
