package dev.evdash.view.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.MemorySettings;
import dev.evdash.model.SourceRow;
import dev.evdash.view.UiTestSupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
class SourcesViewTest {

    @TempDir
    static Path dir;

    private final List<String> opened = new ArrayList<>();
    private EvDashContext context;

    @Start
    void start(Stage stage) {
        context = EvDashContext.load(Optional.empty(), dir.resolve("none.json"), new MemorySettings(), opened::add);
        context.show(stage);
    }

    @SuppressWarnings("unchecked")
    private TableView<SourceRow> table(FxRobot robot) {
        return robot.lookup(".sources-view .table-view").queryAs(TableView.class);
    }

    @Test
    void listsEverySourceWithItsFiguresAndConflicts(FxRobot robot) throws Exception {
        robot.clickOn("Sources");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<SourceRow> table = table(robot);
        assertThat(table.getItems()).hasSize(context.data().getDataset().sources().size());
        SourceRow iea = table.getItems().stream().filter(r -> r.source().id().equals("iea-gevo-2025-csv"))
                .findFirst().orElseThrow();
        assertThat(iea.figures()).isGreaterThan(50);
        SourceRow article = table.getItems().stream().filter(r -> r.source().kind().id().equals("article"))
                .findFirst().orElseThrow();
        assertThat(article.conflicts()).isGreaterThanOrEqualTo(2); // BMW 183,000 and BYD 1.16 million
        UiTestSupport.assertNotBlank(UiTestSupport.render(robot, robot.lookup(".sources-view").query(), "sources"));
    }

    @Test
    void searchNarrowsTheList(FxRobot robot) {
        robot.clickOn("Sources");
        robot.clickOn(".sources-view .text-field").write("BMW's AI Alliances");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).singleElement()
                .satisfies(r -> assertThat(r.title()).isEqualTo("BMW's AI Alliances: A Lifeline in China's EV Dominance"));
        assertThat(robot.lookup(".sources-view .view-subtitle").queryLabeled().getText()).startsWith("1 of ");
    }

    @Test
    void clickingATitleOpensItsAddress(FxRobot robot) {
        robot.clickOn("Sources");
        robot.clickOn(".sources-view .text-field").write("BMW's AI Alliances");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".sources-view .hyperlink");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("https://www.ainvest.com/news/bmw-ai-alliances-lifeline-china-ev-dominance-2507");
    }
}
