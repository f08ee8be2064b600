package dev.evdash.export;

import dev.evdash.draw.PaintRecording;
import dev.evdash.graph.GraphCanvas;
import dev.evdash.model.Theme;
import dev.evdash.view.chart.BarChartView;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * Renders a view for a report: framed with a title, a subtitle stating the filters, and a footer with the
 * sources of what is shown and the export date; laid out at the asked size in layout pixels and drawn
 * at 1×, 2× or 3× (vectors and canvases are drawn again at the scale, not enlarged). FX thread only.
 */
public final class ReportImage {

    /** Width and height in layout pixels: 1200×628, 1600×900, 1920×1080 or any other. */
    public record Size(int width, int height) {
        public static final List<Size> PRESETS = List.of(new Size(1200, 628), new Size(1600, 900), new Size(1920, 1080));

        public Size {
            if (width < 320 || height < 240 || width > 8000 || height > 8000) {
                throw new IllegalArgumentException("size " + width + "x" + height
                        + " is out of range (320x240 to 8000x8000)");
            }
        }

        /** Parses "1600x900". */
        public static Size parse(String text) {
            String[] parts = text.strip().toLowerCase(java.util.Locale.ROOT).split("[x×]");
            if (parts.length != 2) {
                throw new IllegalArgumentException("size '" + text + "' is not WIDTHxHEIGHT, e.g. 1600x900");
            }
            try {
                return new Size(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("size '" + text + "' is not WIDTHxHEIGHT, e.g. 1600x900");
            }
        }

        @Override
        public String toString() {
            return width + "×" + height;
        }
    }

    static final String STYLESHEET = "/dev/evdash/css/evdash.css";
    /** The footer takes at most this share of the image's height; fewer sources are named where it would not. */
    static final double FOOTER_SHARE = 0.2;

    private ReportImage() {}

    /** The framed view, ready to be laid out in a scene. */
    public static Region frame(ViewExport export, Theme theme, LocalDate date, String dataLabel) {
        return frame(export, theme, new ReportFooter(export.sources(), date, dataLabel));
    }

    /** The framed view with a footer of the caller's (a report PDF's numbers its sources). */
    static Region frame(ViewExport export, Theme theme, ReportFooter footer) {
        dev.evdash.fx.Fonts.loadReportFonts();
        Label title = new Label(export.title());
        title.getStyleClass().add("export-title");
        title.setWrapText(true);
        Label subtitle = new Label(export.subtitle());
        subtitle.getStyleClass().add("export-subtitle");
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Region.USE_PREF_SIZE);
        FitPane content = new FitPane(export.content().get());
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox frame = new VBox(6, title, subtitle, content, footer);
        frame.setPadding(new Insets(24, 28, 18, 28));
        frame.getStyleClass().addAll("shell", "export-frame");
        if (theme == Theme.DARK) {
            frame.getStyleClass().add("dark");
        }
        return frame;
    }

    /** Names fewer sources in the footer until it takes no more than its share of the height. */
    private static void fitFooter(Region frame, Size size) {
        if (!(frame.lookup(".export-footer") instanceof ReportFooter footer)) {
            return;
        }
        double budget = size.height() * FOOTER_SHARE;
        while (footer.getHeight() > budget && footer.shownSources() > 1) {
            footer.showSources(footer.shownSources() - 1);
            frame.layout();
        }
    }

    /** Lays {@code frame} out at {@code size} and draws it at {@code scale} ({@link #picture}). */
    public static WritableImage render(Region frame, Size size, double scale) {
        try {
            return drawShared(frame, size, laidOut -> picture(laidOut, size, scale).image());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // drawing an image in memory writes nothing
        }
    }

    /**
     * What the PNG of a frame is drawn from: the vector walk's calls, recorded here and drawn at the scale
     * on any thread, where the walk draws every node of the frame ({@link VectorRaster}); else a snapshot.
     */
    static final class Picture {
        private final PaintRecording recording;
        private final WritableImage snapshot;
        private final Size size;
        private final double scale;
        private final boolean opaque; // the frame's own background covers it: drawn as RGB bytes for a PNG

        private Picture(PaintRecording recording, WritableImage snapshot, Size size, double scale, boolean opaque) {
            this.recording = recording;
            this.snapshot = snapshot;
            this.size = size;
            this.scale = scale;
            this.opaque = opaque;
        }

        /** The picture as a JavaFX image. Any thread. */
        WritableImage image() {
            return snapshot != null ? snapshot : pixels().toImage();
        }

        /** Writes the picture as a PNG, atomically. Any thread. */
        void writePng(java.nio.file.Path file) throws java.io.IOException {
            if (snapshot != null) {
                PngWriter.write(snapshot, file);
                return;
            }
            if (opaque) {
                VectorRaster.drawLentRgb(recording, size.width(), size.height(), scale, px -> dev.evdash.data.AtomicFiles
                        .write(file, out -> PngEncoder.writeRgb(px.rgb(), px.width(), px.height(), out)));
                return;
            }
            VectorRaster.drawLent(recording, size.width(), size.height(), scale, px -> dev.evdash.data.AtomicFiles
                    .write(file, out -> PngEncoder.writePremultiplied(px.argbPre(), px.width(), px.height(), out)));
        }

