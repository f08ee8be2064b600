package dev.evdash.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.DataOrigin;
import dev.evdash.data.LoadOutcome;
import dev.evdash.draw.CanvasPainter;
import dev.evdash.draw.Painted;
import dev.evdash.draw.RecordingPainter;
import dev.evdash.fx.Fonts;
import dev.evdash.model.DataModel;
import dev.evdash.model.Theme;
import dev.evdash.model.ViewId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's canvas and the vector backend get the same drawing calls from a chart: what a chart draws
 * on a canvas appears, call for call and in order, inside what the SVG export of its view draws, so the
 * PNG and the SVG cannot drift apart.
 */
@ExtendWith(ApplicationExtension.class)
class DrawingParityTest {

    @Start
    void start(Stage stage) {
        Fonts.load();
    }

    @ParameterizedTest
    @CsvSource({"DELIVERIES, .bar-chart-view", "CHINA_MARKET, .time-chart-view", "ALLIANCES, .graph-canvas"})
    void aChartGivesTheCanvasAndTheSvgTheSameCalls(ViewId view, String selector) throws Exception {
        ExportModels m = WaitForAsyncUtils.asyncFx(() -> ExportModels.of(new DataModel(new LoadOutcome(
                VectorExportTest.BUNDLED, DataOrigin.bundled(), List.of())), Runnable::run, Runnable::run))
                .get(60, TimeUnit.SECONDS);
        ViewExport export = ViewExports.of(view, m);
        ReportImage.Size size = new ReportImage.Size(1600, 900);
        List<List<String>> calls = WaitForAsyncUtils.asyncFx(() -> {
            VectorExportTest.useTheme(Theme.LIGHT);
            Region frame = ReportImage.layOut(ReportImage.frame(export, Theme.LIGHT, LocalDate.of(2026, 12, 5),
                    "bundled dataset"), size, 1);
            Node chart = frame.lookup(selector);
            // the canvas backend, as the window draws: a canvas of the chart's size
            Canvas canvas = new Canvas(chart.getLayoutBounds().getWidth(), chart.getLayoutBounds().getHeight());
            RecordingPainter onCanvas = new RecordingPainter(new CanvasPainter(canvas.getGraphicsContext2D()));
            ((Painted) chart).paint(onCanvas);
            // the vector backend, through the SVG export of the whole view
            RecordingPainter[] inSvg = new RecordingPainter[1];
            SvgExport.svg(frame, size.width(), size.height(), export.title(), "test", p -> {
                inSvg[0] = new RecordingPainter(p);
                return inSvg[0];
            });
            return List.of(onCanvas.calls(), inSvg[0].calls());
        }).get(60, TimeUnit.SECONDS);
        List<String> chartCalls = calls.get(0);
        List<String> svgCalls = calls.get(1);
        assertThat(chartCalls).as("the chart draws").hasSizeGreaterThan(50);
        assertThat(chartCalls).as("it draws text").anyMatch(c -> c.startsWith("fillText("));
        assertThat(Collections.indexOfSubList(svgCalls, chartCalls))
                .as("the chart's canvas calls, in order, within the SVG's").isNotNegative();
    }
}
