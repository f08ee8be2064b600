package dev.evdash.view.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.MemorySettings;
import dev.evdash.model.Theme;
import dev.evdash.model.ViewId;
import dev.evdash.view.UiTestSupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.io.IOException;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ShellViewTest {

    @TempDir
    static Path dir;

    private final MemorySettings settings = new MemorySettings();
    private final List<String> opened = new ArrayList<>();
    private EvDashContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = EvDashContext.load(Optional.empty(), dir.resolve("no-user-file.json"), settings, opened::add);
        context.show(stage);
    }

    @Test
    void windowOpensOnTheBundledData(FxRobot robot) throws Exception {
        assertThat(stage.getTitle()).isEqualTo("Bundled dataset – EVDash");
        assertThat(stage.getIcons()).as("window icon").singleElement()
                .satisfies(icon -> assertThat(icon.getWidth()).as("the size a window icon is shown at")
                        .isEqualTo(System.getProperty("os.name").startsWith("Windows") ? 32 : 128));
        StatusBar status = robot.lookup(".status-bar").queryAs(StatusBar.class);
        assertThat(status.getText()).isEqualTo("Data: bundled dataset");
        assertThat(robot.lookup(".overview-view").tryQuery()).isPresent();
        assertThat(context.shell().getCurrentView()).isEqualTo(ViewId.OVERVIEW);
        assertThat(robot.lookup(".problems-pane").tryQuery()).as("no problems, no problems pane").isEmpty();
        UiTestSupport.assertNotBlank(UiTestSupport.render(robot, stage.getScene().getRoot(), "main-window"));
    }

    @Test
    void sidebarAndShortcutsSwitchViews(FxRobot robot) {
        robot.clickOn("Sources");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.shell().getCurrentView()).isEqualTo(ViewId.SOURCES);
        assertThat(visible(robot, ".sources-view")).isTrue();
        assertThat(visible(robot, ".china-share-view")).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.shell().getCurrentView()).isEqualTo(ViewId.CHINA_SHARE);
        assertThat(visible(robot, ".china-share-view")).isTrue();
        assertThat(visible(robot, ".sources-view")).isFalse();

        robot.clickOn("Deliveries");
        assertThat(visible(robot, ".deliveries-view")).isTrue();
        robot.clickOn("Claims");
        assertThat(visible(robot, ".claims-view")).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, ".overview-view")).isTrue();
        robot.clickOn("China share");

        robot.clickOn("China share"); // clicking the current view keeps it
        assertThat(context.shell().getCurrentView()).isEqualTo(ViewId.CHINA_SHARE);
    }

    private static boolean visible(FxRobot robot, String selector) {
        return robot.lookup(selector).tryQuery().map(Node::getScene).isPresent()
                && robot.lookup(selector).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void themeSwitchTurnsTheWindowDark(FxRobot robot) throws Exception {
        robot.clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.shell().getTheme()).isEqualTo(Theme.DARK);
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("dark");
        java.awt.image.BufferedImage dark = UiTestSupport.render(robot, stage.getScene().getRoot(), "main-window-dark");
        UiTestSupport.assertNotBlank(dark);
        // The content background is dark: a pixel of the view's background, right of the title.
        java.awt.Color background = new java.awt.Color(dark.getRGB(dark.getWidth() - 300, 60));
        assertThat(background.getRed() + background.getGreen() + background.getBlue()).isLessThan(3 * 80);
        robot.clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.shell().getTheme()).isEqualTo(Theme.LIGHT);
        assertThat(stage.getScene().getRoot().getStyleClass()).doesNotContain("dark");
    }

    @Test
    void windowSizeThemeAndViewAreRememberedForTheNextRun(FxRobot robot) {
        robot.clickOn("Sources");
        robot.clickOn("Dark theme");
        robot.interact(() -> {
            stage.setWidth(1100);
            stage.setHeight(700);
            Window.getWindows().get(0).fireEvent(new javafx.stage.WindowEvent(stage,
                    javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        assertThat(settings.get("view")).contains("SOURCES");
        assertThat(settings.get("theme")).contains("DARK");
        assertThat(settings.getDouble("width")).contains(1100.0);
        assertThat(settings.flushes()).isPositive();

        EvDashContext next = EvDashContext.load(Optional.empty(), dir.resolve("no-user-file.json"), settings, url -> { });
        assertThat(next.shell().getCurrentView()).isEqualTo(ViewId.SOURCES);
        assertThat(next.shell().getTheme()).isEqualTo(Theme.DARK);
        robot.interact(() -> {
            Stage second = new Stage();
            next.show(second);
            assertThat(second.getWidth()).isEqualTo(1100.0);
            assertThat(second.getHeight()).isEqualTo(700.0);
            second.close();
        });
        robot.interact(() -> context.shell().setTheme(Theme.LIGHT));
    }
}
