package dev.evdash.app;

import dev.evdash.data.UserDataLocation;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: reads the data in {@link #init()} (off the FX thread), then opens the window. */
public final class EvDashApp extends Application {

    private Main.GuiOptions options;
    private EvDashContext context;

    @Override
    public void init() throws InterruptedException {
        // the shipped font (5 MB) registers while the data is read: both before the first frame
        Thread fonts = new Thread(dev.evdash.fx.Fonts::load, "evdash-fonts");
        fonts.setDaemon(true);
        fonts.start();
        options = Main.GuiOptions.parse(getParameters().getRaw());
        context = EvDashContext.load(options.dataFile(), UserDataLocation.defaultFile(),
                PreferencesSettings.forUser(), url -> getHostServices().showDocument(url));
        fonts.join();
    }

    @Override
    public void start(Stage stage) {
        context.show(stage);
        if (options.quitAfterFirstFrame) {
            FirstFrame.await(elapsed -> {
                System.out.printf("EVDash: first frame %d ms after JVM start%n", elapsed.toMillis());
                Platform.exit();
            });
        }
    }
}
