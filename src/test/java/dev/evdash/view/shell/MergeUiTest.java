package dev.evdash.view.shell;

import static dev.evdash.view.shell.LiveReloadTest.dialogButton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Edits;
import dev.evdash.data.Partnership;
import dev.evdash.data.Point;
import dev.evdash.data.Series;
import dev.evdash.view.UiTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two people's edits: one in the window, one written to the file behind it. Merge takes both; a figure
 * both changed is picked in the panel; the saved file has both sides' edits, and undo takes the merge back.
 */
@ExtendWith(ApplicationExtension.class)
class MergeUiTest {

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

    /** {@code d} with the last figure of its first series set to {@code value}. */
    private static Dataset withLastFigure(Dataset d, double value) {
        Series first = d.series().get(0);
        List<Point> points = new ArrayList<>(first.points());
        Point p = points.get(points.size() - 1);
        points.set(points.size() - 1, new Point(p.period(), value, p.high(), p.qualifier(), p.status(),
                p.periodNote(), p.source(), p.excerpt(), p.note()));
        List<Series> series = new ArrayList<>(d.series());
        series.set(0, first.withPoints(points));
        return d.withSeries(series);
    }

    /**
     * A file as git's merge driver leaves it when both sides changed the last figure of the first series
     * from {@code base}: ours ({@code base + 1}) kept, the conflict recorded.
     */
    private Path conflictedFile(double base) throws java.io.IOException {
        Dataset merged = dev.evdash.data.merge.DatasetMerge.merge(BUNDLED, withLastFigure(BUNDLED, base + 1),
                withLastFigure(BUNDLED, base + 2)).merged();
        return Files.writeString(dir.resolve("after-git-merge.json"), CODEC.write(merged));
    }

    private static double lastFigure(Dataset d) {
        List<Point> points = d.series().get(0).points();
        return points.get(points.size() - 1).value();
    }

    private Partnership mine(Dataset d) {
        Partnership model = LiveReloadTest.uncited(d);
        return new Partnership("my-merge-test-deal", model.parties(), model.areas(), "2026-11", model.status(),
                "Logged in the window.", model.sources(), null);
    }

