package dev.evdash.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.TestContexts;
import dev.evdash.model.Theme;
import dev.evdash.model.ViewId;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders every view at 1280×800 and 1024×640 in both themes to target/screenshots, for a person to look
 * at, and checks what a machine can: the image is not blank and no label of the view is cut to "…".
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {

    @TempDir
    static Path dir;

    private EvDashContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = TestContexts.onBundledData(dir);
        context.show(stage);
    }

    @Test
    void everyViewRendersAtBothSizesInBothThemesWithoutCutLabels(FxRobot robot) throws Exception {
        for (Theme theme : Theme.values()) {
            for (int[] size : new int[][] {{1280, 800}, {1024, 640}}) {
                for (ViewId view : ViewId.values()) {
                    robot.interact(() -> {
                        context.shell().setTheme(theme);
                        context.shell().setCurrentView(view);
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    String name = view.name().toLowerCase().replace('_', '-') + "-" + size[0] + "x" + size[1] + "-"
                            + theme.name().toLowerCase();
                    Node root = stage.getScene().getRoot();
                    BufferedImage png = UiTestSupport.render(robot, root, name);
                    assertThat(png.getWidth()).as(name).isEqualTo(size[0]);
                    assertThat(png.getHeight()).as(name + ": the view fits the window").isEqualTo(size[1]);
                    UiTestSupport.assertNotBlank(png);
                    assertThat(cutLabels(robot, root)).as(name).isEmpty();
                    assertThat(hiddenTabs(robot, root)).as(name + ": tabs pushed into the overflow menu").isEmpty();
                }
            }
        }
        robot.interact(() -> context.shell().setTheme(Theme.LIGHT));
    }

    /** Visible, and so are all its parents (a label in a tab that is not selected is not shown). */
    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Where labels must show their whole text. */
    static final List<String> WATCHED = List.of(".view-header .label", ".view-header .radio-button",
            ".view-header .check-box", ".kpi-tile .label", ".nav-button", ".source-line", ".claims-callout .label",
            ".ratio-callout .label", ".filters .label", ".claims-summary", ".graph-filters .label",
            ".graph-filters .radio-button", ".column-header .label");

    /** The tabs of a tab row too wide for its view: the row then offers a menu for those it cannot show. */
    private static java.util.List<String> hiddenTabs(FxRobot robot, Node root) {
        return robot.from(root).lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class).stream()
                .filter(ScreenshotsTest::shown)
                .filter(p -> p.lookupAll(".control-buttons-tab .tab-down-button").stream().anyMatch(ScreenshotsTest::shown))
                .map(p -> "tabs " + p.getTabs().stream().map(javafx.scene.control.Tab::getText).toList())
                .toList();
    }

    /** Labels of the view header and controls whose text the layout had to shorten, and empty choices. */
    private static java.util.List<String> cutLabels(FxRobot robot, Node root) {
        java.util.List<Labeled> watched = new java.util.ArrayList<>();
        for (String selector : WATCHED) {
            watched.addAll(robot.from(root).lookup(selector).queryAllAs(Labeled.class));
        }
        assertThat(watched).as("labels found to check").hasSizeGreaterThan(5);
        java.util.List<String> cut = watched.stream()
                .filter(ScreenshotsTest::shown)
                .filter(l -> l.getText() != null && !l.getText().isEmpty())
                .filter(l -> l.lookup(".text") instanceof Text t && !t.getText().equals(l.getText()))
                .map(l -> l.getStyleClass() + ": " + l.getText())
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        robot.from(root).lookup((Node n) -> n instanceof javafx.scene.control.ComboBox<?> && n.isVisible())
                .queryAllAs(javafx.scene.control.ComboBox.class).stream()
                .filter(c -> c.getValue() == null)
                .forEach(c -> cut.add("combo-box " + c.getId() + " shows no choice"));
        return cut;
    }
}
