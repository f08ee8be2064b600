package dev.evdash.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.MainTestAccess;
import dev.evdash.data.Company;
import dev.evdash.data.DataOrigin;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.LoadOutcome;
import dev.evdash.fx.Fonts;
import dev.evdash.model.DataModel;
import dev.evdash.model.Theme;
import dev.evdash.model.ViewId;
import dev.evdash.view.UiTestSupport;
import dev.evdash.view.chart.BarChartView;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Report images, CSV, packs and the export command, rendered headless. */
@ExtendWith(ApplicationExtension.class)
class ReportExportTest {

    static final LocalDate DATE = LocalDate.of(2026, 11, 26);
    static final Dataset BUNDLED = new DatasetReader().readBundled().dataset().orElseThrow();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Fonts.load();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    private static ExportModels models(Dataset d) throws Exception {
        return fx(() -> ExportModels.of(new DataModel(new LoadOutcome(d, DataOrigin.bundled(), List.of())),
                Runnable::run, Runnable::run));
    }

    /** The bundled dataset with one company renamed. */
    private static Dataset renamed(String id, String name) {
        List<Company> cs = BUNDLED.companies().stream()
                .map(c -> c.id().equals(id) ? new Company(c.id(), name, c.localName(), c.kind(), c.country()) : c)
                .toList();
        return new Dataset(null, 1, BUNDLED.name(), BUNDLED.updated(), BUNDLED.sourcePriority(), BUNDLED.sources(), cs,
                BUNDLED.series(), BUNDLED.partnerships(), BUNDLED.watchlist());
    }

    @Test
    void twoTimesIsExactlyTwiceThePixelsAndShowsTheChart() throws Exception {
        ExportModels m = models(BUNDLED);
        ViewExport export = ViewExports.of(ViewId.DELIVERIES, m);
        ReportImage.Size size = new ReportImage.Size(1200, 628);
        WritableImage one = fx(() -> ReportImage.render(ReportImage.frame(export, Theme.LIGHT, DATE, "bundled dataset"),
                size, 1));
        WritableImage two = fx(() -> ReportImage.render(ReportImage.frame(export, Theme.LIGHT, DATE, "bundled dataset"),
                size, 2));
        assertThat((int) one.getWidth()).isEqualTo(1200);
        assertThat((int) one.getHeight()).isEqualTo(628);
        assertThat((int) two.getWidth()).isEqualTo(2400);
        assertThat((int) two.getHeight()).isEqualTo(1256);
        BufferedImage png = PngWriter.toBufferedImage(two);
        UiTestSupport.assertNotBlank(png);
        PngWriter.write(two, UiTestSupport.SCREENSHOTS.resolve("export-deliveries-2x.png"));
    }