    @Test
    void mergeFromLiveReloadWithAConflictPickedInThePanel(FxRobot robot) throws Exception {
        double base = lastFigure(BUNDLED);
        Partnership gone = LiveReloadTest.uncited(BUNDLED);
        robot.interact(() -> context.editor().apply("my edits", d -> withLastFigure(
                Edits.putPartnership(d, null, mine(d)), base + 1)));
        Dataset ours = context.data().getDataset();
        Dataset theirs = withLastFigure(Edits.deletePartnership(BUNDLED, gone.id()), base + 2);
        Files.writeString(file, CODEC.write(theirs));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogButton(robot, "Merge").isPresent());
        robot.clickOn(dialogButton(robot, "Merge").orElseThrow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogButton(robot, "Save the merge").isPresent());
        UiTestSupport.assertNotBlank(UiTestSupport.render(robot, robot.lookup(".merge-conflict-panel").query(),
                "merge-conflict-panel"));
        assertThat(robot.lookup(".merge-conflict-what").queryLabeled().getText())
                .contains("Both sides changed the value of the figure").contains("differently").contains("/series/0/points/");
        robot.clickOn(robot.lookup(".merge-pick-theirs").queryAs(javafx.scene.control.RadioButton.class));
        robot.clickOn(dialogButton(robot, "Save the merge").orElseThrow());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !context.editor().isDirty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.shell().messageProperty().get()).startsWith("Merged with team-dataset.json");
        Dataset saved = new DatasetReader().read(file).dataset().orElseThrow();
        assertThat(saved.partnerships()).extracting(Partnership::id).contains("my-merge-test-deal")
                .doesNotContain(gone.id());
        assertThat(lastFigure(saved)).as("theirs, as picked").isEqualTo(base + 2);
        assertThat(saved.mergeConflicts()).isEmpty();
        assertThat(new DatasetReader().read(dir.resolve("team-dataset.json.1")).dataset()).as("theirs, kept")
                .contains(theirs);

        robot.interact(() -> context.editor().undo());
        assertThat(context.data().getDataset()).as("undo takes the merge back as one edit").isEqualTo(ours);
        robot.interact(() -> context.editor().redo());
        assertThat(context.editor().isDirty()).as("redo: the merge as saved").isFalse();
    }

    @Test
    void saveOverTheirChangeOffersMergeFirstAndAMergeOfDifferentRecordsIsClean(FxRobot robot) throws Exception {
        Partnership gone = LiveReloadTest.uncited(BUNDLED);
        robot.interact(() -> context.editor().apply("add my deal", d -> Edits.putPartnership(d, null, mine(d))));
        Dataset theirs = Edits.deletePartnership(BUNDLED, gone.id());
        Files.writeString(file, CODEC.write(theirs));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogButton(robot, "Keep editing").isPresent());
        robot.clickOn(dialogButton(robot, "Keep editing").orElseThrow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogButton(robot, "Keep editing").isEmpty());

        UiTestSupport.clickSidebar(robot, "Data");
        robot.clickOn("Save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogButton(robot, "Overwrite").isPresent());
        robot.clickOn(dialogButton(robot, "Merge").orElseThrow());
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !context.editor().isDirty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("still unsaved: " + context.shell().messageProperty().get() + " "
                    + context.data().problems(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.shell().messageProperty().get()).contains("deleted partnership " + gone.id())
                .contains("0 conflicts");
        Dataset saved = new DatasetReader().read(file).dataset().orElseThrow();
        assertThat(saved.partnerships()).extracting(Partnership::id).contains("my-merge-test-deal")
                .doesNotContain(gone.id());
    }

    @Test
    void aFileWithRecordedConflictsLoadsAndListsThem(FxRobot robot) throws Exception {
        double base = lastFigure(BUNDLED);
        Path conflicted = conflictedFile(base);
        robot.interact(() -> context.open(conflicted));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !context.data().problems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.data().getOrigin().path()).as("the file loads").contains(conflicted);
        assertThat(lastFigure(context.data().getDataset())).as("ours until resolved").isEqualTo(base + 1);
        assertThat(context.data().problemSummaryProperty().get()).contains("1 unresolved merge conflict");
        assertThat(context.data().problems().get(0).pointer()).startsWith("/series/0/points/");
        javafx.scene.Node pane = robot.lookup(".problems-pane").query();
        assertThat(pane.isVisible()).isTrue();
        UiTestSupport.render(robot, robot.lookup(".shell").query(), "merge-conflicts-listed");
    }

    @Test
    void aFileWithRecordedConflictsOpensTheResolvePanelAndSavingAChoiceRemovesTheConflict(FxRobot robot)
            throws Exception {
        double base = lastFigure(BUNDLED);
        Path conflicted = conflictedFile(base);
        assertThat(new DatasetReader().read(conflicted).dataset().orElseThrow().mergeConflicts()).hasSize(1);
        robot.interact(() -> context.open(conflicted));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !context.data().problems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button resolve = robot.lookup(".problems-pane .button")
                .match((javafx.scene.control.Button b) -> b.getText().startsWith("Resolve")).queryButton();
        assertThat(resolve.isVisible()).as("the problems bar offers to resolve them").isTrue();

        robot.clickOn(resolve);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogButton(robot, "Save the merge").isPresent());
        assertThat(robot.lookup(".merge-conflict-panel .header-panel .label").queryLabeled().getText())
                .contains("1 merge conflict is recorded in after-git-merge.json");
        assertThat(robot.lookup(".merge-conflict-what").queryLabeled().getText()).contains("/series/0/points/");
        UiTestSupport.render(robot, robot.lookup(".merge-conflict-panel").query(), "resolve-recorded-conflicts");
        robot.clickOn(robot.lookup(".merge-pick-theirs").queryAs(javafx.scene.control.RadioButton.class));
        robot.clickOn(dialogButton(robot, "Save the merge").orElseThrow());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !context.editor().isDirty());
        WaitForAsyncUtils.waitForFxEvents();
        Dataset saved = new DatasetReader().read(conflicted).dataset().orElseThrow();
        assertThat(saved.mergeConflicts()).as("the conflict is gone from the file").isEmpty();
        assertThat(lastFigure(saved)).as("theirs, as picked").isEqualTo(base + 2);
        assertThat(context.data().problems()).as("nothing left to list").isEmpty();
        assertThat(resolve.isVisible()).isFalse();
        assertThat(context.shell().messageProperty().get())
                .isEqualTo("Resolved 1 of 1 merge conflict and saved after-git-merge.json");
        assertThat(new DatasetReader().read(dir.resolve("after-git-merge.json.1")).dataset()).as("the file as it was,"
                + " kept").get().extracting(Dataset::mergeConflicts).asList().hasSize(1);
    }

    @Test
    void cancellingTheResolvePanelLeavesTheFileAsItWas(FxRobot robot) throws Exception {
        double base = lastFigure(BUNDLED);
        Path conflicted = conflictedFile(base);
        String before = Files.readString(conflicted);
        robot.interact(() -> context.open(conflicted));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !context.data().problems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".problems-pane .button")
                .match((javafx.scene.control.Button b) -> b.getText().startsWith("Resolve")).queryButton());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogButton(robot, "Cancel").isPresent());
        robot.clickOn(dialogButton(robot, "Cancel").orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(conflicted)).isEqualTo(before);
        assertThat(context.data().problems()).hasSize(1);
        assertThat(context.shell().messageProperty().get()).startsWith("Nothing resolved");
    }
}
