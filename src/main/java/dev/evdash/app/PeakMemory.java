package dev.evdash.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The process's peak resident memory, as the operating system counts it (Linux: {@code VmHWM} of
 * {@code /proc/self/status}); printed at exit when the benchmark sets {@link #ENV}, so that it can be read
 * from a child process started through any launcher.
 */
final class PeakMemory {

    static final String ENV = "EVDASH_BENCH_PEAK";
    static final String PREFIX = "EVDash peak resident memory: ";

    private PeakMemory() {}

    static void reportAtExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> peakKib().ifPresent(k ->
                System.err.println(PREFIX + k + " KiB")), "evdash-peak-memory"));
    }

    /** VmHWM in KiB, where the system reports it. */
    static Optional<Long> peakKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
