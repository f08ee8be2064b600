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
    /** The views whose report holds a chart over the years. */
    static final java.util.Set<ViewId> CHARTED = java.util.EnumSet.of(ViewId.CHINA_SHARE, ViewId.CHINA_MARKET,
            ViewId.DELIVERIES, ViewId.AUTOMAKER, ViewId.WATCHLIST);
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
                if (CHARTED.contains(view)) {
                    assertThat(texts).as(view + ": a label of its time axis, a text element of its own").contains("2024");
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
                if (view == ViewId.CHINA_MARKET || view == ViewId.AUTOMAKER) {
                    assertThat(text).as(view + ": BMW Group's deliveries in China in 2025").contains("625,527");
                }
                if (view == ViewId.SOURCES) {
                    assertThat(text).as("a Chinese source title, in the shipped CJK font").contains("比亚迪");
                }
            }
        }
    }

    @Test
    void theReportPdfHasACoverAPagePerViewAndListsEverySourceItsFootersCite() throws Exception {
        ExportModels m = models();
        ReportImage.Size size = new ReportImage.Size(1600, 900);
        Files.createDirectories(OUT);
        Path file = OUT.resolve("report.pdf");
        List<ViewId> views = ViewExports.exportable();
        List<String> progress = new ArrayList<>();
        fx(() -> {
            useTheme(Theme.LIGHT);
            return null;
        });
        ReportPdf.Written written = ReportPdf.write(new ReportPdf.Request(file, views, size, Theme.LIGHT, DATE, "A. Analyst",
                "EVDash test"), m, VectorExportTest::fx, (done, total, message) -> progress.add(done + "/" + total),
                () -> false);
        assertThat(progress).last().isEqualTo((views.size() + 3) + "/" + (views.size() + 3));
        List<Source> cited = views.stream().flatMap(v -> ViewExports.of(v, m).sources().stream()).distinct().toList();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int sourcePages = doc.getNumberOfPages() - 1 - views.size();
            assertThat(sourcePages).as("pages listing the sources").isPositive();
            assertThat(written.pages()).isEqualTo(doc.getNumberOfPages());
            assertThat(written.sources()).isEqualTo(cited.size());
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("A. Analyst");
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("EVDash report: ");
            assertThat(doc.getDocumentInformation().getProducer()).isEqualTo("EVDash test");
            assertThat(doc.getDocumentInformation().getCreationDate()).isNotNull();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(cover).contains(ReportPack.sha256(dev.evdash.data.DatasetCodec.shared().write(BUNDLED)));
            for (int i = 0; i < views.size(); i++) {
                String title = ViewExports.of(views.get(i), m).title();
                assertThat(cover).as("the contents name " + title).contains(title);
                stripper.setStartPage(i + 2);
                stripper.setEndPage(i + 2);
                assertThat(stripper.getText(doc).replaceAll("\\s+", " ")).as("page " + (i + 2)).contains(title);
            }
            long links = doc.getPage(0).getAnnotations().stream()
                    .filter(a -> a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink).count();
            assertThat(links).as("contents entries linking to their pages").isGreaterThanOrEqualTo(views.size() + 1);
            stripper.setStartPage(views.size() + 2);
            stripper.setEndPage(doc.getNumberOfPages());
            String listed = stripper.getText(doc).replaceAll("\\s+", " ");
            for (Source s : cited) {
                assertThat(listed).as("the sources pages list " + s.id()).contains(s.title().replaceAll("\\s+", " "));
            }
            assertThat(cited).as("sources with Chinese titles, listed above").anyMatch(c -> c.title().contains("华为"));
        }
    }

    @Test
    void theExportCommandWritesSvgAndPdfOfEveryViewAndAReportHeadless() throws Exception {
        Path dir = Files.createTempDirectory("evdash-vector-cli");
        Path out = dir.resolve("pack");
        dev.evdash.app.MainTestAccess.Result ok = dev.evdash.app.MainTestAccess.run("export", "--out", out.toString(),
                "--views", "all", "--format", "svg,pdf", "--size", "1200x628");
        assertThat(ok.code()).as(ok.err()).isZero();
        for (ViewId view : ViewExports.exportable()) {
            String stem = ViewExport.slug(view) + "-" + LocalDate.now();
            assertThat(out.resolve(stem + ".png")).as("PNG only when asked").doesNotExist();
            assertThat(svgTexts(Files.readAllBytes(out.resolve(stem + ".svg")))).as(stem).isNotEmpty();
            try (PDDocument doc = Loader.loadPDF(out.resolve(stem + ".pdf").toFile())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
            }
        }
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).contains("\"kind\" : \"svg\"").contains("\"kind\" : \"pdf\"");

        Path report = dir.resolve("report.pdf");
        dev.evdash.app.MainTestAccess.Result rep = dev.evdash.app.MainTestAccess.run("export", "--report", report.toString(),
                "--views", "deliveries,sources", "--size", "1600x900", "--author", "Team EV");
        assertThat(rep.code()).as(rep.err()).isZero();
        assertThat(rep.out()).contains("report of ").contains(report.toString());
        try (PDDocument doc = Loader.loadPDF(report.toFile())) {
            assertThat(doc.getNumberOfPages()).as("cover, two views, the sources").isGreaterThanOrEqualTo(4);
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Team EV");
            assertThat(doc.getDocumentInformation().getProducer()).startsWith("EVDash ");
        }

        dev.evdash.app.MainTestAccess.Result badFormat = dev.evdash.app.MainTestAccess.run("export", "--out", out.toString(),
                "--format", "png,tiff");
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format: 'tiff' is not png, svg or pdf");
        dev.evdash.app.MainTestAccess.Result nowhere = dev.evdash.app.MainTestAccess.run("export", "--views", "overview");
        assertThat(nowhere.code()).isEqualTo(2);
        assertThat(nowhere.err()).contains("give --out DIR, --report FILE.pdf or both");
        Path aFile = Files.writeString(dir.resolve("a-file"), "x");
        dev.evdash.app.MainTestAccess.Result unwritable = dev.evdash.app.MainTestAccess.run("export", "--report",
                aFile.resolve("report.pdf").toString(), "--views", "overview");
        assertThat(unwritable.code()).isEqualTo(1);
        assertThat(unwritable.err()).contains("cannot write");
    }
}
