package dev.evdash.view.alliances;

import dev.evdash.data.Area;
import dev.evdash.graph.NodeKind;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The network's legend: node kinds and partnership areas, in the canvas's CSS colours. */
public final class Legend {

    private Legend() {}

    public static FlowPane create() {
        FlowPane legend = new FlowPane(14, 4);
        legend.getStyleClass().add("graph-legend");
        fill(legend);
        return legend;
    }

    static void fill(FlowPane legend) {
        for (NodeKind k : NodeKind.values()) {
            legend.getChildren().add(item("legend-dot", "kind-" + k.ordinal(), k.label()));
        }
        for (Area a : Area.values()) {
            legend.getChildren().add(item("legend-line", "area-" + a.ordinal(), a.label()));
        }
    }

    private static Node item(String shape, String colour, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll(shape, colour);
        HBox box = new HBox(5, swatch, new Label(text));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("legend-item");
        return box;
    }
}
