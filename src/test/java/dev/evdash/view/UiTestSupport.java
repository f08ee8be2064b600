package dev.evdash.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.export.PngWriter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers for the headless UI tests. */
public final class UiTestSupport {

    /** Where tests leave the PNGs they render, for a person to look at. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private UiTestSupport() {}

    /** Renders {@code node} as it is on screen, writes it under target/screenshots and returns it. */
    public static BufferedImage render(FxRobot robot, Node node, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(new SnapshotParameters(), null));
        WaitForAsyncUtils.waitForFxEvents();
        PngWriter.write(image[0], SCREENSHOTS.resolve(name + ".png"));
        return PngWriter.toBufferedImage(image[0]);
    }

    /** The image shows something: many colours, not a blank or one-colour area. */
    /** Clicks the sidebar button of {@code view} (a view's title may also be a tab's or a column's text). */
    public static void clickSidebar(FxRobot robot, String view) {
        robot.clickOn(robot.lookup(".nav-button").lookup((javafx.scene.control.Labeled l) -> l.getText().equals(view))
                .queryAs(javafx.scene.control.Labeled.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void assertNotBlank(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertThat(colours).as("distinct colours in the rendered view").hasSizeGreaterThan(20);
    }
}
