package dev.evdash.view.watchlist;

import dev.evdash.model.WatchRow;
import dev.evdash.view.controls.Sparkline;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A watchlist tile: metric, company, latest value or "no data yet", change, trend, target and gap. */
public final class WatchTiles {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private WatchTiles() {}

    public static Node tile(WatchRow r, boolean selected) {
        Label name = new Label(r.metric().name());
        name.getStyleClass().add("kpi-title");
        name.setWrapText(true);
        Label company = new Label(r.company().isEmpty() ? " " : r.company());
        company.getStyleClass().add("watch-company");
        String unit = " " + r.metric().unit();
        boolean unitApart = r.hasData() && r.latest().endsWith(unit) && !r.latest().endsWith(" %");
        Label value = new Label(unitApart ? r.latest().substring(0, r.latest().length() - unit.length()) : r.latest());
        value.getStyleClass().add(r.hasData() ? "kpi-value" : "watch-empty-value");
        value.setWrapText(true);
        if (unitApart) { // "4" large, "updates per year" beside it in the text size
            Label unitLabel = new Label(unit.strip());
            unitLabel.getStyleClass().add("watch-unit");
            value.setGraphic(unitLabel);
            value.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        }
        Label change = new Label(r.hasData() ? r.period() + (r.change().isEmpty() ? "" : " · " + r.change())
                : "no source has reported it");
        change.getStyleClass().addAll("kpi-change", r.direction() > 0 ? "up" : r.direction() < 0 ? "down" : "flat");
        Label target = new Label(r.target() + (r.gap().isEmpty() ? "" : " · " + r.gap()));
        target.getStyleClass().add("watch-target");
        target.setWrapText(true);
        VBox tile = new VBox(4, name, company, value, change);
        if (r.trend().size() > 1) {
            Sparkline trend = new Sparkline();
            trend.setValues(r.trend());
            tile.getChildren().add(trend);
        }
        tile.getChildren().add(target);
        tile.getStyleClass().addAll("kpi-tile", "watch-tile");
        tile.pseudoClassStateChanged(SELECTED, selected);
        return tile;
    }
}
