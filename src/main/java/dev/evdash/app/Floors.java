package dev.evdash.app;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * What the benchmark holds EVDash against, started by the same launcher, runtime and flags as EVDash
 * itself ({@code evdash bench} runs it as {@code --bench-floor-window}, before anything of the
 * application is loaded): a bare JavaFX window, one {@code Label} in a 1280×800 stage, that quits after
 * its second frame as {@code --quit-after-first-frame} does. The load floor is {@link JsonFloor}, a JVM
 * of its own with default flags.
 */
public final class Floors {

    static final String WINDOW = "--bench-floor-window";

    private Floors() {}

    /** Runs a floor if {@code args} asks for one; returns whether it did. */
    static boolean run(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals(WINDOW)) {
            Application.launch(BareWindow.class);
            return true;
        }
        return false;
    }

    /** One label in a 1280×800 window; prints its first frame's time after JVM start and quits. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("EVDash")), 1280, 800));
            stage.show();
            Instant vmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 2) {
                        stop();
                        System.out.printf("floor: first frame %d ms after JVM start%n",
                                Duration.between(vmStart, Instant.now()).toMillis());
                        Platform.exit();
                    }
                }
            }.start();
        }
    }
}
