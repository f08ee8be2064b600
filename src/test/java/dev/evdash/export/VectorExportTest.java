package dev.evdash.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.DataOrigin;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.LoadOutcome;
import dev.evdash.data.Source;
import dev.evdash.fx.Fonts;
import dev.evdash.model.DataModel;
import dev.evdash.model.Theme;
import dev.evdash.model.ViewId;
import dev.evdash.view.UiTestSupport;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Every view as SVG and PDF: well-formed, of the asked size, its text as text. */
@ExtendWith(ApplicationExtension.class)
class VectorExportTest {

    static final LocalDate DATE = LocalDate.of(2026, 12, 5);
    static final Dataset BUNDLED = new DatasetReader().readBundled().dataset().orElseThrow();
    static final Path OUT = UiTestSupport.SCREENSHOTS.resolve("vector");

    @Start
    void start(Stage stage) {
        Fonts.load();
    }

    /** The theme's stylesheet, as the window and the export command set it. */
    static void useTheme(Theme theme) {
        javafx.application.Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    private static ExportModels models() throws Exception {
        return fx(() -> ExportModels.of(new DataModel(new LoadOutcome(BUNDLED, DataOrigin.bundled(), List.of())),
                Runnable::run, Runnable::run));
    }

    /** The text of every {@code <text>} element, in document order. */
    static List<String> svgTexts(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        NodeList texts = doc.getElementsByTagNameNS(SvgExport.SVG_NS, "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void everyViewIsAnSvgWithItsTitleAndSourcesAsText() throws Exception {
        ExportModels m = models();
        ReportImage.Size size = new ReportImage.Size(1600, 900);
        Files.createDirectories(OUT);
        for (ViewId view : ViewExports.exportable()) {
            ViewExport export = ViewExports.of(view, m);
            for (Theme theme : Theme.values()) {
                byte[] svg = fx(() -> {
                    useTheme(theme);
                    return ViewDocuments.svg(export, theme, DATE, "bundled dataset", size, "EVDash test");
                });
                Files.write(OUT.resolve(ViewExport.slug(view) + "-" + theme.name().toLowerCase() + ".svg"), svg);
                List<String> texts = svgTexts(svg);
                String all = String.join(" ", texts);
                assertThat(all).as(view + ": its title").contains(export.title().split(":")[0]);
                if (!export.sources().isEmpty()) {
                    assertThat(all).as(view + ": a source's title").contains(export.sources().get(0).title());
                }
            }
        }
    }

    @Test
    void everyViewIsAOnePagePdfOfTheAskedAspectWithItsTextExtractable() throws Exception {
        ExportModels m = models();
        ReportImage.Size size = new ReportImage.Size(1200, 628);
        Files.createDirectories(OUT);
        for (ViewId view : ViewExports.exportable()) {
            ViewExport export = ViewExports.of(view, m);
            Path file = OUT.resolve(ViewExport.slug(view) + ".pdf");
            try (PdfPages pdf = fx(() -> {
                useTheme(Theme.LIGHT);
                return ViewDocuments.pdf(export, Theme.LIGHT, DATE, "bundled dataset", size, "", "EVDash test");
            })) {
                pdf.save(file);
            }
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                PDRectangle box = doc.getPage(0).getMediaBox();
                assertThat(box.getWidth() / box.getHeight()).isCloseTo(1200f / 628f, org.assertj.core.data.Offset.offset(0.001f));
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).as(view + ": its title").contains(export.title().split(":")[0]);
                for (Source s : export.sources().stream().limit(1).toList()) {
                    assertThat(text.replaceAll("\\s+", " ")).as(view + ": a source").contains(s.title());
                }
            }
        }
    }
}
