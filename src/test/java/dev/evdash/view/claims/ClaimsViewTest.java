package dev.evdash.view.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.MemorySettings;
import dev.evdash.model.ClaimCheck;
import dev.evdash.model.ClaimsModel;
import dev.evdash.model.ViewId;
import dev.evdash.model.claims.ClaimRow;
import dev.evdash.view.UiTestSupport;
import dev.evdash.view.ViewCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
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

    private EvDashContext context;
    private Stage stage;
    private final List<String> opened = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = EvDashContext.load(Optional.empty(), dir.resolve("none.json"), new MemorySettings(), opened::add);
        context.shell().setCurrentView(ViewId.CLAIMS);
        context.show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ClaimRow> table(FxRobot robot) {
        return robot.lookup("#claimsTable").queryAs(TableView.class);
    }

    /** The verdicts the table's cells show, as a user reads them. */
    private static List<String> shownVerdicts(FxRobot robot) {
        return robot.lookup("#claimsTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && c.getTableColumn().getText().equals("Verdict")
                        && c.getText() != null && !c.getText().isEmpty() && !c.isEmpty() && c.getTableRow() != null
                        && c.getTableRow().isVisible() && c.getTableRow().getItem() != null)
                .map(c -> c.getText()).toList();
    }

    @Test
    void everyClaimIsListedWithItsVerdictAndTheFilterByVerdictWorks(FxRobot robot) throws Exception {
        ClaimsModel model = context.models().of(ViewCatalog.CLAIMS);
        assertThat(table(robot).getItems()).hasSize(16);
        assertThat(robot.lookup(".claims-summary").queryAs(Label.class).getText()).startsWith("15 claims checked: 5 hold");
        UiTestSupport.assertNotBlank(UiTestSupport.render(robot, stage.getScene().getRoot(), "claims-all"));
        assertThat(shownVerdicts(robot)).contains("holds", "does not match");
        robot.interact(() -> table(robot).scrollTo(table(robot).getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownVerdicts(robot)).contains("unconfirmed", "advice");

        ComboBox<String> verdict = robot.lookup("#verdict").queryComboBox();
        robot.clickOn(verdict);
        robot.clickOn("does not match");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(r -> r.claim().id()).containsExactly("article-byd-1-16-million",
                "article-bmw-183000", "article-alibaba-triple-digit-six-quarters",
                "article-alibaba-290000-enterprise-customers");
        assertThat(shownVerdicts(robot)).containsOnly("does not match").hasSize(4);

        // the selected claim's record, scopes and sources, each source a link to its page
        robot.interact(() -> table(robot).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#claimVerdict").queryAs(Label.class).getText())
                .isEqualTo("Verdict: does not match (computed from the data as it is today)");
        assertThat(robot.lookup("#claimRecord").queryAs(Label.class).getText()).contains("426,594");
        Hyperlink link = robot.lookup("#claimLinks .hyperlink").queryAs(Hyperlink.class);
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).singleElement().asString().startsWith("http");

        robot.interact(() -> model.verdictProperty().set("advice"));
        assertThat(table(robot).getItems()).extracting(r -> r.claim().id()).containsExactly("article-watchlist-advice");
        robot.interact(() -> model.verdictProperty().set("all"));
        assertThat(table(robot).getItems()).hasSize(16);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ClaimCheck> figures(FxRobot robot) {
        robot.clickOn("Figures against the record");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#table").queryAs(TableView.class);
    }

    private static List<String> cells(FxRobot robot, int row) {
        return robot.lookup("#table .table-row-cell").nth(row).lookup(".table-cell")
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    @Test
    void theFiguresTabSetsEachOfTheArticlesFiguresAgainstTheRecordWithDifferenceAndScope(FxRobot robot) {
        TableView<ClaimCheck> table = figures(robot);
        assertThat(table.getItems()).hasSize(3).allMatch(ClaimCheck::fromArticle);
        List<String> ids = table.getItems().stream().map(c -> c.series().id()).toList();
        assertThat(cells(robot, ids.indexOf("deliveries-bmw-bev")).subList(1, 6))
                .containsExactly("183,000", "426,594", "-243,594", "-57.1 %", "does not match");
        assertThat(cells(robot, ids.indexOf("deliveries-byd-bev")).subList(1, 6))
                .containsExactly("1,160,000", "1,764,992", "-604,992", "-34.3 %", "does not match");
        assertThat(cells(robot, ids.indexOf("share-of-world-ev-sales-china")).subList(1, 6))
                .containsExactly("more than 50 %", "64.6 %", "-14.6 points", "-22.6 %", "holds");
        robot.interact(() -> table.getSelectionModel().select(ids.indexOf("deliveries-bmw-bev")));
        assertThat(robot.lookup("#claimScope").queryLabeled().getText())
                .startsWith("Claim, 183,000: The article says 183,000 global EV deliveries; scope not stated");
        assertThat(robot.lookup("#recordScope").queryLabeled().getText()).startsWith("Record, 426,594: BEV, worldwide. Source: ");
        assertThat(robot.lookup("#figuresSummary").queryLabeled().getText())
                .isEqualTo("3 figures checked: 2 do not match the record, 1 holds or matches.");
    }

    @Test
    void pressFiguresCanBeIncluded(FxRobot robot) {
        TableView<ClaimCheck> table = figures(robot);
        robot.clickOn("Include press figures");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().size()).isGreaterThan(3);
        assertThat(table.getItems()).anyMatch(c -> !c.fromArticle());
        assertThat(table.getItems().subList(0, 3)).allMatch(ClaimCheck::fromArticle);
    }
}
