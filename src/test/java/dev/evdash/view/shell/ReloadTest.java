package dev.evdash.view.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.TestContexts;
import dev.evdash.model.ViewId;
import dev.evdash.model.chart.BarData;
import dev.evdash.view.chart.BarChartView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening another data file updates every view already open; a bad file leaves the data on screen. */
@ExtendWith(ApplicationExtension.class)
class ReloadTest {

    @TempDir
    static Path dir;

    private EvDashContext context;

    @Start
    void start(Stage stage) {
        context = TestContexts.onBundledData(dir);
        context.shell().setCurrentView(ViewId.DELIVERIES);
        context.show(stage);
    }

    private static String bundledText() throws IOException {
        try (InputStream in = ReloadTest.class.getResourceAsStream("/dev/evdash/data/evdash-dataset.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void openAndWait(Path file) throws Exception {
        Task<?>[] task = new Task<?>[1];
        WaitForAsyncUtils.asyncFx(() -> task[0] = context.open(file)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double bmw2024Bev(FxRobot robot) {
        BarChartView chart = robot.lookup(".deliveries-view .bar-chart-view").queryAs(BarChartView.class);
        BarData d = chart.getData();
        int c = d.categories().indexOf("2024");
        int g = d.groups().indexOf("BMW Group");
        return d.bars().stream().filter(b -> b.category() == c && b.group() == g).findFirst().orElseThrow()
                .segments().get(0).value();
    }

    @Test
    void openingAnEditedFileUpdatesTheOpenViews(FxRobot robot) throws Exception {
        assertThat(bmw2024Bev(robot)).isEqualTo(426_594);
        Path edited = Files.writeString(dir.resolve("edited.json"),
                bundledText().replaceFirst("\"value\": 426594", "\"value\": 426600"));
        openAndWait(edited);
        assertThat(bmw2024Bev(robot)).isEqualTo(426_600);
        assertThat(robot.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .isEqualTo("Data: " + edited);
        robot.clickOn("Claims");
        assertThat(context.data().getOrigin().path()).contains(edited);
    }

    @Test
    void aBadFileKeepsTheDataOnScreenAndListsItsProblems(FxRobot robot) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), bundledText().replaceFirst("\"value\": 426594", "\"value\": -1"));
        openAndWait(bad);
        assertThat(bmw2024Bev(robot)).isEqualTo(426_594);
        assertThat(context.data().getOrigin().isBundled()).isTrue();
        assertThat(context.data().problems()).singleElement()
                .satisfies(p -> assertThat(p.format()).startsWith(bad + ":").contains("minimum value of 0"));
        assertThat(robot.lookup(".problems-summary").queryLabeled().getText())
                .isEqualTo(bad + " could not be used (1 problem); the data on screen is unchanged.");
    }
}
