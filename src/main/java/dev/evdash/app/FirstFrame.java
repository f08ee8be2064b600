package dev.evdash.app;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Waits for the window's first rendered frames, then reports the time since the Java VM started. Used
 * by {@code --quit-after-first-frame} to check and time start-up. The VM's own start time is kept to the
 * millisecond; the operating system's process start time is not (on Linux it is off by up to a second).
 */
final class FirstFrame {

    /** Pulses to wait: the first lays the scene out and renders it; the second proves rendering goes on. */
    private static final int FRAMES = 2;

    private FirstFrame() {}

    static void await(Consumer<Duration> then) {
        Instant vmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        afterFrames(() -> then.accept(Duration.between(vmStart, Instant.now())));
    }

    /**
     * Runs {@code then} on the FX thread once what the scene shows now has been rendered: after the next
     * {@link #FRAMES} pulses.
     */
    static void afterFrames(Runnable then) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen == FRAMES) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
