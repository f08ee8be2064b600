package dev.evdash.data;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches one data file and says when it changed on disk: written by an editor, replaced by a sync or a
 * git pull, created or deleted. Editors often write in several steps, so events are gathered until the
 * file has been quiet for {@link #QUIET_MILLIS}; then {@code onChange} runs once, on the watcher's own
 * thread. (On macOS the JDK polls the folder, so a change may take some seconds to be seen.)
 */
public final class DataFileWatcher implements Closeable {

    public static final long QUIET_MILLIS = 250;

    private final Path file;
    private final WatchService service;
    private final ScheduledExecutorService timer;
    private final Thread thread;
    private ScheduledFuture<?> pending;

    private DataFileWatcher(Path file, Consumer<Path> onChange) throws IOException {
        this.file = file.toAbsolutePath();
        Path dir = this.file.getParent();
        service = FileSystems.getDefault().newWatchService();
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "evdash-file-watch-timer");
            t.setDaemon(true);
            return t;
        });
        thread = new Thread(() -> run(onChange), "evdash-file-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching {@code file} (its folder must exist). */
    public static DataFileWatcher watch(Path file, Consumer<Path> onChange) throws IOException {
        return new DataFileWatcher(file, onChange);
    }

    public Path file() {
        return file;
    }

    private void run(Consumer<Path> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    Object context = event.context();
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW
                            || (context instanceof Path p && p.equals(file.getFileName()))) {
                        ours = true;
                    }
                }
                if (ours) {
                    schedule(onChange);
                }
                if (!key.reset()) {
                    return; // the folder is gone
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private synchronized void schedule(Consumer<Path> onChange) {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(() -> onChange.accept(file), QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException {
        timer.shutdownNow();
        service.close();
        thread.interrupt();
    }
}
