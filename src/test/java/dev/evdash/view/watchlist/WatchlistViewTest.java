package dev.evdash.view.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.TestContexts;
import dev.evdash.data.WatchMetric;
import dev.evdash.model.ViewId;
import dev.evdash.model.WatchlistModel;
import dev.evdash.model.chart.TimeChartData;
import dev.evdash.model.chart.TimeLayout;
import dev.evdash.view.UiTestSupport;
import dev.evdash.view.ViewCatalog;
import dev.evdash.view.chart.TimeChartView;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WatchlistViewTest {

    @TempDir
    static Path dir;

    private EvDashContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = TestContexts.onBundledData(dir);
        context.shell().setCurrentView(ViewId.WATCHLIST);
        context.show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void choosingTwoCompaniesOverlaysThemWithEachScopeInTheLegend(FxRobot robot) throws Exception {
        WatchlistModel model = context.models().of(ViewCatalog.WATCHLIST);
        ComboBox<WatchlistModel.Filter> filter = robot.lookup("#filter").queryComboBox();
        robot.clickOn(filter);
        robot.clickOn("Compare: Driver-assistance fleet");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(nameOf(model, "huawei-ads-vehicles-cum"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedProperty().get()).isEqualTo("huawei-ads-vehicles-cum");

        CheckComboBox<WatchMetric> compare = robot.lookup("#compare").queryAs(CheckComboBox.class);
        assertThat(compare.isVisible()).isTrue();
        robot.interact(() -> {
            compare.getCheckModel().check(item(compare, "byd-adas-vehicles-cum"));
            compare.getCheckModel().check(item(compare, "tesla-fsd-active-subs"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TimeChartView chart = robot.lookup(".watchlist-view .time-chart-view").queryAs(TimeChartView.class);
        assertThat(chart.getData().lines()).extracting(TimeChartData.Line::name).hasSize(3)
                .anyMatch(n -> n.startsWith("Huawei")).anyMatch(n -> n.startsWith("BYD"))
                .anyMatch(n -> n.startsWith("Tesla") && n.contains("(million subscriptions), right axis"));
        TimeLayout drawn = chart.currentLayout();
        assertThat(drawn.legend()).extracting(TimeLayout.LegendEntry::label)
                .anyMatch(n -> n.startsWith("BYD")).anyMatch(n -> n.startsWith("Tesla"));
        assertThat(robot.lookup("#scopeNote").queryAs(Label.class).getText())
                .startsWith("Different scopes on two axes");
        UiTestSupport.assertNotBlank(UiTestSupport.render(robot, stage.getScene().getRoot(), "watchlist-compared"));
    }

    private static String nameOf(WatchlistModel model, String id) {
        return model.rows().stream().filter(r -> r.metric().id().equals(id)).findFirst().orElseThrow().metric().name();
    }

    private static WatchMetric item(CheckComboBox<WatchMetric> box, String id) {
        List<WatchMetric> items = box.getItems();
        return items.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no peer " + id + " in " + items));
    }
}
