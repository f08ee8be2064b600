package dev.evdash.view.alliances;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.TestContexts;
import dev.evdash.graph.GraphCanvas;
import dev.evdash.graph.GraphScene;
import dev.evdash.model.AlliancesModel;
import dev.evdash.model.ViewId;
import dev.evdash.view.UiTestSupport;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AlliancesViewTest {

    @TempDir
    static Path dir;

    private EvDashContext context;

    @Start
    void start(Stage stage) {
        context = TestContexts.onBundledData(dir);
        context.shell().setCurrentView(ViewId.ALLIANCES);
        context.show(stage);
    }

    private AlliancesModel model() {
        return context.alliances();
    }

    private void awaitLayout() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model().layoutRunningProperty().get()
                && model().graphProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static GraphCanvas canvas(FxRobot robot) {
        return robot.lookup(".alliances-view .graph-canvas").queryAs(GraphCanvas.class);
    }

    private static Point2D onScreen(GraphCanvas canvas, String id) {
        GraphScene s = canvas.getGraphScene();
        GraphScene.Node n = s.nodes().get(s.indexOf(id).orElseThrow());
        GraphScene.Viewport v = canvas.viewportProperty().get();
        return canvas.localToScreen(v.toScreenX(n.x()), v.toScreenY(n.y()));
    }

    @Test
    void opensWithEveryCompanyVisible(FxRobot robot) throws Exception {
        awaitLayout();
        GraphCanvas canvas = canvas(robot);
        int companies = context.data().getDataset().companies().size();
        assertThat(canvas.getGraphScene().nodes()).hasSize(companies);
        GraphScene.Viewport v = canvas.viewportProperty().get();
        assertThat(canvas.getGraphScene().nodes()).allSatisfy(n -> {
            assertThat(v.toScreenX(n.x())).isBetween(0.0, canvas.getWidth());
            assertThat(v.toScreenY(n.y())).isBetween(0.0, canvas.getHeight());
        });
        assertThat(canvas.drawnLabels()).isNotEmpty();
        UiTestSupport.assertNotBlank(UiTestSupport.render(robot, robot.lookup(".alliances-view").query(), "alliances"));
    }

    @Test
    void searchingMomentaSelectsItAndListsItsPartners(FxRobot robot) throws Exception {
        // the search box completes names (ControlsFX) and Enter selects and centres the company
        awaitLayout();
        robot.clickOn(".alliances-view .text-field").write("Momenta").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().selectedProperty().get()).isEqualTo("momenta");
        assertThat(canvas(robot).selectedProperty().get()).isEqualTo("momenta");
        String details = String.join("\n", robot.lookup(".company-details .label").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().map(javafx.scene.control.Labeled::getText).toList());
        assertThat(details).contains("Momenta").contains("BMW Group").contains("General Motors").contains("Driver assistance");
        assertThat(robot.lookup(".company-details .hyperlink").queryAll()).isNotEmpty();
        UiTestSupport.assertNotBlank(UiTestSupport.render(robot, robot.lookup(".alliances-view").query(),
                "alliances-momenta"));
    }

    @Test
    void theYearSliderHidesThe2025PartnershipsWhenSetTo2024(FxRobot robot) throws Exception {
        awaitLayout();
        RangeSlider slider = robot.lookup(".alliances-view .range-slider").queryAs(RangeSlider.class);
        robot.interact(() -> slider.setHighValue(2024));
        awaitLayout();
        assertThat(model().graphProperty().get().partnerships()).isNotEmpty()
                .allMatch(p -> p.announcedYear() <= 2024);
        assertThat(canvas(robot).getGraphScene().edges()).noneMatch(e -> e.partnership().equals("bmw-momenta-adas-china"));
        assertThat(robot.lookup(".alliances-view .view-subtitle").queryLabeled().getText()).contains("partnerships between");
    }

    @Test
    void draggingANodeMovesItAndKeepsItPinnedAfterRelayout(FxRobot robot) throws Exception {
        awaitLayout();
        GraphCanvas canvas = canvas(robot);
        Point2D from = onScreen(canvas, "bmw");
        robot.drag(from, MouseButton.PRIMARY).moveBy(60, 40).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().pinned()).contains("bmw");
        var moved = model().position("bmw").orElseThrow();
        Point2D now = onScreen(canvas, "bmw");
        assertThat(now.getX() - from.getX()).isBetween(50.0, 70.0);
        RangeSlider slider = robot.lookup(".alliances-view .range-slider").queryAs(RangeSlider.class);
        robot.interact(() -> slider.setLowValue(2019));
        awaitLayout();
        assertThat(model().position("bmw")).contains(moved);
    }

    @Test
    void egoNetworkShowsOnlyTheSelectionsPartners(FxRobot robot) throws Exception {
        awaitLayout();
        robot.interact(() -> model().selectedProperty().set("bmw"));
        robot.clickOn("Selection and partners");
        awaitLayout();
        assertThat(model().graphProperty().get().graph().vertexSet()).contains("bmw", "alibaba", "momenta")
                .allMatch(v -> v.equals("bmw") || model().graphProperty().get().neighbours("bmw").contains(v));
    }

    @Test
    void hoverLightsAPartnersAndWheelZooms(FxRobot robot) throws Exception {
        awaitLayout();
        GraphCanvas canvas = canvas(robot);
        robot.moveTo(onScreen(canvas, "momenta"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.hoveredProperty().get()).isEqualTo("momenta");
        double before = canvas.viewportProperty().get().scale();
        robot.scroll(5, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.viewportProperty().get().scale()).isNotEqualTo(before);
    }
}
