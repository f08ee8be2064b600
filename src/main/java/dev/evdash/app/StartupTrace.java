package dev.evdash.app;

import java.lang.management.ManagementFactory;

/**
 * Where start-up time goes: with {@code EVDASH_TRACE_STARTUP} set, each step prints the milliseconds
 * since the JVM started, the classes loaded so far and the CPU time of the thread that took the step
 * (against the wall time, what it waited for). Costs nothing otherwise.
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
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            System.err.printf("EVDash start-up: %5d ms, %5d classes, %5d ms on %s: %s%n", since, classes, cpu,
                    Thread.currentThread().getName(), step);
        }
    }
}
