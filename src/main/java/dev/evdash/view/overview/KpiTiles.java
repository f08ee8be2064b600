package dev.evdash.view.overview;

import dev.evdash.fx.Tooltips;
import dev.evdash.model.Kpi;
import dev.evdash.view.controls.Sparkline;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** A key-figure tile: title, value, period and change, trend line, provenance on hover. */
public final class KpiTiles {

    private KpiTiles() {}

    public static Node tile(Kpi k) {
        Label title = new Label(k.title());
        title.getStyleClass().add("kpi-title");
        title.setWrapText(true);
        Label value = new Label(k.value());
        value.getStyleClass().add("kpi-value");
        value.setWrapText(true);
        // a long period ("2026 to June") and its like-for-like comparison take a line each
        Label change = new Label(k.period() + (k.change().isEmpty() ? ""
                : (k.period().length() + k.change().length() > 30 ? "\n" : " · ") + k.change()));
        change.getStyleClass().addAll("kpi-change", k.direction() > 0 ? "up" : k.direction() < 0 ? "down" : "flat");
        Sparkline trend = new Sparkline();
        trend.setValues(k.trend());
        VBox tile = new VBox(4, title, value, change, trend);
        tile.getStyleClass().add("kpi-tile");
        Tooltips.install(tile, k.provenance(), tip -> {
            tip.setShowDelay(Duration.millis(200));
            tip.setShowDuration(Duration.seconds(30));
            tip.setWrapText(true);
            tip.setMaxWidth(460);
        });
        return tile;
    }
}
