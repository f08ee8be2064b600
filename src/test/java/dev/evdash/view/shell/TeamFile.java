package dev.evdash.view.shell;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.MemorySettings;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.DatasetReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;

/**
 * The window open on a team's data file (the bundled dataset written to {@code team-dataset.json}), for
 * tests in which someone else changes that file behind the window.
 */
record TeamFile(Path file, EvDashContext context) {

    static final DatasetCodec CODEC = new DatasetCodec();
    static final Dataset BUNDLED = new DatasetReader().readBundled().dataset().orElseThrow();

    /** Writes the file into {@code dir} and shows the window on it in {@code stage}. Call on the FX thread. */
    static TeamFile open(Path dir, Stage stage) throws IOException {
        Path file = Files.writeString(dir.resolve("team-dataset.json"), CODEC.write(BUNDLED));
        EvDashContext context = EvDashContext.load(Optional.of(file), dir.resolve("none.json"), new MemorySettings(),
                u -> { });
        context.show(stage);
        return new TeamFile(file, context);
    }
}