        private VectorRaster.Pixels pixels() {
            return VectorRaster.draw(recording, size.width(), size.height(), scale);
        }
    }

    /** The picture of a frame {@link #layOut laid out} at {@code size} (at scale 1), to draw at {@code scale}. FX thread. */
    static Picture picture(Region laidOut, Size size, double scale) {
        if (VectorRaster.drawable(laidOut)) {
            return new Picture(VectorRaster.record(laidOut), null, size, scale,
                    VectorRaster.coversItselfOpaquely(laidOut, size.width(), size.height(), scale));
        }
        return new Picture(null, snapshot(layOut(laidOut, size, scale), size, scale), size, scale, false);
    }

    /** Draws a frame {@link #layOut laid out} at {@code size} and {@code scale} to an image. */
    static WritableImage snapshot(Region frame, Size size, double scale) {
        if (frame.getScene() != null && frame.getScene().getRoot() instanceof SharedScene) {
            // a snapshot of a scene with no window makes the scene keep a list of nodes to sync that only
            // the next snapshot empties: the next frame drawShared lays out gets a new scene, so later
            // frames' nodes are not held
            SharedScene.instance = null;
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        params.setFill(Color.TRANSPARENT);
        WritableImage image = new WritableImage((int) Math.round(size.width() * scale),
                (int) Math.round(size.height() * scale));
        return frame.snapshot(params, image);
    }

    /**
     * Lays {@code frame} out in a scene of {@code size} with the report stylesheet, its footer fitted and its
     * canvases set to draw at {@code scale}: ready to be drawn to an image or walked into a vector document.
     */
    public static Region layOut(Region frame, Size size, double scale) {
        Objects.requireNonNull(frame);
        if (frame.getScene() == null) {
            Scene scene = new Scene(frame, size.width(), size.height(), Color.TRANSPARENT);
            scene.getStylesheets().add(stylesheet());
        }
        arrange(frame, size, scale);
        return frame;
    }

    /** What {@link #drawShared} gives a laid-out frame to. */
    @FunctionalInterface
    interface Drawing<T> {
        T draw(Region laidOut) throws java.io.IOException;
    }

    /**
     * Lays {@code frame} out at {@code size} as {@link #layOut} does, but in the one scene that every frame
     * drawn this way shares, hands it to {@code drawing} and then takes it out of that scene. JavaFX keeps
     * what it has found of which style rules may apply to which kind of node for each scene root: a frame
     * laid out in a scene of its own matched every node against the stylesheets again, half of an export's
     * work on the FX thread. Inside the shared scene the frame carries the {@code root} style class a
     * scene's root gets, so the same rules style it. FX thread.
     */
    static <T> T drawShared(Region frame, Size size, Drawing<T> drawing) throws java.io.IOException {
        Objects.requireNonNull(frame);
        if (frame.getScene() != null) {
            throw new IllegalArgumentException("the frame is already in a scene");
        }
        SharedScene host = SharedScene.get();
        frame.getStyleClass().add(0, "root");
        host.getChildren().setAll(frame);
        try {
            arrange(frame, size, 1);
            return drawing.draw(frame);
        } finally {
            host.getChildren().clear();
            frame.getStyleClass().remove("root");
        }
    }

    /** The root of the scene {@link #drawShared} lays frames out in; it leaves them the size they are given. */
    private static final class SharedScene extends javafx.scene.layout.Pane {
        private static SharedScene instance; // FX thread only

        static SharedScene get() {
            if (instance == null) {
                instance = new SharedScene();
                new Scene(instance, Color.TRANSPARENT).getStylesheets().add(stylesheet());
            }
            return instance;
        }

        @Override
        protected void layoutChildren() {
            // a frame is sized by arrange(), not by this pane
        }
    }

    private static String stylesheet() {
        return Objects.requireNonNull(ReportImage.class.getResource(STYLESHEET)).toExternalForm();
    }

    /** Styles and lays out a frame that is in a scene: its footer fitted, its canvases set to draw at the scale. */
    private static void arrange(Region frame, Size size, double scale) {
        frame.applyCss();
        frame.resize(size.width(), size.height());
        frame.layout();
        fitFooter(frame, size);
        for (Node n : frame.lookupAll(".bar-chart-view")) {
            ((BarChartView) n).renderScaleProperty().set(scale);
        }
        for (Node n : frame.lookupAll(".time-chart-view")) {
            ((dev.evdash.view.chart.TimeChartView) n).renderScaleProperty().set(scale);
        }
        for (Node n : frame.lookupAll(".graph-canvas")) {
            ((GraphCanvas) n).setRenderScale(scale);
        }
        frame.applyCss();
        frame.layout();
    }
}
