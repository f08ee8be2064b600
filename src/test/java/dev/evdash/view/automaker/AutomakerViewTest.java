package dev.evdash.view.automaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.TestContexts;
import dev.evdash.data.Company;
import dev.evdash.model.ViewId;
import dev.evdash.model.chart.TimeLayout;
import dev.evdash.model.profile.AutomakerModel;
import dev.evdash.view.UiTestSupport;
import dev.evdash.view.ViewCatalog;
import dev.evdash.view.chart.TimeChartView;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AutomakerViewTest {

    @TempDir
    static Path dir;

    private EvDashContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = TestContexts.onBundledData(dir);
        context.shell().setCurrentView(ViewId.AUTOMAKER);
        context.show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void theProfileOpensOnBmwAndEveryPanelFollowsWhenBydIsChosen(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#title").queryAs(Label.class).getText()).isEqualTo("BMW Group: automaker profile");
        assertThat(texts(robot, "#kpis .kpi-value")).contains("642,087", "17.9 %", "25.4 %");
        assertThat(texts(robot, "#timeline .timeline-title")).contains("With Alibaba Group", "With Momenta");
        assertThat(texts(robot, "#claims .label")).contains("BMW had 183,000 global EV deliveries in 2024");
        assertThat(texts(robot, "#watch .kpi-title")).contains("Neue Klasse sales penetration");
        UiTestSupport.assertNotBlank(UiTestSupport.render(robot, stage.getScene().getRoot(), "automaker-bmw"));
        robot.interact(() -> robot.lookup(".automaker-scroll").queryAs(ScrollPane.class).setVvalue(0.45));
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.assertNotBlank(UiTestSupport.render(robot, stage.getScene().getRoot(), "automaker-bmw-middle"));

        SearchableComboBox<Company> box = robot.lookup("#company").queryAs(SearchableComboBox.class);
        robot.clickOn(box);
        robot.write("BYD");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        AutomakerModel model = context.models().of(ViewCatalog.AUTOMAKER);
        assertThat(model.companyProperty().get()).isEqualTo("byd");
        assertThat(robot.lookup("#title").queryAs(Label.class).getText()).isEqualTo("BYD: automaker profile");
        assertThat(texts(robot, "#kpis .kpi-title")).doesNotContain("China's share of its deliveries");
        assertThat(texts(robot, "#timeline .timeline-title")).noneMatch(t -> t.contains("Neue Klasse") || t.contains("iX3"))
                .anyMatch(t -> t.contains("God's Eye"));
        assertThat(texts(robot, "#claims .label")).contains("BYD sold 1.16 million EVs in 2024")
                .doesNotContain("BMW had 183,000 global EV deliveries in 2024");
        assertThat(texts(robot, "#watch .watch-company")).isNotEmpty().allMatch(t -> t.startsWith("BYD"));
        assertThat(robot.lookup("#sharesChart").query().isVisible()).isTrue();
        TimeChartView deliveries = robot.lookup("#deliveriesChart").queryAs(TimeChartView.class);
        assertThat(deliveries.getData().lines()).extracting(l -> l.name()).isNotEmpty();
        assertThat(deliveries.getData().bars()).allSatisfy(b -> assertThat(b.segments().get(0).source())
                .doesNotContain("BMW"));
        robot.interact(() -> robot.lookup(".automaker-scroll").queryAs(ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.assertNotBlank(UiTestSupport.render(robot, stage.getScene().getRoot(), "automaker-byd-bottom"));
    }

    @Test
    void aMilestoneMarkersHoverNamesItsSource(FxRobot robot) {
        TimeChartView chart = robot.lookup("#deliveriesChart").queryAs(TimeChartView.class);
        dev.evdash.model.chart.EventLayout.Placed debrecen = chart.currentLayout().events().stream()
                .filter(e -> e.members().stream().anyMatch(m -> m.id().equals("bmw-ix3-debrecen-series-production")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no marker for the Debrecen milestone"));
        robot.moveTo(chart.localToScreen(debrecen.x(), debrecen.markerY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.hoverText()).contains("iX3 series production starts at Debrecen").contains("Source: ");
        // a click opens the network only where the marker stands for a partnership too
        boolean partnership = debrecen.members().stream()
                .anyMatch(m -> m.kind() == dev.evdash.model.chart.TimeChartData.EventKind.ALLIANCE);
        assertThat(chart.hoverText().contains("alliance network")).isEqualTo(partnership);
    }
}
