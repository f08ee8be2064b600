package dev.evdash.view.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.TestContexts;
import dev.evdash.model.DeliveriesTable;
import dev.evdash.model.SourceOption;
import dev.evdash.model.ViewId;
import dev.evdash.model.chart.BarData;
import dev.evdash.model.chart.BarLayout;
import dev.evdash.view.UiTestSupport;
import dev.evdash.view.chart.BarChartView;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DeliveriesViewTest {

    @TempDir
    static Path dir;

    private EvDashContext context;

    @Start
    void start(Stage stage) {
        context = TestContexts.onBundledData(dir);
        context.shell().setCurrentView(ViewId.DELIVERIES);
        context.show(stage);
    }

    private static BarChartView chart(FxRobot robot) {
        return robot.lookup(".deliveries-view .bar-chart-view").queryAs(BarChartView.class);
    }

    private static BarData.Bar bar(BarData data, String period, String company) {
        int c = data.categories().indexOf(period);
        int g = data.groups().indexOf(company);
        return data.bars().stream().filter(b -> b.category() == c && b.group() == g).findFirst().orElseThrow();
    }

    private static BarLayout.Rect rect(BarChartView chart, String period, String company, int segment) {
        BarData.Bar bar = bar(chart.getData(), period, company);
        return chart.currentLayout().rects().stream()
                .filter(r -> r.bar().equals(bar) && r.segment().equals(bar.segments().get(segment)))
                .findFirst().orElseThrow();
    }

    @Test
    void defaultShowsBydAgainstBmwWithTheCompanyFigures(FxRobot robot) throws Exception {
        BarData data = chart(robot).getData();
        assertThat(data.groups()).containsExactly("BYD", "BMW Group");
        assertThat(data.categories()).first().isEqualTo("2019");
        assertThat(data.categories()).last().isEqualTo("2025");
        assertThat(bar(data, "2024", "BYD").segments()).extracting(BarData.Segment::value)
                .containsExactly(1_764_992.0, 2_485_378.0);
        assertThat(bar(data, "2024", "BMW Group").segments()).extracting(BarData.Segment::value)
                .containsExactly(426_594.0, 166_614.0);
        assertThat(robot.lookup(".ratio-text").queryLabeled().getText())
                .startsWith("BYD delivered").contains("× BMW Group in 2025");
        UiTestSupport.assertNotBlank(UiTestSupport.render(robot, robot.lookup(".deliveries-view").query(), "deliveries"));
    }

    @Test
    void movingTheRangeSliderRemovesYears(FxRobot robot) {
        RangeSlider slider = robot.lookup(".deliveries-view .range-slider").queryAs(RangeSlider.class);
        robot.interact(() -> slider.setLowValue(2022));
        assertThat(chart(robot).getData().categories()).containsExactly("2022", "2023", "2024", "2025");
        robot.interact(() -> slider.setHighValue(2023));
        assertThat(chart(robot).getData().categories()).containsExactly("2022", "2023");
        assertThat(robot.lookup(".deliveries-view .view-subtitle").queryLabeled().getText()).contains("2022–2023");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAutomakerSelectorAddsASeries(FxRobot robot) {
        CheckComboBox<dev.evdash.data.Company> box = robot.lookup(".deliveries-view").lookup((javafx.scene.Node n) -> n instanceof CheckComboBox)
                .queryAs(CheckComboBox.class);
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Tesla");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        BarData data = chart(robot).getData();
        assertThat(data.groups()).contains("BYD", "BMW Group", "Tesla");
        assertThat(bar(data, "2024", "Tesla").segments()).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSourceSwitchPlotsThePressClaimAndMarksTheConflict(FxRobot robot) {
        BarChartView chart = chart(robot);
        assertThat(rect(chart, "2024", "BMW Group", 0).segment().conflict()).isTrue();
        ComboBox<SourceOption> source = robot.lookup(".deliveries-view .combo-box")
                .match(n -> n instanceof ComboBox<?> c && c.getItems().contains(SourceOption.PRIORITY)).queryAs(ComboBox.class);
        SourceOption article = source.getItems().stream()
                .filter(o -> o.source() != null && o.source().kind().id().equals("article")).findFirst().orElseThrow();
        robot.interact(() -> source.getSelectionModel().select(article));
        assertThat(bar(chart.getData(), "2024", "BMW Group").segments().get(0).value()).isEqualTo(183_000);
        assertThat(rect(chart, "2024", "BMW Group", 0).segment().conflict()).isTrue();

        BarLayout.Rect r = rect(chart, "2024", "BMW Group", 0);
        Point2D onScreen = chart.localToScreen(r.x() + r.w() / 2, r.y() + r.h() / 2);
        robot.moveTo(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.hoverText()).contains("183,000 vehicles", "Sources disagree", "426,594 vehicles",
                "BMW's AI Alliances");

        robot.interact(() -> source.getSelectionModel().select(SourceOption.PRIORITY));
        assertThat(bar(chart.getData(), "2024", "BMW Group").segments().get(0).value()).isEqualTo(426_594);
    }

    @Test
    @SuppressWarnings("unchecked")
    void tableTabAgreesWithTheChart(FxRobot robot) {
        robot.clickOn("Table");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<DeliveriesTable.Row> table = robot.lookup(".deliveries-view .table-view").queryAs(TableView.class);
        BarData data = chart(robot).getData();
        List<DeliveriesTable.Row> rows = table.getItems();
        assertThat(rows).hasSize(data.bars().size());
        for (DeliveriesTable.Row row : rows) {
            BarData.Bar bar = bar(data, row.period().toString(), row.company().name());
            assertThat(bar.segments().stream().mapToDouble(BarData.Segment::value).sum())
                    .isEqualTo(row.bev().isPresent() && row.phev().isPresent()
                            ? row.bev().get().value() + row.phev().get().value()
                            : row.stated().map(f -> f.value()).orElseGet(() -> bar.total()));
        }
        DeliveriesTable.Row bmw2024 = rows.stream()
                .filter(r -> r.period().toString().equals("2024") && r.company().id().equals("bmw")).findFirst().orElseThrow();
        assertThat(bmw2024.total()).isEqualTo(593_215);
        assertThat(bmw2024.conflict()).isTrue();
    }
}
