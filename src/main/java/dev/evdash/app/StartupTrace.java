package dev.evdash.app;

import java.lang.management.ManagementFactory;

/**
 * Where start-up time goes: with {@code EVDASH_TRACE_STARTUP} set, each step prints the milliseconds
 * since the JVM started and the classes loaded so far. Costs nothing otherwise.
 */
public final class StartupTrace {

    private static final boolean ON = System.getenv("EVDASH_TRACE_STARTUP") != null;

    static {
        if (ON) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> mark("shutdown hooks run"), "evdash-trace-exit"));
        }
    }

    private StartupTrace() {}

    public static void mark(String step) {
        if (ON) {
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
            System.err.printf("EVDash start-up: %5d ms, %5d classes: %s%n", since, classes, step);
        }
    }
}
