package dev.evdash.view.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.MemorySettings;
import dev.evdash.data.Claim;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Milestone;
import dev.evdash.data.Partnership;
import dev.evdash.model.ViewId;
import dev.evdash.model.edit.Form;
import dev.evdash.view.UiTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Editing in the window: a form that checks as you type, undo, save, and the data there after a restart. */
@ExtendWith(ApplicationExtension.class)
class DataViewTest {

    private Path userFile;
    private EvDashContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // relative, so that the screenshot of this window shows no machine's temporary folder
        userFile = Path.of("target", "data-view-test", Long.toHexString(System.nanoTime()), "evdash", "dataset.json");
        context = EvDashContext.load(Optional.empty(), userFile, new MemorySettings(), u -> { });
        context.show(stage);
    }

    @SuppressWarnings("unchecked")
    private static void check(FxRobot robot, String field, String... values) {
        CheckComboBox<Form.Choice> box = robot.lookup("#field-" + field).queryAs(CheckComboBox.class);
        robot.interact(() -> {
            for (String v : values) {
                box.getCheckModel().check(box.getItems().stream().filter(c -> c.value().equals(v)).findFirst()
                        .orElseThrow(() -> new AssertionError("no choice " + v + " in " + field)));
            }
        });
    }

    /** Clicks a sidebar button: "Watchlist" is also a tab of the Data view. */
    private void nav(FxRobot robot, String view) {
        UiTestSupport.clickSidebar(robot, view);
        assertThat(context.shell().getCurrentView().title()).as("the view after clicking " + view).isEqualTo(view);
    }

    private static String error(FxRobot robot, String field) {
        Label l = robot.lookup("#error-" + field).queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    @Test
    void aPartnershipAddedInTheWindowIsSavedAndThereAfterARestart(FxRobot robot) throws Exception {
        nav(robot, "Data");
        robot.clickOn("Add partnership");
        robot.clickOn("#field-id").write("byd-momenta-test-deal");
        check(robot, "parties", "byd");
        assertThat(error(robot, "parties")).isEqualTo("a partnership needs at least two parties");
        assertThat(robot.lookup("Apply").queryButton().isDisabled()).isTrue();
        check(robot, "parties", "momenta");
        assertThat(error(robot, "parties")).isEmpty();
        check(robot, "areas", "adas");
        robot.clickOn("#field-announced").write("2026-13");
        assertThat(error(robot, "announced")).startsWith("a year, month or day");
        robot.doubleClickOn("#field-announced").eraseText(7).write("2026-11");
        assertThat(error(robot, "announced")).isEmpty();
        robot.clickOn("#field-summary").write("A partnership entered in a test.");
        String source = context.data().getDataset().sources().get(0).id();
        check(robot, "sources", source);
        assertThat(robot.lookup("Apply").queryButton().isDisabled()).isFalse();
        UiTestSupport.render(robot, stage.getScene().getRoot(), "data-form-partnership");
        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.data().getDataset().partnerships()).extracting(Partnership::id).contains("byd-momenta-test-deal");
        assertThat(stage.getTitle()).isEqualTo("*Bundled dataset – EVDash");
        TableView<?> table = robot.lookup("#partnershipTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(context.data().getDataset().partnerships().size());

        // undo and redo from the keyboard
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.data().getDataset().partnerships()).extracting(Partnership::id).doesNotContain("byd-momenta-test-deal");
        assertThat(stage.getTitle()).isEqualTo("Bundled dataset – EVDash");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.data().getDataset().partnerships()).extracting(Partnership::id).contains("byd-momenta-test-deal");

        robot.clickOn("Save");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !context.editor().isDirty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(userFile).exists();
        assertThat(stage.getTitle()).isEqualTo("dataset.json – EVDash");
        assertThat(context.shell().messageProperty().get()).startsWith("Saved dataset.json");

        // the next start reads the user's file: the partnership is there, in the window too
        EvDashContext next = EvDashContext.load(Optional.empty(), userFile, new MemorySettings(), u -> { });
        Dataset reloaded = next.data().getDataset();
        assertThat(reloaded.partnerships()).filteredOn(p -> p.id().equals("byd-momenta-test-deal")).singleElement()
                .satisfies(p -> {
                    assertThat(p.parties()).containsExactly("byd", "momenta");
                    assertThat(p.announced()).isEqualTo("2026-11");
                    assertThat(p.sources()).containsExactly(source);
                });
        Dataset bundled = new DatasetReader().readBundled().dataset().orElseThrow();
        assertThat(reloaded.partnerships()).hasSize(bundled.partnerships().size() + 1);
        robot.interact(() -> {
            Stage second = new Stage();
            next.shell().setCurrentView(ViewId.DATA);
            next.show(second);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#partnershipTable").queryAllAs(TableView.class))
                .anySatisfy(t -> assertThat(t.getItems()).anyMatch(i -> i instanceof Partnership p
                        && p.id().equals("byd-momenta-test-deal")));
        robot.interact(() -> Stage.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(w -> ((Stage) w).close()));
    }

    /** The shown dialog's button labelled {@code text}, once it is on screen. */
    private static Optional<javafx.scene.control.Button> dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> text.equals(b.getText()) && b.isVisible() && b.getScene() != null
                        && b.getScene().getWindow().isShowing())
                .findFirst();
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        EvDashContext other = EvDashContext.load(Optional.empty(), userFile.resolveSibling("other.json"),
                new MemorySettings(), u -> { });
        Stage[] second = new Stage[1];
        robot.interact(() -> {
            second[0] = new Stage();
            other.show(second[0]);
            var deal = uncited(other.data().getDataset());
            other.editor().apply("delete partnership " + deal.id(), d -> dev.evdash.data.Edits.deletePartnership(d,
                    deal.id()));
        });
        assertThat(second[0].getTitle()).startsWith("*");
        javafx.event.Event close = new javafx.stage.WindowEvent(second[0], javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST);
        javafx.application.Platform.runLater(() -> second[0].fireEvent(close)); // the question waits for an answer
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogButton(robot, "Cancel").isPresent());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Save your changes to other.json before closing?");
        robot.clickOn(dialogButton(robot, "Cancel").orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(second[0].isShowing()).as("cancel keeps the window").isTrue();

        javafx.application.Platform.runLater(() -> second[0].fireEvent(
                new javafx.stage.WindowEvent(second[0], javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogButton(robot, "Don't save").isPresent());
        robot.clickOn(dialogButton(robot, "Don't save").orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !second[0].isShowing());
        assertThat(userFile.resolveSibling("other.json")).doesNotExist();
    }

    @Test
    void aFigureWithoutASourceOrWithANegativeCountIsRefusedBesideTheField(FxRobot robot) {
        nav(robot, "Data");
        tab(robot, "Figures"); // a claim's topic in the Claims tab reads "Figures" too
        @SuppressWarnings("unchecked")
        TableView<dev.evdash.data.Series> series = robot.lookup("#seriesTable").queryAs(TableView.class);
        robot.interact(() -> series.getSelectionModel().select(series.getItems().stream()
                .filter(s -> s.id().equals("deliveries-bmw-bev")).findFirst().orElseThrow()));
        robot.clickOn("Add figure");
        robot.clickOn("#field-period").write("2026-Q1");
        robot.clickOn("#field-value").write("-5");
        assertThat(error(robot, "value")).isEqualTo("a count of vehicles cannot be negative");
        assertThat(error(robot, "source")).isEqualTo("every figure names its source");
        assertThat(robot.lookup("#field-value").query().getPseudoClassStates())
                .anyMatch(p -> p.getPseudoClassName().equals("invalid"));
        assertThat(robot.lookup("Apply").queryButton().isDisabled()).isTrue();
        robot.clickOn("Cancel");
        assertThat(context.editor().isDirty()).isFalse();
        assertThat(robot.lookup("#field-value").tryQuery()).isEmpty();
    }

    /** The text of the tile's label of {@code styleClass}, empty where the tile has none. */
    private static String tileText(FxRobot robot, String metricName, String styleClass) {
        javafx.scene.Node tile = robot.lookup(".watch-tile").queryAll().stream()
                .filter(t -> t.lookupAll(".kpi-title").stream().anyMatch(l -> ((Label) l).getText().equals(metricName)))
                .findFirst().orElseThrow(() -> new AssertionError("no tile for " + metricName));
        return tile.lookupAll("." + styleClass).stream().map(l -> ((Label) l).getText()).findFirst().orElse("");
    }

    @Test
    void theWatchlistShowsTheArticlesMetricsThroughTheirProxiesAndAValueOfItsOwnReplacesTheProxy(FxRobot robot)
            throws Exception {
        nav(robot, "Watchlist");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> titles = robot.lookup(".watch-tile .kpi-title").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(titles.subList(0, 3))
                .containsExactly("Neue Klasse sales penetration", "OTA update frequency", "AI feature adoption rate");
        // real values, each as its source words it, and none of the tiles with values says "no data yet"
        assertThat(tileText(robot, "Neue Klasse sales penetration", "watch-value")).isEqualTo("more than 50,000 orders");
        assertThat(tileText(robot, "Neue Klasse sales penetration", "watch-via"))
                .isEqualTo("Via proxy: BMW iX3 orders reported");
        assertThat(tileText(robot, "BMW cars able to receive Remote Software Upgrades", "watch-value"))
                .isEqualTo("more than 9,000,000 vehicles");
        assertThat(robot.lookup(".watch-tile .watch-value").queryAllAs(Label.class)).hasSizeGreaterThan(10)
                .extracting(Label::getText).doesNotContain("no data yet");

        robot.clickOn("OTA update frequency");
        robot.clickOn("Add a value…");
        assertThat(context.shell().getCurrentView()).isEqualTo(ViewId.DATA);
        robot.clickOn("#field-period").write("2025");
        robot.clickOn("#field-value").write("4");
        ComboBox<?> sourceBox = robot.lookup("#field-source").queryAs(ComboBox.class);
        robot.interact(() -> sourceBox.getSelectionModel().select(0));
        assertThat(context.dataView().formProperty().get().errors()).isEmpty();
        assertThat(context.dataView().formProperty().get().title()).isEqualTo("New figure for OTA update frequency");
        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.dataView().formProblemProperty().get()).isEmpty();
        assertThat(context.data().getDataset().watchlist().get(1).points()).hasSize(1);
        nav(robot, "Watchlist");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tileText(robot, "OTA update frequency", "watch-value")).isEqualTo("4 updates per year");
        assertThat(tileText(robot, "OTA update frequency", "watch-via")).isEmpty();
        UiTestSupport.assertNotBlank(UiTestSupport.render(robot, stage.getScene().getRoot(), "watchlist-with-a-value"));
    }

    /** Clicks the Data view's tab labelled {@code text} ("Claims" is also a sidebar button). */
    private static void tab(FxRobot robot, String text) {
        javafx.scene.control.ComboBox<?> chooser = robot.lookup(".data-table-chooser")
                .queryAs(javafx.scene.control.ComboBox.class);
        if (chooser.isVisible()) { // the tab row has no room: the tables are chosen from the list
            robot.clickOn(chooser);
            robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> text.equals(c.getText()))
                    .queryAs(javafx.scene.control.ListCell.class));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                    .getSelectedItem().getText()).isEqualTo(text);
            return;
        }
        Label label = robot.lookup(".tab-pane .tab .tab-label").queryAllAs(Label.class).stream()
                .filter(l -> text.equals(l.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + text));
        robot.clickOn(label);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getText()).isEqualTo(text);
    }

    /** Chooses the option of the form's choice field whose stored value is {@code value}, through its list. */
    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String field, String value) {
        ComboBox<Form.Choice> box = robot.lookup("#field-" + field).queryAs(ComboBox.class);
        Form.Choice c = box.getItems().stream().filter(x -> x.value().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + value + " in " + field));
        robot.interact(() -> box.getSelectionModel().select(c));
        assertThat(box.getValue()).isEqualTo(c);
    }

    @Test
    void aClaimsVerdictChangedInItsFormIsInTheDataAndInTheTable(FxRobot robot) throws Exception {
        nav(robot, "Data");
        tab(robot, "Claims");
        @SuppressWarnings("unchecked")
        TableView<Claim> claims = robot.lookup("#claimTable").queryAs(TableView.class);
        assertThat(claims.getItems()).hasSameSizeAs(context.data().getDataset().claims());
        Claim gwm = claims.getItems().stream().filter(c -> c.id().equals("article-momenta-mpilot-great-wall"))
                .findFirst().orElseThrow();
        assertThat(gwm.verdict()).isEqualTo(Claim.Verdict.UNCONFIRMED);
        assertThat(robot.lookup("#editClaim").queryButton().isDisabled()).as("nothing chosen yet").isTrue();
        robot.interact(() -> {
            claims.getSelectionModel().select(gwm);
            claims.scrollTo(gwm);
        });
        robot.clickOn("#editClaim");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.dataView().formProperty().get().title()).isEqualTo("Change claim " + gwm.id());
        assertThat(context.dataView().formProperty().get().errors()).isEmpty();

        choose(robot, "verdict", "");
        assertThat(error(robot, "verdict")).isEqualTo("a verdict is required (only figure claims have theirs computed)");
        assertThat(robot.lookup("Apply").queryButton().isDisabled()).isTrue();
        choose(robot, "verdict", "partly_holds");
        assertThat(error(robot, "verdict")).isEmpty();
        UiTestSupport.render(robot, stage.getScene().getRoot(), "data-form-claim");
        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.dataView().formProblemProperty().get()).isEmpty();
        assertThat(context.dataView().formProperty().get()).as("the form closes").isNull();
        Dataset now = context.data().getDataset();
        assertThat(now.claims()).filteredOn(c -> c.id().equals(gwm.id())).singleElement()
                .satisfies(c -> {
                    assertThat(c.verdict()).isEqualTo(Claim.Verdict.PARTLY_HOLDS);
                    assertThat(c.partnerships()).isEqualTo(gwm.partnerships());
                    assertThat(c.reasoning()).isEqualTo(gwm.reasoning());
                });
        assertThat(now.claims()).hasSameSizeAs(claims.getItems());
        assertThat(claims.getItems()).filteredOn(c -> c.id().equals(gwm.id())).singleElement()
                .extracting(Claim::verdict).isEqualTo(Claim.Verdict.PARTLY_HOLDS);
        assertThat(context.editor().isDirty()).isTrue();
        assertThat(context.editor().undoTextProperty().get()).isEqualTo("Undo change claim " + gwm.id());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.data().getDataset().claims()).filteredOn(c -> c.id().equals(gwm.id())).singleElement()
                .extracting(Claim::verdict).isEqualTo(Claim.Verdict.UNCONFIRMED);
        assertThat(context.editor().isDirty()).isFalse();
    }

    @Test
    void aMilestoneAddedInTheWindowIsInTheDataAndInTheTableNewestFirst(FxRobot robot) throws Exception {
        nav(robot, "Data");
        tab(robot, "Milestones");
        @SuppressWarnings("unchecked")
        TableView<Milestone> table = robot.lookup("#milestoneTable").queryAs(TableView.class);
        int before = table.getItems().size();
        assertThat(before).isEqualTo(context.data().getDataset().milestones().size()).isPositive();
        robot.clickOn("Add milestone");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#field-id").write("bmw-test-milestone");
        choose(robot, "company", "bmw");
        robot.clickOn("#field-date").write("2030-13");
        assertThat(error(robot, "date")).startsWith("a day, month, quarter, half or year");
        robot.doubleClickOn("#field-date").eraseText(7).write("2030-H1");
        assertThat(error(robot, "date")).isEmpty();
        robot.clickOn("#field-title").write("A milestone entered in a test");
        assertThat(error(robot, "sources")).isEqualTo("every milestone names at least one source");
        assertThat(robot.lookup("Apply").queryButton().isDisabled()).isTrue();
        String source = context.data().getDataset().sources().get(0).id();
        check(robot, "sources", source);
        choose(robot, "metric", "bmw-nk-milestones");
        assertThat(context.dataView().formProperty().get().errors()).isEmpty();
        UiTestSupport.render(robot, stage.getScene().getRoot(), "data-form-milestone");
        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.dataView().formProblemProperty().get()).isEmpty();
        assertThat(context.data().getDataset().milestones()).filteredOn(m -> m.id().equals("bmw-test-milestone"))
                .singleElement().satisfies(m -> {
                    assertThat(m.date().toString()).isEqualTo("2030-H1");
                    assertThat(m.planned()).isTrue();
                    assertThat(m.sources()).containsExactly(source);
                    assertThat(m.metric()).isEqualTo("bmw-nk-milestones");
                });
        assertThat(table.getItems()).hasSize(before + 1);
        assertThat(table.getItems().get(0).id()).as("the latest date first").isEqualTo("bmw-test-milestone");
        assertThat(robot.from(table).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .as("the table shows it").anySatisfy(c -> {
                    assertThat(c.getText()).isEqualTo("A milestone entered in a test");
                    assertThat(c.isVisible()).isTrue();
                });
    }

    /** A partnership no claim was checked against: one that can be deleted. */
    static dev.evdash.data.Partnership uncited(Dataset d) {
        return d.partnerships().stream().filter(p -> d.claims().stream().noneMatch(c -> c.partnerships().contains(p.id())))
                .findFirst().orElseThrow();
    }

    @Test
    void withAFormOpenAt1024By640NoTabTitleIsCutAndEveryTableCanBeChosen(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        nav(robot, "Data");
        javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        javafx.scene.control.ComboBox<?> chooser = robot.lookup(".data-table-chooser")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn("Add partnership");
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.render(robot, stage.getScene().getRoot(), "data-form-1024x640");
        // either every tab title shows in full inside the tab row, or the row is hidden and the list offers them
        List<Label> labels = robot.lookup(".tab-pane .tab .tab-label").queryAllAs(Label.class).stream().toList();
        javafx.scene.Node header = tabs.lookup(".tab-header-area");
        if (header.isVisible() && header.getLayoutBounds().getHeight() > 0) {
            javafx.geometry.Bounds area = header.localToScreen(header.getLayoutBounds());
            for (Label l : labels) {
                javafx.geometry.Bounds b = l.localToScreen(l.getLayoutBounds());
                assertThat(b.getMaxX()).as("tab '%s' inside the row", l.getText()).isLessThanOrEqualTo(area.getMaxX());
                javafx.scene.text.Text shown = (javafx.scene.text.Text) l.lookup(".text");
                assertThat(shown.getText()).as("tab title in full").isEqualTo(l.getText());
            }
            assertThat(tabs.lookup(".control-buttons-tab").isVisible()).as("no overflow menu").isFalse();
        } else {
            assertThat(chooser.isVisible()).as("the tables are chosen from a list").isTrue();
            assertThat(chooser.getItems()).hasSize(tabs.getTabs().size());
        }
        // every table can be reached with the form open
        for (javafx.scene.control.Tab t : List.copyOf(tabs.getTabs())) {
            tab(robot, t.getText());
        }
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
