package dev.evdash.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.DataOrigin;
import dev.evdash.data.LoadOutcome;
import dev.evdash.draw.PaintRecording;
import dev.evdash.fx.Fonts;
import dev.evdash.model.DataModel;
import dev.evdash.model.Theme;
import dev.evdash.model.ViewId;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A pack's PNGs are drawn by the vector backend (recorded on the FX thread, drawn on a core) where it draws
 * everything of a frame: each view's PNG then shows what JavaFX's own snapshot of the same laid-out frame
 * shows, pixel for pixel but for the anti-aliased edges of glyphs and lines.
 */
@ExtendWith(ApplicationExtension.class)
class VectorRasterTest {

    static final LocalDate DATE = LocalDate.of(2026, 12, 5);
    static final ReportImage.Size SIZE = new ReportImage.Size(1600, 900);
    static ExportModels models;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Fonts.load();
    }

    private static ExportModels exportModels() throws Exception {
        if (models == null) {
            models = WaitForAsyncUtils.asyncFx(() -> ExportModels.of(new DataModel(new LoadOutcome(
                    VectorExportTest.BUNDLED, DataOrigin.bundled(), List.of())), Runnable::run, Runnable::run))
                    .get(60, TimeUnit.SECONDS);
        }
        return models;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    /** The share of pixels whose colour or opacity differs by more than a quarter of the range, and the mean difference. */
    private static double[] difference(BufferedImage a, BufferedImage b) {
        long far = 0;
        long sum = 0;
        long n = (long) a.getWidth() * a.getHeight();
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = 0;
                for (int shift = 0; shift < 32; shift += 8) {
                    d = Math.max(d, Math.abs(((p >>> shift) & 255) - ((q >>> shift) & 255)));
                }
                sum += d;
                if (d > 64) {
                    far++;
                }
            }
        }
        return new double[] {(double) far / n, (double) sum / n};
    }

    private static BufferedImage image(VectorRaster.Pixels px) {
        BufferedImage img = new BufferedImage(px.width(), px.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        img.getRaster().setDataElements(0, 0, px.width(), px.height(), px.argbPre());
        return img;
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> viewsAndThemes() {
        return ViewExports.exportable().stream().flatMap(v -> java.util.stream.Stream.of(Theme.LIGHT, Theme.DARK)
                .map(t -> org.junit.jupiter.params.provider.Arguments.of(v, t)));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("viewsAndThemes")
    void eachViewIsDrawnInFullAndLooksAsItsSnapshot(ViewId view, Theme theme) throws Exception {
        ViewExport export = ViewExports.of(view, exportModels());
        Object[] drawn = fx(() -> {
            VectorExportTest.useTheme(theme);
            Region frame = ReportImage.layOut(ReportImage.frame(export, theme, DATE, "bundled dataset"), SIZE, 1);
            boolean drawable = VectorRaster.drawable(frame);
            boolean opaque = VectorRaster.coversItselfOpaquely(frame, SIZE.width(), SIZE.height(), 2);
            PaintRecording recording = VectorRaster.record(frame);
            WritableImage snapshot = ReportImage.snapshot(ReportImage.layOut(frame, SIZE, 2), SIZE, 2);
            return new Object[] {drawable, recording, snapshot, opaque};
        });
        assertThat((boolean) drawn[0]).as(view + ", " + theme + ": the vector walk draws every node of it").isTrue();
        assertThat((boolean) drawn[3]).as(view + ", " + theme + ": its background covers it, so its PNG is drawn as RGB")
                .isTrue();
        // drawn off the FX thread, as the pack draws it
        VectorRaster.Pixels px = CompletableFuture.supplyAsync(() -> VectorRaster.draw((PaintRecording) drawn[1],
                SIZE.width(), SIZE.height(), 2)).get(60, TimeUnit.SECONDS);
        assertThat(px.width()).isEqualTo(3200);
        assertThat(px.height()).isEqualTo(1800);
        BufferedImage vector = image(px);
        assertRgbDrawingMatches((PaintRecording) drawn[1], px, view + ", " + theme);
        BufferedImage snapshot = PngWriter.toBufferedImage((WritableImage) drawn[2]);
        double[] d = difference(vector, snapshot);
        assertThat(d[0]).as(view + ", " + theme + ": share of pixels far from the snapshot's").isLessThan(0.015);
        assertThat(d[1]).as(view + ", " + theme + ": mean difference from the snapshot, of 255").isLessThan(3.0);
        Path file = dir.resolve(view + "-" + theme + ".png");
        javax.imageio.ImageIO.write(vector, "png", file.toFile());
        assertThat(Files.size(file)).isPositive();
    }

    /**
     * The PNG's RGB drawing (red and blue exchanged, onto three bytes a pixel) shows the pixels the ARGB
     * drawing shows, byte for byte: every one opaque there, the same red, green and blue.
     */
    private static void assertRgbDrawingMatches(PaintRecording recording, VectorRaster.Pixels argb, String what)
            throws Exception {
        byte[][] rgb = new byte[1][];
        CompletableFuture.runAsync(() -> {
            try {
                VectorRaster.drawLentRgb(recording, SIZE.width(), SIZE.height(), 2, p -> rgb[0] = p.rgb().clone());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(60, TimeUnit.SECONDS);
        int[] pre = argb.argbPre();
        assertThat(rgb[0]).hasSize(pre.length * 3);
        int worst = 0;
        long differing = 0;
        for (int i = 0; i < pre.length; i++) {
            assertThat(pre[i] >>> 24).as(what + ": pixel %d opaque in the ARGB drawing", i).isEqualTo(0xff);
            int d = 0;
            for (int c = 0; c < 3; c++) {
                int a = (pre[i] >> (16 - 8 * c)) & 0xff;
                d = Math.max(d, Math.abs(a - (rgb[0][3 * i + c] & 0xff)));
            }
            worst = Math.max(worst, d);
            differing += d > 0 ? 1 : 0;
        }
        assertThat(differing).as(what + ": pixels that differ between the RGB and ARGB drawings (at most by %d)", worst)
                .isZero();
    }

    @Test
    void whatTheWalkWouldLeaveOutKeepsTheSnapshot() throws Exception {
        List<String> missed = fx(() -> {
            Label shadowed = new Label("shadowed");
            shadowed.setEffect(new DropShadow());
            VBox withEffect = new VBox(new Label("plain"), new VBox(shadowed));
            VBox withImage = new VBox(new Label("plain"), new ImageView(new WritableImage(4, 4)));
            VBox plain = new VBox(new Label("plain"), new VBox(new Label("nested")));
            return List.of(VectorRaster.undrawable(withEffect).map(n -> ((Label) n).getText()).orElse("none"),
                    VectorRaster.undrawable(withImage).map(n -> n.getClass().getSimpleName()).orElse("none"),
                    VectorRaster.undrawable(plain).map(n -> n.getClass().getSimpleName()).orElse("none"));
        });
        assertThat(missed).containsExactly("shadowed", "ImageView", "none");
    }

    @Test
    void aRecordingDrawsTheSameOnAnyThreadAndMeasuredItsTextWhenRecorded() throws Exception {
        PaintRecording recording = fx(() -> {
            PaintRecording r = new PaintRecording();
            r.setFont(Font.font("DejaVu Sans", 14));
            r.fillText("BYD 比亚迪 2025", 10, 20);
            r.setGlobalAlpha(0.5);
            r.save();
            r.setGlobalAlpha(0.25);
            r.restore();
            r.fillRect(0, 30, 40, 10);
            return r;
        });
        assertThat(recording.getGlobalAlpha()).as("alpha as restored").isEqualTo(0.5);
        BufferedImage onFx = fx(() -> draw(recording));
        BufferedImage elsewhere = CompletableFuture.supplyAsync(() -> draw(recording)).get(60, TimeUnit.SECONDS);
        assertThat(difference(onFx, elsewhere)[1]).as("the same pixels on any thread").isZero();
        assertThat(UiPixels.inked(onFx)).as("the text and the rectangle are drawn").isGreaterThan(200);
    }

    @Test
    void aLentImageShowsNothingOfThePictureDrawnOnItBefore() throws Exception {
        PaintRecording full = fx(() -> {
            PaintRecording r = new PaintRecording();
            r.setFill(javafx.scene.paint.Color.CRIMSON);
            r.fillRect(0, 0, 400, 300);
            return r;
        });
        PaintRecording small = fx(() -> {
            PaintRecording r = new PaintRecording();
            r.setFill(javafx.scene.paint.Color.STEELBLUE);
            r.fillOval(20, 20, 60, 40);
            return r;
        });
        int[][] lent = new int[2][];
        CompletableFuture.runAsync(() -> {
            try {
                // one thread, as a pack's writer draws its PNGs one after another on the image it keeps
                VectorRaster.drawLent(full, 400, 300, 2, px -> lent[0] = px.argbPre().clone());
                VectorRaster.drawLent(small, 400, 300, 2, px -> lent[1] = px.argbPre().clone());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(60, TimeUnit.SECONDS);
        int[] fresh = VectorRaster.draw(small, 400, 300, 2).argbPre();
        assertThat(lent[0]).as("the first picture fills the image").doesNotContain(0);
        assertThat(lent[1]).as("the second picture as if drawn on a new image").isEqualTo(fresh);
    }

    private static BufferedImage draw(PaintRecording r) {
        BufferedImage img = new BufferedImage(200, 50, BufferedImage.TYPE_INT_ARGB_PRE);
        java.awt.Graphics2D g = img.createGraphics();
        r.drawOn(g);
        g.dispose();
        return img;
    }

    /** Counts pixels with any ink. */
    static final class UiPixels {
        static int inked(BufferedImage img) {
            int n = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    if ((img.getRGB(x, y) >>> 24) > 0) {
                        n++;
                    }
                }
            }
            return n;
        }
    }
}
