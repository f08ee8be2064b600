package dev.evdash.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Starts JavaFX without a display, on Monocle's headless platform with software rendering, for commands
 * that render images. The properties must be set before anything touches the toolkit.
 */
final class Headless {

    static final String MONOCLE_FACTORY = "com.sun.glass.ui.monocle.MonoclePlatformFactory";

    private Headless() {}

    /**
     * Starts the toolkit headless; returns false when it was already running (in tests, or a second
     * command in the same process), and then the caller must not stop it.
     */
    static boolean start() throws Exception {
        try {
            Class.forName(MONOCLE_FACTORY, false, Headless.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("headless rendering needs openjfx-monocle on the class path");
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
        started.get(60, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        return true;
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T call(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(5, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }
}
