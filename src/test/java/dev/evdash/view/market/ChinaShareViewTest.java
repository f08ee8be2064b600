package dev.evdash.view.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.MemorySettings;
import dev.evdash.data.Fixtures;
import dev.evdash.model.ChinaShareRow;
import dev.evdash.model.ChinaShareTable;
import dev.evdash.view.UiTestSupport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
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

    @SuppressWarnings("unchecked")
    static StackedBarChart<String, Number> salesChart(FxRobot robot) {
        return robot.lookup(".china-share-view .stacked-bar-chart").queryAs(StackedBarChart.class);
    }

    @SuppressWarnings("unchecked")
    static LineChart<String, Number> shareChart(FxRobot robot) {
        return robot.lookup(".china-share-view .chart").match(n -> n instanceof LineChart).queryAs(LineChart.class);
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
            context = EvDashContext.load(Optional.empty(), dir.resolve("none.json"), new MemorySettings(), u -> { });
            context.show(stage);
        }

        @Test
        void chartHasOnePointPerYearWithTheDatasetValues(FxRobot robot) {
            List<ChinaShareRow> rows = expectedRows(context);
            assertThat(rows).hasSize(11);
            StackedBarChart<String, Number> chart = salesChart(robot);
            XYChart.Series<String, Number> china = chart.getData().get(0);
            XYChart.Series<String, Number> rest = chart.getData().get(1);
            assertThat(china.getName()).isEqualTo("China");
            assertThat(rest.getName()).isEqualTo("Rest of world");
            assertThat(china.getData()).extracting(XYChart.Data::getXValue)
                    .containsExactly("2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025");
            XYChart.Data<String, Number> china2024 = china.getData().get(9);
            assertThat(china2024.getYValue().doubleValue()).isEqualTo(11_300_000);
            assertThat(rest.getData().get(9).getYValue().doubleValue()).isEqualTo(6_200_000);
            LineChart<String, Number> share = shareChart(robot);
            assertThat(share.getData().get(0).getData()).hasSize(11);
            assertThat(share.getData().get(0).getData().get(9).getYValue().doubleValue()).isBetween(64.57, 64.58);
            Label label = (Label) robot.from(share.getData().get(0).getData().get(9).getNode()).lookup(".share-label").query();
            assertThat(label.getText()).isEqualTo("64.6 %");
        }

        @Test
        void eachBarCarriesATooltipWithValueUnitAndSource(FxRobot robot) {
            Node bar = salesChart(robot).getData().get(0).getData().get(9).getNode();
            Object tip = bar.getProperties().values().stream().filter(v -> v instanceof Tooltip).findFirst().orElse(null);
            assertThat(tip).isInstanceOf(Tooltip.class);
            assertThat(((Tooltip) tip).getText()).contains("China, 2024: 11,300,000 vehicles")
                    .contains("Source: IEA Global EV Data Explorer, 2025 edition");
        }

        @Test
        void tableTabAgreesWithTheChart(FxRobot robot) {
            robot.clickOn("Table");
            WaitForAsyncUtils.waitForFxEvents();
            @SuppressWarnings("unchecked")
            TableView<ChinaShareRow> table = robot.lookup(".china-share-view .table-view").queryAs(TableView.class);
            assertThat(table.isVisible()).isTrue();
            XYChart.Series<String, Number> china = salesChart(robot).getData().get(0);
            assertThat(table.getItems()).hasSize(china.getData().size());
            for (int i = 0; i < table.getItems().size(); i++) {
                ChinaShareRow row = table.getItems().get(i);
                assertThat(Integer.toString(row.year())).isEqualTo(china.getData().get(i).getXValue());
                assertThat(row.chinaSales()).isEqualTo(china.getData().get(i).getYValue().doubleValue());
            }
            assertThat(robot.lookup(".table-row-cell").nth(9).lookup(".table-cell").nth(1).queryLabeled().getText())
                    .isEqualTo("17,500,000");
            assertThat(robot.lookup(".table-row-cell").nth(9).lookup(".table-cell").nth(4).queryLabeled().getText())
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
            assertThat(salesChart(robot).getData().get(0).getData()).hasSize(11);
            assertThat(robot.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                    .isEqualTo("Data: bundled dataset");
            UiTestSupport.assertNotBlank(UiTestSupport.render(robot, pane.getScene().getRoot(), "problems"));

            robot.clickOn("Dismiss");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(pane.isVisible()).isFalse();
        }
    }
}
