package dev.evdash.view.controls;

import dev.evdash.model.chart.BarData;
import dev.evdash.view.chart.BarChartView;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Pieces the views' report layouts share: a chart drawn afresh, a simple table for print. */
public final class ReportParts {

    /** Rows a printed table shows at most; the CSV has all. */
    public static final int TABLE_ROWS = 22;

    private ReportParts() {}

    /** A new bar chart of {@code data} that grows to the space the report gives it. */
    public static Node chart(BarData data, DoubleFunction<String> ticks, boolean log) {
        BarChartView chart = new BarChartView();
        chart.setData(data);
        chart.setTickFormat(ticks);
        chart.logScaleProperty().set(log);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return chart;
    }

    /** A simple table for print: a header row and text cells; column {@code growing} takes the spare width. */
    public static GridPane grid(List<String> header, List<List<String>> rows, int growing) {
        GridPane g = new GridPane();
        g.getStyleClass().add("export-table");
        g.setHgap(16);
        g.setVgap(6);
        for (int c = 0; c < header.size(); c++) {
            Label h = new Label(header.get(c));
            h.getStyleClass().add("export-table-header");
            h.setMinWidth(Region.USE_PREF_SIZE);
            g.add(h, c, 0);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(c == growing ? Priority.ALWAYS : Priority.NEVER);
            g.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Label cell = new Label(rows.get(r).get(c));
                cell.getStyleClass().add("export-table-cell");
                cell.setWrapText(c == growing);
                if (c != growing) {
                    cell.setMinWidth(Region.USE_PREF_SIZE); // short columns keep their text; the growing one wraps
                }
                g.add(cell, c, r + 1);
            }
        }
        return g;
    }

    /** Two decimals, for percentages in CSV. */
    public static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
