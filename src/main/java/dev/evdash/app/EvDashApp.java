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
    public void init() {
        options = Main.GuiOptions.parse(getParameters().getRaw());
        context = EvDashContext.load(options.dataFile(), UserDataLocation.defaultFile(),
                PreferencesSettings.forUser(), url -> getHostServices().showDocument(url));
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
