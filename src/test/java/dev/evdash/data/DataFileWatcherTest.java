package dev.evdash.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFileWatcherTest {

    @TempDir
    Path dir;

    @Test
    void saysOnceWhenTheFileIsWrittenAndNothingForItsNeighbours() throws Exception {
        Path file = Files.writeString(dir.resolve("dataset.json"), "{}");
        LinkedBlockingQueue<Path> changes = new LinkedBlockingQueue<>();
        try (DataFileWatcher watcher = DataFileWatcher.watch(file, changes::add)) {
            Files.writeString(dir.resolve("other.json"), "{}");
            // an editor's save in three steps: one change reported
            Files.writeString(file, "");
            Files.writeString(file, "{\"a\":");
            Files.writeString(file, "{\"a\": 1}");
            assertThat(changes.poll(20, TimeUnit.SECONDS)).isEqualTo(file.toAbsolutePath());
            assertThat(changes.poll(DataFileWatcher.QUIET_MILLIS * 3, TimeUnit.MILLISECONDS)).isNull();

            // replaced by a move, as a git checkout or an atomic save does
            Path tmp = Files.writeString(dir.resolve(".dataset.json.tmp"), "{\"b\": 2}");
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            assertThat(changes.poll(20, TimeUnit.SECONDS)).isEqualTo(file.toAbsolutePath());
        }
    }
}
