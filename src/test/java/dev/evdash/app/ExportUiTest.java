package dev.evdash.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.export.ReportImage;
import dev.evdash.export.ReportPack;
import dev.evdash.model.ViewId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.concurrent.Task;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Export from the window: clipboard, and a report pack in the background with progress and cancel. */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {

    @TempDir
    static Path dir;

    private EvDashContext context;
    private final MemorySettings settings = new MemorySettings();

    @Start
    void start(Stage stage) {
        settings.put("export.width", "1200");
        settings.put("export.height", "628");
        settings.put("export.scale", "2");
        context = EvDashContext.load(Optional.empty(), dir.resolve("none.json"), settings, u -> { });
        context.shell().setCurrentView(ViewId.DELIVERIES);
        context.show(stage);
    }

    @Test
    void copyImagePutsTheFramedViewOnTheClipboardAtTheChosenSizeAndScale(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Image image = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getImage()).get(10, TimeUnit.SECONDS);
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(2400);
        assertThat(image.getHeight()).isEqualTo(1256);
        assertThat(context.shell().messageProperty().get()).startsWith("Copied Deliveries as an image (2400 × 1256");
    }

    @Test
    void aReportPackRunsInTheBackgroundAndWritesEveryView(FxRobot robot) throws Exception {
        Path folder = dir.resolve("pack");
        Task<List<ReportPack.Entry>> task = WaitForAsyncUtils.asyncFx(() -> context.exports().exportPack(folder,
                new ExportDialog.Choice(new ReportImage.Size(800, 450), 1))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task.get()).extracting(ReportPack.Entry::view)
                .contains("overview", "china-share", "deliveries", "alliances", "claims", "sources");
        assertThat(folder.resolve("manifest.json")).isRegularFile();
        assertThat(context.shell().messageProperty().get()).startsWith("Report pack: ");
    }

    @Test
    void aCancelledReportPackWritesNothing(FxRobot robot) throws Exception {
        Path folder = dir.resolve("cancelled");
        Task<List<ReportPack.Entry>> task = WaitForAsyncUtils.asyncFx(() -> {
            Task<List<ReportPack.Entry>> t = context.exports().exportPack(folder,
                    new ExportDialog.Choice(new ReportImage.Size(800, 450), 1));
            t.cancel();
            return t;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task.isCancelled()).isTrue();
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files).isEmpty();
            }
        }
    }
}
