package dev.evdash.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.CheckedFiles;
import dev.evdash.data.DatasetReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A training run reads the bundled data as a user's file and keeps off the user's own state: what it
 * writes (preferences, the record of checked files) goes into a folder of its own.
 */
class TrainingRunPrepareTest {

    private static final List<String> KEYS = List.of("java.util.prefs.userRoot", CheckedFiles.CACHE_DIR_PROPERTY,
            "glass.platform", "monocle.platform", "prism.order", "java.awt.headless");

    private final Map<String, String> before = new HashMap<>();

    @BeforeEach
    void remember() {
        KEYS.forEach(k -> before.put(k, System.getProperty(k)));
    }

    @AfterEach
    void restore() {
        before.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }

    @Test
    void itReadsACopyOfTheBundledDataAndWritesOnlyIntoItsOwnFolder() throws Exception {
        Path work = TrainingRun.prepare();

        byte[] bundled;
        try (InputStream in = DatasetReader.class.getResourceAsStream(DatasetReader.BUNDLED_RESOURCE)) {
            bundled = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(work.resolve(TrainingRun.DATASET))).isEqualTo(bundled);
        assertThat(Path.of(System.getProperty("java.util.prefs.userRoot")).getParent()).isEqualTo(work);
        assertThat(Path.of(System.getProperty(CheckedFiles.CACHE_DIR_PROPERTY)).getParent()).isEqualTo(work);
        assertThat(System.getProperty("monocle.platform")).isEqualTo("Headless");
    }
}
