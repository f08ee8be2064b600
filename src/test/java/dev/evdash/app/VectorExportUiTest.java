package dev.evdash.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.export.ExportFormat;
import dev.evdash.export.ReportImage;
import dev.evdash.export.ReportPdf;
import dev.evdash.model.AlliancesModel;
import dev.evdash.model.ViewId;
import dev.evdash.view.ViewCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** SVG, PDF and the report PDF from the window: what the files hold, what the status bar says, cancel. */
@ExtendWith(ApplicationExtension.class)
class VectorExportUiTest {

    @TempDir
    static Path dir;

    private EvDashContext context;
    private final MemorySettings settings = new MemorySettings();

    @Start
    void start(Stage stage) {
        context = EvDashContext.load(Optional.empty(), dir.resolve("none.json"), settings, u -> { });
        context.shell().setCurrentView(ViewId.DELIVERIES);
        context.show(stage);
    }

    private static ExportDialog.Choice choice(List<ViewId> views) {
        return new ExportDialog.Choice(new ReportImage.Size(1200, 628), 1, Set.of(ExportFormat.PNG), views, "A. Analyst");
    }

    private static <T> T finished(Task<T> task) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        return task.get();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theViewToolbarOffersSvgPdfAndTheReport(FxRobot robot) {
        List<String> tips = new java.util.ArrayList<>();
        for (Button b : robot.lookup(".view-toolbar .toolbar-button").queryAllAs(Button.class)) {
            robot.moveTo(b); // a button's tooltip is made as the pointer enters it
            assertThat(b.getTooltip()).as("the tooltip of the button under the pointer").isNotNull();
            tips.add(b.getTooltip().getText());
        }
        assertThat(tips).anyMatch(t -> t.startsWith("Export this view as SVG"))
                .anyMatch(t -> t.startsWith("Export this view as a one-page PDF"))
                .anyMatch(t -> t.startsWith("Export a report PDF"));
    }

    @Test
    void theCurrentViewSavesAsAnSvgWithItsTextAsText(FxRobot robot) throws Exception {
        Path file = dir.resolve("deliveries.svg");
        Task<Path> task = WaitForAsyncUtils.asyncFx(() -> context.exports().exportDocument(file, ExportFormat.SVG,
                choice(List.of()))).get(10, TimeUnit.SECONDS);
        assertThat(finished(task)).isEqualTo(file);
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<?xml").contains("<svg").contains("viewBox=\"0 0 1200 628\"")
                .contains(">Electric car deliveries by automaker</title>").contains("@font-face");
        assertThat(context.shell().messageProperty().get()).isEqualTo(
                "Saved deliveries.svg (Electric car deliveries by automaker, SVG, 1200 × 628)");
    }

    @Test
    void theNetworkSavesAsAPdfAsFilteredInTheWindow(FxRobot robot) throws Exception {
        AlliancesModel alliances = context.models().of(ViewCatalog.ALLIANCES);
        robot.interact(() -> {
            context.shell().setCurrentView(ViewId.ALLIANCES);
            alliances.selectedProperty().set("bmw");
            alliances.egoHopsProperty().set(1);
        });
        Path file = dir.resolve("alliances.pdf");
        Task<Path> task = WaitForAsyncUtils.asyncFx(() -> context.exports().exportDocument(file, ExportFormat.PDF,
                choice(List.of()))).get(10, TimeUnit.SECONDS);
        finished(task);
        assertThat(text(file)).startsWith("Automaker–technology alliances").contains("partners of BMW Group");
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("A. Analyst");
        }
    }

    @Test
    void theReportPdfHoldsTheChosenViewsInSidebarOrderWithCoverAndSources(FxRobot robot) throws Exception {
        Path file = dir.resolve("report.pdf");
        List<ViewId> views = List.of(ViewId.OVERVIEW, ViewId.DELIVERIES, ViewId.SOURCES);
        Task<ReportPdf.Written> task = WaitForAsyncUtils.asyncFx(() -> context.exports().exportReport(file,
                choice(views))).get(10, TimeUnit.SECONDS);
        ReportPdf.Written written = finished(task);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(written.pages()).isGreaterThanOrEqualTo(views.size() + 2);
            PDFTextStripper page = new PDFTextStripper();
            page.setStartPage(3);
            page.setEndPage(3);
            assertThat(page.getText(doc)).startsWith("Electric car deliveries by automaker");
        }
        assertThat(context.shell().messageProperty().get()).startsWith("Report PDF: report.pdf, " + written.pages()
                + " pages, " + written.sources() + " sources");
    }

    @Test
    void aCancelledReportWritesNothing(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cancelled"));
        Path file = folder.resolve("report.pdf");
        Task<ReportPdf.Written> task = WaitForAsyncUtils.asyncFx(() -> {
            Task<ReportPdf.Written> t = context.exports().exportReport(file, choice(List.of(ViewId.OVERVIEW)));
            t.cancel();
            return t;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task.isCancelled()).isTrue();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        assertThat(context.shell().messageProperty().get()).isEqualTo("Report PDF cancelled; nothing was written");
    }

    @Test
    void theReportDialogOffersEveryViewAndWillNotWriteAReportOfNone(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        List<CheckBox> boxes = robot.from(pane).lookup(".check-box").queryAllAs(CheckBox.class).stream().toList();
        assertThat(boxes).extracting(CheckBox::getText).containsExactlyElementsOf(
                dev.evdash.export.ViewExports.exportable().stream().map(ViewId::title).toList());
        assertThat(boxes).allMatch(CheckBox::isSelected);
        robot.interact(() -> {
            try {
                dev.evdash.export.PngWriter.write(pane.getScene().snapshot(null),
                        dev.evdash.view.UiTestSupport.SCREENSHOTS.resolve("report-dialog.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Node ok = pane.lookupButton(ButtonType.OK);
        robot.interact(() -> boxes.forEach(b -> b.setSelected(false)));
        assertThat(ok.isDisabled()).isTrue();
        robot.interact(() -> boxes.get(0).setSelected(true));
        assertThat(ok.isDisabled()).isFalse();
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());
        assertThat(settings.get("report.unchosen")).isEmpty();
    }
}
