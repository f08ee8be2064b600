package dev.evdash.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetStoreTest {

    static final DatasetCodec CODEC = new DatasetCodec();
    static final DatasetReader READER = new DatasetReader();
    static final Dataset SMALL = CODEC.read(Fixtures.SMALL);

    @TempDir
    Path dir;

    private final DatasetStore store = new DatasetStore(CODEC, READER);

    static Dataset named(Dataset d, String name) {
        return new Dataset(d.schema(), d.schemaVersion(), name, d.updated(), d.sourcePriority(), d.sources(),
                d.companies(), d.series(), d.partnerships(), d.watchlist());
    }

    /** {@code d} with {@code count} more sources, each with a long note: a bigger file. */
    static Dataset padded(Dataset d, int count) {
        List<Source> sources = new ArrayList<>(d.sources());
        Source s = sources.get(0);
        for (int i = 0; i < count; i++) {
            sources.add(new Source("pad-" + i, s.title(), s.publisher(), s.url(), s.published(), s.kind(), s.licence(),
                    "x".repeat(3000)));
        }
        return new Dataset(d.schema(), d.schemaVersion(), d.name(), d.updated(), d.sourcePriority(), sources,
                d.companies(), d.series(), d.partnerships(), d.watchlist());
    }

    private String nameIn(Path file) {
        ReadResult r = READER.read(file);
        assertThat(r.problems()).as("problems in " + file).isEmpty();
        return r.dataset().orElseThrow().name();
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @Test
    void theFirstSaveCreatesTheFileAndItReadsBackTheSame() throws Exception {
        Path file = dir.resolve("sub").resolve("dataset.json");
        FileStamp stamp = store.save(file, SMALL, Optional.empty());
        ReadResult back = READER.read(file);
        assertThat(back.dataset()).contains(SMALL);
        assertThat(back.stamp()).contains(stamp);
        assertThat(store.backupFiles(file)).noneMatch(Files::exists);
    }

    @Test
    void eachSaveKeepsTheFileBeforeItAsABackupUpToFive() throws Exception {
        Path file = dir.resolve("dataset.json");
        Optional<FileStamp> stamp = Optional.empty();
        for (int i = 1; i <= 7; i++) {
            stamp = Optional.of(store.save(file, named(SMALL, "v" + i), stamp));
        }
        assertThat(nameIn(file)).isEqualTo("v7");
        List<Path> backups = store.backupFiles(file);
        assertThat(backups).extracting(p -> p.getFileName().toString())
                .containsExactly("dataset.json.1", "dataset.json.2", "dataset.json.3", "dataset.json.4", "dataset.json.5");
        assertThat(backups.stream().map(this::nameIn)).containsExactly("v6", "v5", "v4", "v3", "v2");
        assertThat(dir.resolve("dataset.json.6")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFileChangedOnDiskSinceItWasLoadedIsNotOverwritten() throws Exception {
        Path file = dir.resolve("dataset.json");
        FileStamp loaded = store.save(file, named(SMALL, "mine"), Optional.empty());
        String theirs = CODEC.write(named(SMALL, "theirs"));
        Files.writeString(file, theirs); // another editor, a git pull

        assertThatThrownBy(() -> store.save(file, named(SMALL, "my edit"), Optional.of(loaded)))
                .isInstanceOf(DatasetStore.ConflictException.class)
                .hasMessageContaining("was changed by someone else");
        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(DatasetStore.changedSince(file, Optional.of(loaded))).isTrue();

        store.overwrite(file, named(SMALL, "my edit")); // the user chose to overwrite
        assertThat(nameIn(file)).isEqualTo("my edit");
        assertThat(nameIn(dir.resolve("dataset.json.1"))).as("theirs is kept as a backup").isEqualTo("theirs");
    }

    @Test
    void twoWindowsOnOneFileCannotLoseAnEditSilently() throws Exception {
        Path file = dir.resolve("dataset.json");
        FileStamp start = store.save(file, named(SMALL, "start"), Optional.empty());
        DatasetStore other = new DatasetStore(CODEC, READER);
        // both loaded "start"; the first saves, the second must hear of it
        store.save(file, named(SMALL, "first window"), Optional.of(start));
        assertThatThrownBy(() -> other.save(file, named(SMALL, "second window"), Optional.of(start)))
                .isInstanceOf(DatasetStore.ConflictException.class);
        assertThat(nameIn(file)).isEqualTo("first window");
        // a file someone else created where there was none is not overwritten either
        Path fresh = dir.resolve("new.json");
        Files.writeString(fresh, CODEC.write(named(SMALL, "someone else's")));
        assertThatThrownBy(() -> store.save(fresh, SMALL, Optional.empty()))
                .isInstanceOf(DatasetStore.ConflictException.class).hasMessageContaining("was created by someone else");
    }

    @Test
    void aFailedMoveLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("dataset.json");
        FileStamp stamp = store.save(file, named(SMALL, "old"), Optional.empty());
        byte[] before = Files.readAllBytes(file);
        DatasetStore failing = new DatasetStore(CODEC, READER, 5, (from, to) -> {
            assertThat(from).exists().hasSize(Files.size(from)); // the new content was written and synced
            throw new IOException("disk full (simulated)");
        });
        assertThatThrownBy(() -> failing.save(file, named(SMALL, "new"), Optional.of(stamp)))
                .isInstanceOf(IOException.class).hasMessage("disk full (simulated)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aDatasetThatWouldNotReadBackIsNotWritten() throws Exception {
        Path file = dir.resolve("dataset.json");
        FileStamp stamp = store.save(file, SMALL, Optional.empty());
        Partnership p = SMALL.partnerships().get(0);
        Partnership alone = new Partnership(p.id(), List.of("bmw"), p.areas(), p.announced(), p.status(), p.summary(),
                p.sources(), p.note());
        Dataset bad = new Dataset(null, 1, SMALL.name(), SMALL.updated(), null, SMALL.sources(), SMALL.companies(),
                SMALL.series(), List.of(alone), SMALL.watchlist());
        assertThatThrownBy(() -> store.save(file, bad, Optional.of(stamp)))
                .isInstanceOf(DatasetStore.InvalidDatasetException.class)
                .hasMessageContaining("/partnerships/0/parties");
        assertThat(READER.read(file).dataset()).contains(SMALL);
    }

    @Test
    void aSaveKilledAtAnyPointLeavesTheOldOrTheNewFileWhole() throws Exception {
        Path file = dir.resolve("dataset.json");
        Random random = new Random(7);
        int killedDuringSave = 0;
        for (int round = 0; round < 8; round++) {
            Process child = new ProcessBuilder(ChildJvm.command(SaveLoop.class, file.toString()))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int killAfter = 2 + random.nextInt(6);
            String last = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    last = line;
                    if (line.equals("saving " + killAfter) && child.isAlive()) {
                        // a random moment after: validating, writing, syncing, moving, or in a later save
                        LockSupport.parkNanos(random.nextInt(60) * 1_000_000L);
                        child.toHandle().destroyForcibly(); // SIGKILL; its output stays readable to the end
                    }
                }
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(last).as("the child's last line").startsWith("saving ");
            int killAt = Integer.parseInt(last.substring("saving ".length()));
            String name = nameIn(file); // parses and validates: whole
            assertThat(name).as("killed in save " + killAt).isIn("save " + (killAt - 1), "save " + killAt);
            if (name.equals("save " + (killAt - 1))) {
                killedDuringSave++;
            }
            // the next save cleans up what a killed one left
            FileStamp stamp = store.save(file, named(SMALL, "after the kill"), READER.read(file).stamp());
            assertThat(leftovers()).isEmpty();
            assertThat(READER.read(file).stamp()).contains(stamp);
            Files.delete(file);
        }
        // not asserted: where the kill landed is the operating system's timing
        System.out.println("kills that left the save before the one in progress: " + killedDuringSave + " of 8");
    }
}
