package dev.evdash.view.watchlist;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The Watchlist's report body: its tiles in rows at their own size, as many rows as leave the history chart
 * at least {@link #CHART_SHARE} of the height, then the heading and the chart. Tiles that do not fit are left
 * off, said in a line under them, rather than all of them shrunk under a readable size.
 */
final class WatchReportPane extends Region {

    /** The least share of the height the chart keeps. */
    static final double CHART_SHARE = 0.55;
    private static final double GAP = 12;

    private final List<Node> tiles;
    private final Label heading;
    private final Node body;
    private final Label more = new Label();
    private int shown = -1;

    WatchReportPane(List<Node> tiles, Label heading, Node body) {
        this.tiles = List.copyOf(tiles);
        this.heading = heading;
        this.body = body;
        more.getStyleClass().add("chart-note");
        getChildren().addAll(tiles);
        getChildren().addAll(more, heading, body);
    }

    /** How many tiles the last layout showed. */
    int shownTiles() {
        return shown;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 200;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double budget = h * (1 - CHART_SHARE);
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        int count = 0;
        for (Node t : tiles) {
            double tw = Math.min(w, t.prefWidth(-1));
            double th = t.prefHeight(tw);
            if (x > 0 && x + tw > w) {
                x = 0;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            if (y + th > budget && count > 0) {
                break;
            }
            t.resizeRelocate(x, y, tw, th);
            x += tw + GAP;
            rowHeight = Math.max(rowHeight, th);
            count++;
        }
        for (int i = 0; i < tiles.size(); i++) {
            tiles.get(i).setVisible(i < count);
        }
        shown = count;
        double top = y + rowHeight + GAP / 2;
        more.setVisible(count < tiles.size());
        if (count < tiles.size()) {
            more.setText((tiles.size() - count) + " more metrics are left off for room: all of them are in the CSV.");
            double mh = more.prefHeight(w);
            more.resizeRelocate(0, top, w, mh);
            top += mh + GAP / 2;
        }
        double hh = heading.prefHeight(w);
        heading.resizeRelocate(0, top, w, hh);
        top += hh + 4;
        body.resizeRelocate(0, top, w, Math.max(0, h - top));
    }
}
