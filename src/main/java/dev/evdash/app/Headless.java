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

    /** Tells the toolkit, before it starts, to run on Monocle's headless platform with software rendering. */
    static void useHeadlessPlatform() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }

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
        useHeadlessPlatform();
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

    /**
     * Starts the toolkit headless ({@link #start}) on a thread of its own, for the caller to do other work
     * meanwhile; {@link #started} waits for it.
     */
    static java.util.concurrent.Future<Boolean> startInBackground() {
        java.util.concurrent.FutureTask<Boolean> task = new java.util.concurrent.FutureTask<>(Headless::start);
        Thread t = new Thread(task, "evdash-toolkit-start");
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** What {@link #start} returned on the thread {@link #startInBackground} began; what stopped it, thrown. */
    static boolean started(java.util.concurrent.Future<Boolean> starting) throws Exception {
        return result(starting, 2, TimeUnit.MINUTES);
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
        return result(result, 5, TimeUnit.MINUTES);
    }

    /** The future's value; what it failed with, thrown as it was. */
    private static <T> T result(java.util.concurrent.Future<T> f, long timeout, TimeUnit unit) throws Exception {
        try {
            return f.get(timeout, unit);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }
}
