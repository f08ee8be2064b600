package dev.evdash.app;

import java.nio.file.Path;
import java.util.Optional;

/** The application as the UI tests open it. */
public final class TestContexts {

    private TestContexts() {}

    /**
     * On the bundled dataset, with no user data file (a {@code none.json} in {@code dir} that does not
     * exist), settings in memory and web addresses ignored; not shown yet.
     */
    public static EvDashContext onBundledData(Path dir) {
        return EvDashContext.load(Optional.empty(), dir.resolve("none.json"), new MemorySettings(), u -> { });
    }
}
