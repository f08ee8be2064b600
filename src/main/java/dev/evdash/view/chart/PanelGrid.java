package dev.evdash.view.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Chart panels for a report page, two to a row: all of them where each row gets at least
 * {@code minPanelHeight}, else only the first row's worth, the most telling ones, and a line saying which
 * were left off and where they are. A chart squeezed under its legend reads worse than one not drawn.
 */
public final class PanelGrid extends Region {

    private static final double HGAP = 14;
    private static final double VGAP = 10;

    private final List<Node> panels;
    private final List<Integer> first;
    private final List<String> titles;
    private final double minPanelHeight;
    private final String where;
    private final Label note = new Label();
    private int shown = -1;

    /**
     * @param panels the panels in reading order, two to a row
     * @param titles their titles, for the note
     * @param first the indices of the two panels kept where not all fit
     * @param where where the others can be found ("in the CSV, and at 1600×900 or larger")
     */
    public PanelGrid(List<Node> panels, List<String> titles, List<Integer> first, double minPanelHeight,
            String where) {
        this.panels = List.copyOf(panels);
        this.titles = List.copyOf(titles);
        this.first = List.copyOf(first);
        this.minPanelHeight = minPanelHeight;
        this.where = where;
        note.setWrapText(true);
        note.getStyleClass().addAll("panel-grid-note", "chart-note");
        getStyleClass().add("panel-grid");
    }

    /** How many panels the last layout showed. */
    public int shownPanels() {
        return shown;
    }

    /** The panels the last layout showed, in order. */
    public List<Node> shown() {
        return getChildren().stream().filter(n -> n != note).toList();
    }

    @Override
    protected double computeMinHeight(double width) {
        return minPanelHeight;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 2 * minPanelHeight + VGAP;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        int rows = (panels.size() + 1) / 2;
        boolean all = (h - (rows - 1) * VGAP) / rows >= minPanelHeight || panels.size() <= 2;
        List<Node> show = new ArrayList<>();
        if (all) {
            show.addAll(panels);
        } else {
            first.forEach(i -> show.add(panels.get(i)));
        }
        if (show.size() != shown) {
            List<Node> children = new ArrayList<>(show);
            if (!all) {
                List<String> off = new ArrayList<>();
                for (int i = 0; i < panels.size(); i++) {
                    if (!first.contains(i)) {
                        off.add(titles.get(i));
                    }
                }
                note.setText("Left off for room: " + String.join("; ", off) + ". " + where);
                children.add(note);
            }
            getChildren().setAll(children);
            children.forEach(Node::applyCss);
            shown = show.size();
        }
        double noteHeight = all ? 0 : note.prefHeight(w) + VGAP;
        if (!all) {
            note.resizeRelocate(0, h - note.prefHeight(w), w, note.prefHeight(w));
        }
        int r = (show.size() + 1) / 2;
        double cellW = (w - HGAP) / 2;
        double cellH = (h - noteHeight - (r - 1) * VGAP) / r;
        for (int i = 0; i < show.size(); i++) {
            show.get(i).resizeRelocate((i % 2) * (cellW + HGAP), (i / 2) * (cellH + VGAP), cellW, cellH);
        }
    }
}
