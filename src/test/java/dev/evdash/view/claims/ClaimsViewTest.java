package dev.evdash.view.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.MemorySettings;
import dev.evdash.model.ClaimCheck;
import dev.evdash.model.ViewId;
import dev.evdash.view.UiTestSupport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ClaimsViewTest {

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        EvDashContext context = EvDashContext.load(Optional.empty(), dir.resolve("none.json"), new MemorySettings(), u -> { });
        context.shell().setCurrentView(ViewId.CLAIMS);
        context.show(stage);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ClaimCheck> table(FxRobot robot) {
        return robot.lookup(".claims-view .table-view").queryAs(TableView.class);
    }

    private static List<String> cells(FxRobot robot, int row) {
        return robot.lookup(".claims-view .table-row-cell").nth(row).lookup(".table-cell")
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    @Test
    void showsEachArticleClaimWithTheRecordDifferenceAndScope(FxRobot robot) throws Exception {
        TableView<ClaimCheck> table = table(robot);
        assertThat(table.getItems()).hasSize(3).allMatch(ClaimCheck::fromArticle);
        List<String> ids = table.getItems().stream().map(c -> c.series().id()).toList();
        assertThat(cells(robot, ids.indexOf("deliveries-bmw-bev")).subList(1, 6))
                .containsExactly("183,000", "426,594", "-243,594", "-57.1 %", "does not match");
        assertThat(cells(robot, ids.indexOf("deliveries-byd-bev")).subList(1, 6))
                .containsExactly("1,160,000", "1,764,992", "-604,992", "-34.3 %", "does not match");
        assertThat(cells(robot, ids.indexOf("share-of-world-ev-sales-china")).subList(1, 6))
                .containsExactly("more than 50 %", "64.6 %", "-14.6 points", "-22.6 %", "holds");
        robot.interact(() -> table.getSelectionModel().select(ids.indexOf("deliveries-bmw-bev")));
        assertThat(robot.lookup(".claim-details .label").nth(1).queryLabeled().getText())
                .startsWith("Claim, 183,000: The article says 183,000 global EV deliveries; scope not stated");
        assertThat(robot.lookup(".claim-details .label").nth(2).queryLabeled().getText())
                .startsWith("Record, 426,594: BEV, worldwide. Source: ");
        assertThat(robot.lookup(".claims-summary").queryLabeled().getText())
                .isEqualTo("3 figures checked: 2 do not match the record, 1 holds or matches.");
        UiTestSupport.assertNotBlank(UiTestSupport.render(robot, robot.lookup(".claims-view").query(), "claims"));
    }

    @Test
    void pressFiguresCanBeIncluded(FxRobot robot) {
        robot.clickOn("Include press figures");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems().size()).isGreaterThan(3);
        assertThat(table(robot).getItems()).anyMatch(c -> !c.fromArticle());
        assertThat(table(robot).getItems().subList(0, 3)).allMatch(ClaimCheck::fromArticle);
    }
}
