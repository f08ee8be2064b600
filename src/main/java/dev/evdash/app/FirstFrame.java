package dev.evdash.app;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Waits for the window's first rendered frames, then reports the time since the process started. Used
 * by {@code --quit-after-first-frame} to check and time start-up.
 */
final class FirstFrame {

    /** Pulses to wait: the first lays the scene out and renders it; the second proves rendering goes on. */
    private static final int FRAMES = 2;

    private FirstFrame() {}

    static void await(Consumer<Duration> then) {
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == FRAMES) {
                    stop();
                    then.accept(Duration.between(processStart, Instant.now()));
                }
            }
        }.start();
    }
}
