package dev.evdash.app;

import dev.evdash.data.UserDataLocation;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: reads the data in {@link #init()} (off the FX thread), then opens the window. */
public final class EvDashApp extends Application {

    private Main.GuiOptions options;
    private EvDashContext context;
    private java.util.Optional<javafx.scene.image.Image> icon = java.util.Optional.empty();

    @Override
    public void init() throws InterruptedException {
        StartupTrace.mark("toolkit up: init");
        // the shipped font (5 MB) registers while the data is read: both before the first frame
        Thread fonts = new Thread(dev.evdash.fx.Fonts::load, "evdash-fonts");
        fonts.setDaemon(true);
        fonts.start();
        options = Main.GuiOptions.parse(getParameters().getRaw());
        // the window icon (512 px) is decoded here while the data is read, not on the FX thread
        icon = EvDashContext.windowIcon();
        StartupTrace.mark("window icon decoded");
        java.util.function.Consumer<String> browser = url -> getHostServices().showDocument(url);
        context = EarlyStart.take(browser).orElseGet(() -> EvDashContext.load(options.dataFile(),
                UserDataLocation.defaultFile(), EvDashContext.checkedFiles(), PreferencesSettings.forUser(), browser));
        StartupTrace.mark("data read, context made");
        fonts.join();
        StartupTrace.mark("font registered");
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start");
        context.show(stage, icon);
        StartupTrace.mark("window shown");
        if (options.trainingRun) {
            TrainingRun.afterFirstFrame(context.shell());
        } else if (options.quitAfterFirstFrame) {
            FirstFrame.await(elapsed -> {
                StartupTrace.mark("first frame");
                System.out.printf("EVDash: first frame %d ms after JVM start%n", elapsed.toMillis());
                Platform.exit();
            });
        }
    }
}
