package dev.evdash.view.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.MemorySettings;
import dev.evdash.app.TestContexts;
import dev.evdash.data.Fixtures;
import dev.evdash.model.ChinaShareRow;
import dev.evdash.model.ChinaShareTable;
import dev.evdash.model.SourceOption;
import dev.evdash.model.chart.BarData;
import dev.evdash.model.chart.BarLayout;
import dev.evdash.view.chart.BarChartView;
import javafx.scene.control.ComboBox;
import org.controlsfx.control.RangeSlider;
import dev.evdash.view.UiTestSupport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class ChinaShareViewTest {

    @TempDir
    static Path dir;

    static BarChartView salesChart(FxRobot robot) {
        return robot.lookup(".china-share-view .bar-chart-view").queryAs(BarChartView.class);
    }

    static BarData.Bar bar(BarData data, String year) {
        int c = data.categories().indexOf(year);
        return data.bars().stream().filter(b -> b.category() == c).findFirst().orElseThrow();
    }

    /** The China share line over the bars. */
    static BarData.Line shareLine(FxRobot robot) {
        return salesChart(robot).getData().line().orElseThrow();
    }

    static List<ChinaShareRow> expectedRows(EvDashContext context) {
        return ChinaShareTable.compute(context.data().getDataset());
    }

    @Nested
    @ExtendWith(ApplicationExtension.class)
    class OnBundledData {
        private EvDashContext context;
        private Stage stage;

        @Start
        void start(Stage stage) {
            this.stage = stage;
            context = TestContexts.onBundledData(dir);
            context.shell().setCurrentView(dev.evdash.model.ViewId.CHINA_SHARE);
            context.show(stage);
        }

        @Test
        void chartHasOneBarPerYearSplitByRegionWithTheDatasetValues(FxRobot robot) {
            List<ChinaShareRow> rows = expectedRows(context);
            assertThat(rows).hasSize(11);
            BarData data = salesChart(robot).getData();
            assertThat(data.categories())
                    .containsExactly("2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025");
            assertThat(data.stacks()).containsExactly("China", "Europe", "United States", "Rest of world");
            // IEA Global EV Data Explorer, 2025 edition, BEV + PHEV, 2024.
            assertThat(bar(data, "2024").segments()).extracting(BarData.Segment::value)
                    .containsExactly(11_300_000.0, 3_180_000.0, 1_520_000.0, 1_500_000.0);
            BarData.Line share = shareLine(robot);
            assertThat(share.values()).hasSize(11);
            assertThat(share.values().get(9)).isBetween(64.57, 64.58);
            assertThat(share.labels().get(9)).isEqualTo("64.6 %");
            assertThat(salesChart(robot).currentLayout().linePoints()).hasSize(11);
        }

        @Test
        void hoveringABarShowsValueUnitAndSource(FxRobot robot) {
            BarChartView chart = salesChart(robot);
            BarData.Bar bar2024 = bar(chart.getData(), "2024");
            BarLayout.Rect china = chart.currentLayout().rects().stream()
                    .filter(r -> r.bar().equals(bar2024) && r.segment().stack() == 0).findFirst().orElseThrow();
            robot.moveTo(chart.localToScreen(china.x() + china.w() / 2, china.y() + china.h() / 2));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(chart.hoverText()).contains("China, 2024: 11,300,000 vehicles (BEV+PHEV)")
                    .contains("Source: IEA Global EV Data Explorer, 2025 edition").contains("Share of world: 64.6 %");
            BarLayout.LinePoint point = chart.currentLayout().linePoints().get(9);
            robot.moveTo(chart.localToScreen(point.x(), point.y()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(chart.hoverText()).startsWith("China's share of world EV sales, 2024: 64.6 %");
        }

        @Test
        void movingTheRangeSliderRemovesYears(FxRobot robot) {
            RangeSlider slider = robot.lookup(".china-share-view .range-slider").queryAs(RangeSlider.class);
            robot.interact(() -> slider.setLowValue(2020));
            assertThat(salesChart(robot).getData().categories()).first().isEqualTo("2020");
            assertThat(shareLine(robot).values()).hasSize(6);
            assertThat(robot.lookup(".china-share-view .view-subtitle").queryLabeled().getText()).contains("2020–2025");
        }

        @Test
        void shareOfWorldAndPowertrainSwitchesChangeWhatIsCounted(FxRobot robot) {
            robot.clickOn("Share of world");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(bar(salesChart(robot).getData(), "2024").segments().get(0).value()).isBetween(64.57, 64.58);
            assertThat(bar(salesChart(robot).getData(), "2024").total()).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
            robot.clickOn("Vehicles");
            robot.clickOn("BEV");
            WaitForAsyncUtils.waitForFxEvents();
            BarData bev = salesChart(robot).getData();
            // No BEV/PHEV split is sourced for 2025, so 2025 drops out; China 2024 BEV: 6,400,000.
            assertThat(bev.categories()).last().isEqualTo("2024");
            assertThat(bar(bev, "2024").segments().get(0).value()).isEqualTo(6_400_000);
        }

        @Test
        @SuppressWarnings("unchecked")
        void theSourceSwitchChartsAnotherSourcesFigures(FxRobot robot) {
            ComboBox<SourceOption> source = robot.lookup(".china-share-view")
                    .lookup((Node n) -> n instanceof ComboBox<?> c && c.getItems().contains(SourceOption.PRIORITY))
                    .queryAs(ComboBox.class);
            SourceOption benchmark = source.getItems().stream()
                    .filter(o -> o.source() != null && o.source().id().equals("autocarpro-benchmark-ev-sales-2025"))
                    .findFirst().orElseThrow();
            assertThat(expectedRows(context).get(10).chinaSharePercent()).isBetween(62.7, 62.8);
            robot.interact(() -> source.getSelectionModel().select(benchmark));
            // Benchmark Mineral Intelligence, 2025: China 12.9 M of 20.7 M.
            assertThat(shareLine(robot).values().get(10)).isBetween(62.3, 62.4);
            assertThat(bar(salesChart(robot).getData(), "2025").segments().get(0).value()).isEqualTo(12_900_000);
        }

        @Test
        void tableTabAgreesWithTheChart(FxRobot robot) {
            robot.clickOn("Table");
            WaitForAsyncUtils.waitForFxEvents();
            @SuppressWarnings("unchecked")
            TableView<ChinaShareRow> table = robot.lookup(".china-share-view .table-view").queryAs(TableView.class);
            assertThat(table.isVisible()).isTrue();
            BarData data = salesChart(robot).getData();
            assertThat(table.getItems()).hasSize(data.categories().size());
            for (int i = 0; i < table.getItems().size(); i++) {
                ChinaShareRow row = table.getItems().get(i);
                assertThat(Integer.toString(row.year())).isEqualTo(data.categories().get(i));
                assertThat(row.chinaSales()).isEqualTo(bar(data, data.categories().get(i)).segments().get(0).value());
                assertThat(row.worldSales()).isEqualTo(bar(data, data.categories().get(i)).total());
            }
            assertThat(robot.lookup(".table-row-cell").nth(9).lookup(".table-cell").nth(1).queryLabeled().getText())
                    .isEqualTo("17,500,000");
            assertThat(robot.lookup(".table-row-cell").nth(9).lookup(".table-cell").nth(6).queryLabeled().getText())
                    .isEqualTo("64.6 %");
        }

        @Test
        void rendersToANonBlankPng(FxRobot robot) throws IOException {
            Node view = robot.lookup(".china-share-view").query();
            BufferedImage png = UiTestSupport.render(robot, view, "china-share");
            assertThat(png.getWidth()).isEqualTo((int) Math.ceil(view.getLayoutBounds().getWidth()));
            UiTestSupport.assertNotBlank(png);
        }
    }

    @Nested
    @ExtendWith(ApplicationExtension.class)
    class OnABadDataFile {
        private EvDashContext context;
        private Path bad;

        @Start
        void start(Stage stage) throws IOException {
            bad = Files.writeString(dir.resolve("bad.json"),
                    Fixtures.smallWith("\"value\": 9500000", "\"value\": -9500000"));
            context = EvDashContext.load(Optional.of(bad), dir.resolve("none.json"), new MemorySettings(), u -> { });
            context.shell().setCurrentView(dev.evdash.model.ViewId.CHINA_SHARE);
            context.show(stage);
        }

        @Test
        void showsTheProblemsAndTheBundledChart(FxRobot robot) throws IOException {
            Node pane = robot.lookup(".problems-pane").query();
            assertThat(pane.isVisible()).isTrue();
            assertThat(robot.lookup(".problems-summary").queryLabeled().getText())
                    .isEqualTo(bad + " could not be used (1 problem); the bundled dataset is shown instead.");
            @SuppressWarnings("unchecked")
            ListView<dev.evdash.data.Problem> list = robot.lookup(".problem-list").queryAs(ListView.class);
            assertThat(list.getItems()).singleElement().satisfies(p ->
                    assertThat(p.format()).isEqualTo(bad + ":35:29: must have a minimum value of 0 (/series/0/points/0/value)"));
            assertThat(salesChart(robot).getData().categories()).hasSize(11);
            assertThat(robot.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                    .isEqualTo("Data: bundled dataset");
            UiTestSupport.assertNotBlank(UiTestSupport.render(robot, pane.getScene().getRoot(), "problems"));

            robot.clickOn("Dismiss");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup(".problems-pane").tryQuery()).as("dismissed, the pane leaves the window").isEmpty();
        }
    }
}
