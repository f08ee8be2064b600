package dev.evdash.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.DataOrigin;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.LoadOutcome;
import dev.evdash.fx.Fonts;
import dev.evdash.model.DataModel;
import dev.evdash.model.Theme;
import dev.evdash.model.ViewId;
import dev.evdash.view.chart.PanelGrid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every view's report image at 1200×628, 1600×900 and 1920×1080, light and dark: no text drawn under 9 px at
 * 1×, nothing of the content outside the page, and the China market's four charts on the page only where
 * each keeps a readable plot. The images are written to {@code target/screenshots/report-sizes} to be
 * looked at.
 */
@ExtendWith(ApplicationExtension.class)
class ReportSizesTest {

    static final LocalDate DATE = LocalDate.of(2026, 12, 6);
    static final Dataset BUNDLED = new DatasetReader().readBundled().dataset().orElseThrow();
    /** The smallest text a report may draw, in layout pixels at 1×. */
    static final double MIN_TEXT = 9;

    @Start
    void start(Stage stage) {
        Fonts.load();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(120, TimeUnit.SECONDS);
    }

    /** The size a node's text or canvas text is drawn at on the page: its font size times its scale. */
    static List<String> tooSmall(Region frame) {
        List<String> out = new ArrayList<>();
        walk(frame, n -> {
            double scale = n.getLocalToSceneTransform().getMxx();
            if (n instanceof Text t && !t.getText().isBlank()) {
                double px = t.getFont().getSize() * scale;
                if (px < MIN_TEXT - 1e-6) {
                    out.add(String.format("'%s' at %.1f px", t.getText(), px));
                }
            } else if (n instanceof dev.evdash.view.chart.TimeChartView c) {
                // its smallest canvas text is the 11.5 px legend, ticks and labels
                if (11.5 * scale < MIN_TEXT) {
                    out.add(String.format("a time chart's text at %.1f px", 11.5 * scale));
                }
            } else if (n instanceof dev.evdash.view.chart.BarChartView || n instanceof dev.evdash.graph.GraphCanvas) {
                if (13 * scale < MIN_TEXT) {
                    out.add(String.format("a canvas' text at %.1f px", 13 * scale));
                }
            }
        });
        return out;
    }

    private static void walk(Node n, java.util.function.Consumer<Node> visit) {
        if (!n.isVisible()) {
            return;
        }
        visit.accept(n);
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, visit));
        }
    }

    @Test
    void everyViewReadsAtEverySizeInBothThemes() throws Exception {
        ExportModels m = fx(() -> ExportModels.of(new DataModel(new LoadOutcome(BUNDLED, DataOrigin.bundled(),
                List.of())), Runnable::run, Runnable::run));
        Path out = Path.of("target", "screenshots", "report-sizes");
        Files.createDirectories(out);
        List<String> problems = new ArrayList<>();
        for (ViewId view : ViewExports.exportable()) {
            ViewExport export = ViewExports.of(view, m);
            for (ReportImage.Size size : ReportImage.Size.PRESETS) {
                for (Theme theme : Theme.values()) {
                    String name = view.name().toLowerCase(java.util.Locale.ROOT) + "-" + size.width() + "x"
                            + size.height() + "-" + theme.name().toLowerCase(java.util.Locale.ROOT);
                    List<String> found = fx(() -> {
                        javafx.application.Application.setUserAgentStylesheet(theme == Theme.DARK
                                ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
                        Region frame = ReportImage.layOut(ReportImage.frame(export, theme, DATE, "bundled dataset"),
                                size, 1);
                        List<String> p = new ArrayList<>(tooSmall(frame));
                        Node fit = frame.lookup(".export-fit");
                        Bounds b = fit.localToScene(fit.getLayoutBounds());
                        if (b.getMaxY() > size.height() + 0.5 || b.getMaxX() > size.width() + 0.5) {
                            p.add("content runs off the page: " + b);
                        }
                        if (view == ViewId.CHINA_MARKET) {
                            PanelGrid grid = (PanelGrid) frame.lookup(".panel-grid");
                            int expected = size.height() < 700 ? 2 : 4;
                            if (grid.shownPanels() != expected) {
                                p.add(grid.shownPanels() + " panels, not " + expected);
                            }
                        }
                        WritableImage img = ReportImage.snapshot(frame, size, 1);
                        PngWriter.write(img, out.resolve(name + ".png"));
                        return p;
                    });
                    found.forEach(f -> problems.add(name + ": " + f));
                }
            }
        }
        fx(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            return null;
        });
        assertThat(problems).isEmpty();
    }
}