    @Test
    void aWrittenPngHoldsThePixelsJavaFxShowsTranslucentOnesToo() throws Exception {
        int w = 97;
        int h = 13;
        // a drawn image: a translucent gradient over part of it, the rest transparent
        WritableImage image = fx(() -> {
            javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(60, h, new javafx.scene.paint.LinearGradient(
                    0, 0, 1, 0, true, javafx.scene.paint.CycleMethod.NO_CYCLE,
                    new javafx.scene.paint.Stop(0, javafx.scene.paint.Color.rgb(200, 30, 90, 0.9)),
                    new javafx.scene.paint.Stop(1, javafx.scene.paint.Color.rgb(10, 120, 250, 0.05))));
            javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
            p.setFill(javafx.scene.paint.Color.TRANSPARENT);
            javafx.scene.layout.Pane pane = new javafx.scene.layout.Pane(r);
            pane.resize(w, h);
            return pane.snapshot(p, new WritableImage(w, h));
        });
        Path file = dir.resolve("translucent.png");
        PngWriter.write(image, file);
        BufferedImage back = javax.imageio.ImageIO.read(file.toFile());
        int[] shown = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), shown, 0, w);
        int[] written = back.getRGB(0, 0, w, h, null, 0, w);
        assertThat(java.util.stream.IntStream.range(0, shown.length).filter(i -> written[i] != shown[i]).count())
                .as("pixels read back that differ from what JavaFX shows").isZero();
        assertThat(java.util.Arrays.stream(shown).map(p -> p >>> 24).distinct().count()).as("alphas drawn")
                .isGreaterThan(10);
    }

    @Test
    void everyViewFitsTheSmallSizesWithItsFooterWhole() throws Exception {
        ExportModels m = models(BUNDLED);
        for (ReportImage.Size size : List.of(new ReportImage.Size(800, 450), new ReportImage.Size(1200, 628))) {
            for (ViewId view : ViewExports.exportable()) {
                ViewExport export = ViewExports.of(view, m);
                String what = view + " at " + size;
                double[] b = fx(() -> {
                    Region frame = ReportImage.frame(export, Theme.LIGHT, DATE, "bundled dataset");
                    WritableImage image = ReportImage.render(frame, size, 1);
                    if (view == ViewId.OVERVIEW && size.width() == 800) {
                        PngWriter.write(image, UiTestSupport.SCREENSHOTS.resolve("export-overview-800x450.png"));
                    }
                    FitPane fit = (FitPane) frame.lookup(".export-fit");
                    Region footer = (Region) frame.lookup(".export-footer");
                    javafx.geometry.Bounds content = fit.localToScene(
                            fit.getChildrenUnmodifiable().get(0).getBoundsInParent());
                    return new double[] {footer.getBoundsInParent().getMaxY(), footer.getBoundsInParent().getMinY(),
                            fit.getBoundsInParent().getMaxY(), content.getMaxY(), content.getMaxX(), fit.scale()};
                });
                assertThat(b[0]).as(what + ": footer bottom").isLessThanOrEqualTo(size.height());
                assertThat(b[0] - b[1]).as(what + ": footer height").isLessThanOrEqualTo(size.height() * 0.2);
                assertThat(b[2]).as(what + ": content above the footer").isLessThanOrEqualTo(b[1]);
                assertThat(b[3]).as(what + ": content drawn above the footer").isLessThanOrEqualTo(b[1] + 0.5);
                assertThat(b[4]).as(what + ": content inside the frame").isLessThanOrEqualTo(size.width());
                if (view == ViewId.DELIVERIES || view == ViewId.CHINA_SHARE) {
                    assertThat(b[5]).as(what + ": a chart fills the room, unscaled").isEqualTo(1.0);
                }
            }
        }
    }

    @Test
    void theFooterNamesTheSourcesOfWhatIsShown() throws Exception {
        ExportModels m = models(BUNDLED);
        ViewExport export = ViewExports.of(ViewId.CHINA_SHARE, m);
        assertThat(export.sources()).extracting(s -> s.id()).containsExactly("iea-gevo-2025-csv", "owid-electric-cars-sold");
        Region frame = fx(() -> ReportImage.frame(export, Theme.LIGHT, DATE, "bundled dataset"));
        String footer = fx(() -> frame.lookupAll(".export-footer-text").stream().map(n -> ((Text) n).getText())
                .reduce("", String::concat));
        assertThat(footer).startsWith("Sources: IEA Global EV Data Explorer, 2025 edition")
                .contains("Our World in Data \"Electric cars sold\"").contains("exported 2026-11-26");
        assertThat(export.subtitle()).isEqualTo("New electric cars (BEV+PHEV) sold per year, 2015–2025");
    }

    @Test
    void deliveriesCsvHoldsExactlyThePlottedBydAndBmwValues() throws Exception {
        ExportModels m = models(BUNDLED);
        CsvTable csv = ViewExports.of(ViewId.DELIVERIES, m).data();
        String text = csv.text();
        assertThat(text).startsWith("period,automaker,series,value,unit,source,note\r\n");
        assertThat(text).contains("2024,BYD,BEV,1764992,vehicles,").contains("2024,BYD,PHEV,2485378,vehicles,")
                .contains("2024,BMW Group,BEV,426594,vehicles,").contains("2024,BMW Group,PHEV,166614,vehicles,");
        int segments = m.deliveries().chartProperty().get().bars().stream().mapToInt(b -> b.segments().size()).sum();
        assertThat(csv.rows()).hasSize(segments);
    }

    @Test
    void aFormulaInACompanyNameIsWrittenAsText() throws Exception {
        String evil = "=HYPERLINK(\"http://example.org/x\",\"BYD\")";
        ExportModels m = models(renamed("byd", evil));
        Path file = dir.resolve("d.csv");
        ViewExports.of(ViewId.DELIVERIES, m).data().write(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFperiod,");
        assertThat(text).contains("2024,\"'=HYPERLINK(\"\"http://example.org/x\"\",\"\"BYD\"\")\",BEV,1764992,");
        assertThat(text.lines()).noneMatch(l -> l.contains(",=HYPERLINK") || l.startsWith("=") || l.contains(",\"=HYPERLINK"));
        assertThat(CsvTable.cell("-5 vehicles")).isEqualTo("\"'-5 vehicles\"");
        assertThat(CsvTable.cell(-243594.0)).isEqualTo("-243594");
        assertThat(CsvTable.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    }

    @Test
    void chineseNamesAreDrawnWithTheShippedFontThatHasTheirGlyphs() throws Exception {
        ExportModels m = models(renamed("byd", "比亚迪"));
        ViewExport export = ViewExports.of(ViewId.DELIVERIES, m);
        Region frame = fx(() -> ReportImage.frame(export, Theme.LIGHT, DATE, "bundled dataset"));
        WritableImage image = fx(() -> ReportImage.render(frame, new ReportImage.Size(1200, 628), 1));
        BarChartView chart = fx(() -> (BarChartView) frame.lookup(".bar-chart-view"));
        assertThat(chart.getData().groups()).contains("比亚迪");
        assertThat(fx(chart::fontFamily)).isEqualTo(Fonts.FAMILY);
        try (InputStream in = Fonts.class.getResourceAsStream("/dev/evdash/fonts/wqy-microhei.ttc")) {
            java.awt.Font[] shipped = java.awt.Font.createFonts(in);
            assertThat(shipped[0].canDisplayUpTo("比亚迪 阿里巴巴 寶馬")).isEqualTo(-1);
        }
        PngWriter.write(image, UiTestSupport.SCREENSHOTS.resolve("export-cjk.png"));
        UiTestSupport.assertNotBlank(PngWriter.toBufferedImage(image));
    }

    @Test
    void aPackListsEveryFileInItsManifestAndLeavesNothingHalfWritten() throws Exception {
        ExportModels m = models(BUNDLED);
        Path out = dir.resolve("pack");
        ReportPack.Request r = new ReportPack.Request(out, List.of(ViewId.CHINA_SHARE, ViewId.DELIVERIES, ViewId.ALLIANCES),
                new ReportImage.Size(800, 450), 1, Theme.LIGHT, true, DATE, "EVDash test");
        List<ReportPack.Entry> entries = ReportPack.write(r, m, ReportExportTest::fx, (d, t, msg) -> { }, () -> false);
        JsonNode manifest = JsonMapper.builder().build().readTree(out.resolve("manifest.json").toFile());
        List<String> listed = manifest.get("files").valueStream().map(f -> f.get("file").asString()).toList();
        assertThat(listed).containsExactlyElementsOf(entries.stream().map(ReportPack.Entry::file).toList())
                .contains("china-share-2026-11-26.png", "deliveries-2026-11-26.csv", "alliances-2026-11-26.graphml");
        assertThat(listed).allMatch(f -> Files.isRegularFile(out.resolve(f)));
        assertThat(manifest.get("dataset").get("sha256").asString())
                .isEqualTo(ReportPack.sha256(new DatasetCodec().write(BUNDLED)));
        assertThat(manifest.get("size").propertyNames()).as("in the same order at every export, for a diff")
                .containsExactly("width", "height", "scale");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    Stream.concat(listed.stream(), Stream.of("manifest.json")).toList());
        }
    }

    @Test
    void aCancelledPackLeavesNoFiles() throws Exception {
        ExportModels m = models(BUNDLED);
        Path out = dir.resolve("cancelled");
        ReportPack.Request r = new ReportPack.Request(out, List.of(ViewId.CHINA_SHARE, ViewId.DELIVERIES),
                new ReportImage.Size(800, 450), 1, Theme.LIGHT, true, DATE, "EVDash test");
        int[] calls = {0};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportPack.write(r, m, ReportExportTest::fx,
                (d, t, msg) -> { }, () -> ++calls[0] > 2)).isInstanceOf(java.util.concurrent.CancellationException.class);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theExportCommandWritesEveryViewAndRejectsBadInput() throws Exception {
        Path out = dir.resolve("cli");
        MainTestAccess.Result ok = MainTestAccess.run("export", "--out", out.toString(), "--size", "800x450", "--scale", "1",
                "--csv");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("manifest.json").contains("files written to " + out);
        assertThat(out.resolve("alliances-" + LocalDate.now() + ".png")).isRegularFile();

        MainTestAccess.Result unknown = MainTestAccess.run("export", "--out", out.toString(), "--views", "overview,fleet");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown view 'fleet'");
        MainTestAccess.Result badOption = MainTestAccess.run("export", "--out", out.toString(), "--sizes", "1x1");
        assertThat(badOption.code()).isEqualTo(2);
        assertThat(badOption.err()).contains("Unknown options: '--sizes'");
        MainTestAccess.Result badSize = MainTestAccess.run("export", "--out", out.toString(), "--size", "huge");
        assertThat(badSize.code()).isEqualTo(2);
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        MainTestAccess.Result notAFolder = MainTestAccess.run("export", "--out", file.toString());
        assertThat(notAFolder.code()).isEqualTo(1);
        assertThat(notAFolder.err()).contains("is a file, not a folder");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{");
        MainTestAccess.Result badData = MainTestAccess.run("export", "--out", out.toString(), "--data", bad.toString());
        assertThat(badData.code()).isEqualTo(1);
        assertThat(badData.err()).contains(bad + ":").contains("nothing exported");
    }

    @Test
    void theChinaMarketViewExportsHeadlessWithItsPlottedFiguresAndSources() throws Exception {
        Path out = dir.resolve("china-market");
        MainTestAccess.Result ok = MainTestAccess.run("export", "--out", out.toString(), "--views", "china-market",
                "--size", "1600x900", "--scale", "1", "--csv");
        assertThat(ok.code()).as(ok.err()).isZero();
        Path png = out.resolve("china-market-" + LocalDate.now() + ".png");
        BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        UiTestSupport.assertNotBlank(image);
        String csv = Files.readString(out.resolve("china-market-" + LocalDate.now() + ".csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFchart,series,period,value,unit,as_worded,source,note");
        // the plotted values with their sources: CPCA retail July 2024, the final December 2025, BMW in China
        assertThat(csv).contains(",2024-07,51.1,%,,\"EVs overtake monthly gasoline car sales for first time in China"
                + " (indexofnews.com (TechNode, re-indexed))\"");
        assertThat(csv).contains(",2025-12,59.1,%,,");
        assertThat(csv).contains("BMW Group deliveries in China,2025,625527,vehicles");
        assertThat(csv).contains("BMW Group deliveries in China,2021,846000,vehicles,more than,");
        assertThat(csv).contains("computed: 100 % minus Foreign brands");
    }

    @Test
    void theWatchlistTheAutomakerProfileAndTheClaimsExportHeadlessWithValuesQualifiersAndSources() throws Exception {
        Path out = dir.resolve("advice");
        MainTestAccess.Result ok = MainTestAccess.run("export", "--out", out.toString(), "--views",
                "watchlist,automaker,claims", "--size", "1600x900", "--scale", "1", "--csv");
        assertThat(ok.code()).as(ok.err()).isZero();
        for (String view : List.of("watchlist", "automaker", "claims")) {
            BufferedImage image = javax.imageio.ImageIO.read(out.resolve(view + "-" + LocalDate.now() + ".png").toFile());
            assertThat(image.getWidth()).as(view).isEqualTo(1600);
            UiTestSupport.assertNotBlank(image);
        }
        String watch = Files.readString(out.resolve("watchlist-" + LocalDate.now() + ".csv"), StandardCharsets.UTF_8);
        assertThat(watch).startsWith("\uFEFFmetric,name,company,period,value,as_worded,unit,kind,source,url,note");
        // "more than 9 million" BMW cars able to receive upgrades, October 2024, with its source and address
        assertThat(watch).containsPattern("bmw-rsu-capable-vehicles,[^\n]*,2024-10,9000000,more than,vehicles,,[^\n]*,https?://");
        String profile = Files.readString(out.resolve("automaker-" + LocalDate.now() + ".csv"), StandardCharsets.UTF_8);
        assertThat(profile).startsWith("\uFEFFsection,item,period,value,unit,as_worded,source,note");
        assertThat(profile).contains("deliveries,BMW Group BEV deliveries worldwide,2025,442072,vehicles,,");
        assertThat(profile).contains("deliveries,BEV share of BMW Group's deliveries,2025,17.9,%,computed: BEV / all powertrains");
        assertThat(profile).contains("BMW Group deliveries in China,2021,846000,vehicles,more than,");
        assertThat(profile).contains("claim,\"BMW had 183,000 global EV deliveries in 2024\",,,,does not match,");
        String claims = Files.readString(out.resolve("claims-" + LocalDate.now() + ".csv"), StandardCharsets.UTF_8);
        assertThat(claims).startsWith("\uFEFFnumber,claim,about,verdict,verdict_basis,record,claim_scope,record_scope,"
                + "reasoning,sources,source_urls,partnerships");
        assertThat(claims.lines().count()).isEqualTo(17);
        assertThat(claims).contains("Alibaba has 290,000+ enterprise customers");
        assertThat(claims).contains(",Momenta's Mpilot is already used by Great Wall,Partnerships,unconfirmed,as recorded,");
    }
}
