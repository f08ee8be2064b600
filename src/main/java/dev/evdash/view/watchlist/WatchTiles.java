package dev.evdash.view.watchlist;

import dev.evdash.fx.Tooltips;
import dev.evdash.model.WatchRow;
import dev.evdash.view.controls.Sparkline;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A watchlist tile: metric, company, latest value as the source words it (or "no data yet"), period and
 * change, the proxy it is shown through or stands in for, trend, target, gap and the pace needed, and a
 * warning where sources disagree on the latest value.
 */
public final class WatchTiles {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private WatchTiles() {}

    public static Node tile(WatchRow r, boolean selected) {
        Label name = new Label(r.metric().name());
        name.getStyleClass().add("kpi-title");
        name.setWrapText(true);
        name.setMinHeight(Label.USE_PREF_SIZE);
        Label company = new Label((r.company().isEmpty() ? "China-wide" : r.company())
                + (r.period().isEmpty() ? "" : " · " + r.period()));
        company.getStyleClass().add("watch-company");
        company.setWrapText(true);
        company.setMinHeight(Label.USE_PREF_SIZE);
        Label value = new Label(r.latest());
        value.getStyleClass().add(r.hasData() ? "watch-value" : "watch-empty-value");
        value.setWrapText(true);
        value.setMinHeight(Label.USE_PREF_SIZE);
        value.setMaxWidth(Double.MAX_VALUE);
        VBox heading = new VBox(1, name, company);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox top = new HBox(8, heading);
        top.setAlignment(Pos.TOP_LEFT);
        if (r.trend().size() > 1) {
            Sparkline trend = new Sparkline();
            trend.setValues(r.trend());
            trend.setPrefSize(64, 26);
            trend.setMinWidth(Region.USE_PREF_SIZE);
            top.getChildren().add(trend);
        }
        VBox tile = new VBox(2, top, value);
        String changeText = r.hasData() ? r.change() : "no source has reported it";
        if (!changeText.isEmpty()) {
            Label change = new Label(changeText);
            change.getStyleClass().addAll("kpi-change", r.direction() > 0 ? "up" : r.direction() < 0 ? "down" : "flat");
            change.setWrapText(true);
            change.setMinHeight(Label.USE_PREF_SIZE);
            tile.getChildren().add(change);
        }
        if (r.conflict()) {
            Label conflict = new Label("⚠ sources disagree on this figure");
            conflict.getStyleClass().add("watch-conflict");
            tile.getChildren().add(conflict);
        }
        if (!r.via().isEmpty()) {
            Label via = new Label(r.via());
            via.getStyleClass().add("watch-via");
            via.setWrapText(true);
            via.setMinHeight(Label.USE_PREF_SIZE);
            tile.getChildren().add(via);
        }
        if (r.metric().goal().isPresent()) {
            Label target = new Label(r.target() + (r.gap().isEmpty() ? "" : " · " + r.gap())
                    + (r.pace().isEmpty() ? "" : " · " + r.pace()));
            target.getStyleClass().add("watch-target");
            target.setWrapText(true);
            target.setMinHeight(Label.USE_PREF_SIZE);
            tile.getChildren().add(target);
        }
        tile.getStyleClass().addAll("kpi-tile", "watch-tile");
        tile.pseudoClassStateChanged(SELECTED, selected);
        Tooltips.install(tile, r.metric().description()
                + (r.sources().isEmpty() ? "" : "\nSources: " + String.join("; ",
                        r.sources().stream().map(s -> s.citation()).toList())), tip -> {
                            tip.setWrapText(true);
                            tip.setMaxWidth(480);
                        });
        return tile;
    }
}
