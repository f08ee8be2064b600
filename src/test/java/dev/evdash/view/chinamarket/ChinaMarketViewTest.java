package dev.evdash.view.chinamarket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.TestContexts;
import dev.evdash.data.Period;
import dev.evdash.model.ViewId;
import dev.evdash.model.chart.EventLayout;
import dev.evdash.model.chart.TimeChartData;
import dev.evdash.model.chart.TimeLayout;
import dev.evdash.model.chinamarket.ChinaMarketCharts;
import dev.evdash.model.chinamarket.ChinaMarketModel;
import dev.evdash.view.UiTestSupport;
import dev.evdash.view.ViewCatalog;
import dev.evdash.view.chart.TimeChartView;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
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
class ChinaMarketViewTest {

    @TempDir
    static Path dir;

    private EvDashContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = TestContexts.onBundledData(dir);
        context.shell().setCurrentView(ViewId.CHINA_MARKET);
        context.show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    private ChinaMarketModel model() {
        return context.models().of(ViewCatalog.CHINA_MARKET);
    }

    /** The chart with id {@code id}, its tab selected so that it is laid out as a user sees it. */
    private static TimeChartView chart(FxRobot robot, String id) {
        TimeChartView chart = robot.lookup("#" + id).queryAs(TimeChartView.class);
        javafx.scene.control.TabPane tabs = robot.lookup(".china-market-view .tab-pane")
                .queryAs(javafx.scene.control.TabPane.class);
        for (javafx.scene.control.Tab t : tabs.getTabs()) {
            if (t.getContent() != null && t.getContent().lookup("#" + id) == chart && !t.isSelected()) {
                robot.interact(() -> tabs.getSelectionModel().select(t));
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        return chart;
    }

    /** Where an event's marker is on screen. */
    private static Point2D onScreen(TimeChartView chart, EventLayout.Placed e) {
        return chart.localToScreen(e.x(), e.markerY());
    }

    /** Where a date is on the time axis (checked to be one of the marker's events). */
    private static double at(TimeLayout layout, EventLayout.Placed marker, String date) {
        double x = layout.x(Period.parse(date).start());
        assertThat(marker.members()).anySatisfy(m -> assertThat(layout.x(m.at())).isCloseTo(x, within(0.01)));
        return x;
    }

    /** Half the time a marker's group spans (0 for a single event), with a hundredth of a pixel to spare. */
    private static org.assertj.core.data.Offset<Double> halfSpan(TimeLayout layout, EventLayout.Placed marker) {
        double first = layout.x(marker.members().get(0).at());
        double last = layout.x(marker.members().get(marker.members().size() - 1).at());
        return within((last - first) / 2 + 0.01);
    }

    private static EventLayout.Placed event(TimeChartView chart, String id) {
        return chart.currentLayout().events().stream().filter(e -> e.members().stream().anyMatch(m -> m.id().equals(id))).findFirst()
                .orElseThrow(() -> new AssertionError("no marker for " + id));
    }

    @Test
    void opensOnTheBundledDataWithEveryChartFilled(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TimeChartData penetration = chart(robot, "penetrationChart").getData();
        TimeChartData.Line cpca = penetration.lines().get(0);
        assertThat(cpca.name()).isEqualTo("CPCA retail");
        double july2024 = Period.parse("2024-07").start() + 0.5;
        assertThat(cpca.marks()).anySatisfy(m -> {
            assertThat(m.middle()).isEqualTo(july2024);
            assertThat(m.value()).isEqualTo(51.1);
        });
        assertThat(chart(robot, "brandChart").getData().bars()).isNotEmpty();
        assertThat(chart(robot, "nevChart").getData().bars()).isNotEmpty();
        assertThat(chart(robot, "inChinaChart").getData().bars()).isNotEmpty();
        assertThat(robot.lookup(".china-market-view .market-callout").queryAs(Label.class).getText())
                .startsWith("BMW Group delivered 625,527 cars in China in 2025");
        assertThat(robot.lookup(".china-market-view .chart-note").queryAs(Label.class).getText())
                .contains("Jul 2024").contains("51.1 %");
        for (String id : new String[] {"penetrationChart", "brandChart", "inChinaChart"}) {
            chart(robot, id);
            UiTestSupport.assertNotBlank(UiTestSupport.render(robot, stage.getScene().getRoot(), "china-market-test-" + id));
        }
    }

    @Test
    void theRangeSliderNarrowsTheMonthsOfEveryChart(FxRobot robot) {
        RangeSlider slider = robot.lookup(".china-market-view .range-slider").queryAs(RangeSlider.class);
        int jan2024 = 2024 * 12;
        robot.interact(() -> slider.setLowValue(jan2024));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().months().from()).isEqualTo(jan2024);
        assertThat(robot.lookup(".china-market-view .filters .label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).startsWith("Jan 2024–"));
        for (String id : new String[] {"penetrationChart", "brandChart", "nevChart", "inChinaChart"}) {
            TimeChartView c = chart(robot, id);
            assertThat(c.getData().from()).as(id).isEqualTo(jan2024);
            assertThat(c.currentLayout().marks()).as(id).allMatch(m -> m.mark().end() > jan2024);
            assertThat(c.currentLayout().rects()).as(id).allMatch(r -> r.bar().end() > jan2024);
        }
        TimeChartView penetration = chart(robot, "penetrationChart");
        assertThat(penetration.currentLayout().marks()).noneMatch(m -> m.mark().middle() < jan2024);
        // over 31 months the axis names months, and no two labels overlap
        List<TimeLayout.TimeTick> labelled = penetration.currentLayout().timeTicks().stream()
                .filter(t -> !t.label().isEmpty()).toList();
        assertThat(labelled).extracting(TimeLayout.TimeTick::label).contains("2025", "Jul");
        for (int i = 1; i < labelled.size(); i++) {
            assertThat(labelled.get(i).x() - labelled.get(i - 1).x()).as("room between time labels").isGreaterThan(40);
        }
        try {
            UiTestSupport.render(robot, stage.getScene().getRoot(), "china-market-2024-on");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void switchingFromCpcaToCaamChangesThePlottedSeries(FxRobot robot) {
        @SuppressWarnings("unchecked")
        CheckComboBox<ChinaMarketCharts.SeriesChoice> bodies = robot.lookup("#bodies").queryAs(CheckComboBox.class);
        ChinaMarketCharts.SeriesChoice caam = bodies.getItems().stream()
                .filter(c -> c.series().id().equals("penetration-china-nev-caam")).findFirst().orElseThrow();
        ChinaMarketCharts.SeriesChoice cpca = bodies.getItems().stream()
                .filter(c -> c.series().id().equals("penetration-china-nev-cpca-retail")).findFirst().orElseThrow();
        robot.interact(() -> {
            bodies.getCheckModel().check(caam);
            bodies.getCheckModel().clearCheck(cpca);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TimeChartData data = chart(robot, "penetrationChart").getData();
        assertThat(data.lines()).extracting(TimeChartData.Line::name)
                .contains("CAAM wholesale").doesNotContain("CPCA retail");
        assertThat(model().chinaSeries()).containsExactly("penetration-china-nev-caam");
        assertThat(bodies.getTitle()).isEqualTo("Bodies (1)");
    }

    @Test
    void bmwsAllianceMarkersSitAtTheirDatesAndTheirHoverNamesThePartner(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // every chart of the view carries the same markers
        for (String id : new String[] {"penetrationChart", "brandChart", "nevChart"}) {
            assertThat(chart(robot, id).currentLayout().events()).flatExtracting(EventLayout.Placed::members)
                    .extracting(TimeChartData.Event::id)
                    .contains("bmw-alibaba-qwen-cockpit", "bmw-momenta-adas-china");
        }
        TimeChartView chart = chart(robot, "inChinaChart");
        TimeLayout layout = chart.currentLayout();
        EventLayout.Placed alibaba = event(chart, "bmw-alibaba-qwen-cockpit");
        EventLayout.Placed momenta = event(chart, "bmw-momenta-adas-china");
        assertThat(at(layout, alibaba, "2025-03-26")).isCloseTo(alibaba.x(), halfSpan(layout, alibaba));
        assertThat(at(layout, momenta, "2025-07-15")).isCloseTo(momenta.x(), halfSpan(layout, momenta));
        assertThat(momenta.x()).isGreaterThan(alibaba.x());
        robot.moveTo(onScreen(chart, momenta));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.hoverText()).contains("Momenta").contains("Driver assistance").contains("2025-07-15")
                .contains("Source:");
        robot.moveTo(onScreen(chart, alibaba));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.hoverText()).contains("Alibaba Group").contains("LLM cockpit");
    }

    @Test
    void clickingAMarkerOpensTheAlliancesViewWithTheDealSelected(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TimeChartView chart = chart(robot, "penetrationChart");
        robot.clickOn(onScreen(chart, event(chart, "bmw-momenta-adas-china")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.shell().getCurrentView()).isEqualTo(ViewId.ALLIANCES);
        assertThat(context.alliances().selectedDealProperty().get()).isEqualTo("bmw-momenta-adas-china");
        assertThat(context.alliances().selectedProperty().get()).isEqualTo("bmw");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".alliances-view .selected-deal .deal-title").queryAs(Label.class).getText())
                .contains("Momenta").contains("2025-07-15");
    }
}
