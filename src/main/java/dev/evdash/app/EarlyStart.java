package dev.evdash.app;

import dev.evdash.data.UserDataLocation;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads the data and makes the application's context while the JavaFX toolkit starts: on two cores the
 * two overlap, and the window's first frame comes that much sooner. The context needs no toolkit; web
 * addresses it is asked to open wait for the application's host services, which exist only once the
 * application does.
 */
final class EarlyStart {

    private static final AtomicReference<CompletableFuture<EvDashContext>> PENDING = new AtomicReference<>();
    private static final AtomicReference<Consumer<String>> BROWSER = new AtomicReference<>(url -> { });

    private EarlyStart() {}

    /** Starts reading for the window's options {@code options}. */
    static void begin(Main.GuiOptions options) {
        CompletableFuture<EvDashContext> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            EvDashContext context;
            try {
                context = EvDashContext.load(options.dataFile(), UserDataLocation.defaultFile(), EvDashContext.checkedFiles(),
                        PreferencesSettings.forUser(), url -> BROWSER.get().accept(url));
            } catch (Throwable e) {
                f.completeExceptionally(e);
                return;
            }
            f.complete(context);
            try {
                context.prepareFirstView();
            } catch (RuntimeException e) {
                StartupTrace.mark("the first view's model could not be made ahead; the view makes it: " + e);
            }
            StartupTrace.mark("first view's model made ahead");
        }, "evdash-early-start");
        t.setDaemon(true);
        PENDING.set(f);
        t.start();
    }

    /** The context begun early, once the application can open web addresses; empty if none was begun. */
    static Optional<EvDashContext> take(Consumer<String> browser) throws InterruptedException {
        CompletableFuture<EvDashContext> f = PENDING.getAndSet(null);
        if (f == null) {
            return Optional.empty();
        }
        BROWSER.set(browser);
        try {
            return Optional.of(f.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
