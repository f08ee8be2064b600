package dev.evdash.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetRepositoryTest {

    @TempDir
    Path dir;

    private DatasetRepository repository() {
        return new DatasetRepository(new DatasetReader(), dir.resolve("user").resolve("dataset.json"));
    }

    @Test
    void usesBundledDatasetWhenThereIsNoUserFile() {
        LoadOutcome o = repository().loadInitial(Optional.empty());
        assertThat(o.origin().isBundled()).isTrue();
        assertThat(o.problems()).isEmpty();
        assertThat(o.dataset().partnerships()).isNotEmpty();
    }

    @Test
    void prefersTheUserFileOverTheBundledDataset() throws IOException {
        DatasetRepository repo = repository();
        Files.createDirectories(repo.userFile().getParent());
        Files.writeString(repo.userFile(), Fixtures.SMALL);
        LoadOutcome o = repo.loadInitial(Optional.empty());
        assertThat(o.origin().path()).contains(repo.userFile());
        assertThat(o.dataset().name()).isEqualTo("test");
    }

    @Test
    void dataOptionWinsOverTheUserFile() throws IOException {
        DatasetRepository repo = repository();
        Files.createDirectories(repo.userFile().getParent());
        Files.writeString(repo.userFile(), Fixtures.SMALL.replace("\"test\"", "\"user\""));
        Path given = Files.writeString(dir.resolve("given.json"), Fixtures.SMALL);
        LoadOutcome o = repo.loadInitial(Optional.of(given));
        assertThat(o.origin().path()).contains(given);
        assertThat(o.dataset().name()).isEqualTo("test");
    }

    @Test
    void badFileFallsBackToBundledAndIsLeftUntouched() throws IOException {
        String broken = Fixtures.smallWith("\"value\": 9500000", "\"value\": -9500000");
        Path bad = Files.writeString(dir.resolve("bad.json"), broken);
        LoadOutcome o = repository().loadInitial(Optional.of(bad));
        assertThat(o.origin().isBundled()).isTrue();
        assertThat(o.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(bad.toString());
            assertThat(p.pointer()).isEqualTo("/series/0/points/0/value");
        });
        assertThat(Files.readString(bad)).isEqualTo(broken);
    }
}
