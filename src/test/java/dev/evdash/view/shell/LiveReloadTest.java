package dev.evdash.view.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Edits;
import dev.evdash.data.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The data file changed by someone else: reloaded when nothing is unsaved; never overwritten unasked. */
@ExtendWith(ApplicationExtension.class)
class LiveReloadTest {

    static final DatasetCodec CODEC = TeamFile.CODEC;
    static final Dataset BUNDLED = TeamFile.BUNDLED;

    @TempDir
    Path dir;

    private Path file;
    private EvDashContext context;

    @Start
    void start(Stage stage) throws Exception {
        TeamFile team = TeamFile.open(dir, stage);
        file = team.file();
        context = team.context();
    }

    /** What another editor does: write the file in place. */
    private void writeExternally(Dataset d) throws Exception {
        Files.writeString(file, CODEC.write(d));
    }

    private static String counts(FxRobot robot) {
        StatusBar bar = robot.lookup(".status-bar").queryAs(StatusBar.class);
        return bar.getRightItems().stream().map(n -> ((javafx.scene.control.Label) n).getText())
                .reduce("", (a, b) -> a + " " + b);
    }

    @Test
    void anExternalEditIsPickedUpAndAnInvalidOneKeepsTheDataOnScreen(FxRobot robot) throws Exception {
        int n = BUNDLED.partnerships().size();
        assertThat(counts(robot)).contains(n + " partnerships");
        Dataset fewer = Edits.deletePartnership(BUNDLED, uncited(BUNDLED).id());
        writeExternally(fewer);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.data().getDataset().partnerships().size() == n - 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counts(robot)).contains((n - 1) + " partnerships");
        assertThat(context.shell().messageProperty().get()).contains("changed on disk");

        Files.writeString(file, "{ \"schemaVersion\": 1, \"name\": ");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !context.data().problems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Problem p = context.data().problems().get(0);
        assertThat(p.file()).isEqualTo(file.toString());
        assertThat(p.line()).isPositive();
        Node pane = robot.lookup(".problems-pane").query();
        assertThat(pane.isVisible()).isTrue();
        assertThat(context.data().getDataset()).as("the last good data stays").isEqualTo(fewer);
        assertThat(counts(robot)).contains((n - 1) + " partnerships");
    }

    @Test
    void unsavedEditsAreKeptAndASaveOverTheirChangeAsksFirst(FxRobot robot) throws Exception {
        String mine = "my-test-deal";
        var deal = uncited(BUNDLED);
        robot.interact(() -> context.editor().apply("add " + mine, d -> Edits.putPartnership(d, null,
                new dev.evdash.data.Partnership(mine, deal.parties(), deal.areas(), "2026-11", deal.status(),
                        "Mine.", deal.sources(), null))));
        Dataset theirs = Edits.deletePartnership(BUNDLED, deal.id());
        writeExternally(theirs);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> context.shell().messageProperty().get().contains("your unsaved changes are kept"));
        // the window offers to merge now; keeping on editing keeps both as they are
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogButton(robot, "Keep editing").isPresent());
        robot.clickOn(dialogButton(robot, "Keep editing").orElseThrow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogButton(robot, "Keep editing").isEmpty());
        assertThat(context.data().getDataset().partnerships()).extracting(x -> x.id()).contains(mine, deal.id());

        dev.evdash.view.UiTestSupport.clickSidebar(robot, "Data");
        robot.clickOn("Save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogButton(robot, "Overwrite").isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .contains("was changed by someone else");
        robot.clickOn(dialogButton(robot, "Cancel").orElseThrow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogButton(robot, "Overwrite").isEmpty());
        assertThat(new DatasetReader().read(file).dataset()).contains(theirs);
        assertThat(context.editor().isDirty()).isTrue();

        robot.clickOn("Save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogButton(robot, "Overwrite").isPresent());
        robot.clickOn(dialogButton(robot, "Overwrite").orElseThrow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !context.editor().isDirty());
        assertThat(new DatasetReader().read(file).dataset().orElseThrow().partnerships()).extracting(x -> x.id())
                .contains(mine, deal.id());
        assertThat(new DatasetReader().read(dir.resolve("team-dataset.json.1")).dataset()).as("theirs, kept")
                .contains(theirs);
    }

    /**
     * The shown dialog's button labelled {@code text}, once the dialog is on screen: the dialog's nodes exist
     * before it is shown, so waiting for the text alone can click a button not yet (or no longer) visible.
     */
    static Optional<javafx.scene.control.Button> dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> text.equals(b.getText()) && b.isVisible() && b.getScene() != null
                        && b.getScene().getWindow() != null && b.getScene().getWindow().isShowing())
                .findFirst();
    }

    /** A partnership no claim was checked against: one that can be deleted. */
    static dev.evdash.data.Partnership uncited(Dataset d) {
        return d.partnerships().stream().filter(p -> d.claims().stream().noneMatch(c -> c.partnerships().contains(p.id())))
                .findFirst().orElseThrow();
    }
}
