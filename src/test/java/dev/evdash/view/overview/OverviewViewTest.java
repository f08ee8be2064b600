package dev.evdash.view.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.TestContexts;
import dev.evdash.model.OverviewFigures;
import dev.evdash.model.ViewId;
import dev.evdash.view.UiTestSupport;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class OverviewViewTest {

    @TempDir
    static Path dir;

    private EvDashContext context;

    @Start
    void start(Stage stage) {
        context = TestContexts.onBundledData(dir);
        context.show(stage);
    }

    private static List<String> texts(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void tilesShowTheLatestKeyFiguresWithChangeAndSource(FxRobot robot) throws Exception {
        assertThat(texts(robot, ".kpi-title")).containsExactly("World EV sales", "China's share of world EV sales",
                "China NEV share (CPCA retail)", "Foreign brands in China (CAAM)",
                "BYD EV deliveries", "BMW Group EV deliveries", "BYD delivered, per BMW Group EV", "Partnerships announced");
        List<String> values = texts(robot, ".kpi-value");
        // OWID (IEA data) 2025: 21.2 M world, 62.7 % China; BYD 2025 BEV 2,256,714 + PHEV 2,288,709.
        assertThat(values.get(0)).isEqualTo("21.2 M");
        assertThat(values.get(1)).isEqualTo("62.7 %");
        // CPCA retail, February 2026: 44.9 %; CAAM 2025: 100 % minus Chinese brands' 69.5 %
        assertThat(values.get(2)).isEqualTo("44.9 %");
        assertThat(values.get(3)).isEqualTo("30.5 %");
        assertThat(values.get(4)).isEqualTo("4.5 M");
        assertThat(values.get(6)).matches("\\d+\\.\\d×");
        List<String> changes = texts(robot, ".kpi-change");
        assertThat(changes.get(0)).isEqualTo("2025 · +21.1 % on 2024");
        assertThat(changes.get(1)).isEqualTo("2025 · -1.8 points on 2024");
        assertThat(changes.get(2)).isEqualTo("Feb 2026 · -4.6 points y/y");
        Node firstTile = robot.lookup(".kpi-tile").query();
        robot.moveTo(firstTile);
        Tooltip tip = (Tooltip) firstTile.getProperties().values().stream().filter(v -> v instanceof Tooltip)
                .findFirst().orElseThrow(() -> new AssertionError("no tooltip on the tile under the pointer"));
        assertThat(tip.getText()).contains("21,200,000").contains("Source: Our World in Data");
        assertThat(firstTile.getAccessibleHelp()).as("what a screen reader says").isEqualTo(tip.getText());
        robot.moveTo(".app-title"); // away, so the tooltip does not stay over the next test's window
        UiTestSupport.assertNotBlank(UiTestSupport.render(robot, robot.lookup(".overview-view").query(), "overview"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingANewPartnershipOpensItInTheAllianceNetwork(FxRobot robot) throws Exception {
        TableView<OverviewFigures.PartnershipRow> table = robot.lookup(".overview-view .table-view").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(8);
        OverviewFigures.PartnershipRow first = table.getItems().get(0);
        assertThat(table.getItems()).allMatch(r -> r.date().compareTo(first.date()) <= 0);
        robot.clickOn(first.parties());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.shell().getCurrentView()).isEqualTo(ViewId.ALLIANCES);
        String selected = context.alliances().selectedProperty().get();
        assertThat(first.partnership().parties()).contains(selected);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> context.alliances().detailsProperty().get() != null);
        assertThat(context.alliances().detailsProperty().get().deals())
                .anyMatch(d -> d.partnership().equals(first.partnership()));
    }

    @Test
    void claimsCalloutOpensTheClaimsView(FxRobot robot) {
        assertThat(robot.lookup(".claims-callout .label").queryLabeled().getText()).contains("15 claims checked: 5 hold, 1 partly holds, 4 do not match, 3 unconfirmed,"
                + " 2 with no source found; 1 piece of advice, tracked in the Watchlist.");
        robot.clickOn("Check the claims");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.shell().getCurrentView()).isEqualTo(ViewId.CLAIMS);
    }
}
