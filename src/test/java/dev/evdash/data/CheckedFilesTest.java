package dev.evdash.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckedFilesTest {

    @TempDir
    Path dir;

    private CheckedFiles checked(String build) {
        return CheckedFiles.at(dir.resolve("cache").resolve(CheckedFiles.FILE_NAME), build);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The same length as the fixture, refused by the schema only (a negative figure), bound without complaint. */
    private static final String REFUSED = Fixtures.smallWith("\"value\": 9500000", "\"value\": -950000");

    @Test
    void aFileFoundValidOpensAgainAsTheSameDatasetAndIsRemembered() throws IOException {
        Path file = write("data.json", Fixtures.SMALL);
        CheckedFiles checked = checked("b1");
        DatasetReader reader = DatasetReader.remembering(checked);

        ReadResult first = reader.read(file);
        assertThat(first.problems()).isEmpty();
        assertThat(checked.entries()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(file.toAbsolutePath().normalize());
            assertThat(e.stamp()).isEqualTo(first.stamp().orElseThrow());
        });

        ReadResult again = reader.read(file);
        assertThat(again.problems()).isEmpty();
        assertThat(again.dataset()).isEqualTo(first.dataset());
        assertThat(again.stamp()).isEqualTo(first.stamp());
    }

    @Test
    void bytesRecordedAsValidAreNotCheckedAgainstTheSchema() throws IOException {
        // what shows that the second read skips the schema: bytes it would refuse, recorded as found valid
        Path file = write("data.json", REFUSED);
        assertThat(new DatasetReader().read(file).isValid()).isFalse();
        CheckedFiles checked = checked("b1");
        checked.remember(file, FileStamp.of(Files.readAllBytes(file)));

        assertThat(DatasetReader.remembering(checked).read(file).isValid()).isTrue();
        assertThat(new DatasetReader().read(file).isValid()).as("a reader that remembers nothing").isFalse();
    }

    @Test
    void changedBytesAreCheckedInFullEvenWithTheSameSizeAndTime() throws IOException {
        Path file = write("data.json", Fixtures.SMALL);
        CheckedFiles checked = checked("b1");
        DatasetReader reader = DatasetReader.remembering(checked);
        assertThat(reader.read(file).isValid()).isTrue();
        FileTime time = Files.getLastModifiedTime(file);

        Files.writeString(file, REFUSED, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, time);
        assertThat(Files.size(file)).isEqualTo(Fixtures.SMALL.getBytes(StandardCharsets.UTF_8).length);

        ReadResult r = reader.read(file);
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/series/0/points/0/value");
            assertThat(p.message()).contains("minimum value of 0");
        });
        assertThat(checked.entries()).as("an invalid file is not remembered")
                .allSatisfy(e -> assertThat(e.stamp()).isNotEqualTo(FileStamp.of(Files.readAllBytes(file))));
    }

    @Test
    void anotherBuildUsesNoneOfTheEntries() throws IOException {
        Path file = write("data.json", REFUSED);
        checked("b1").remember(file, FileStamp.of(Files.readAllBytes(file)));

        assertThat(checked("b2").entries()).isEmpty();
        assertThat(DatasetReader.remembering(checked("b2")).read(file).isValid()).isFalse();
    }

    @Test
    void aBuildIdMavenDidNotFillInRemembersNothing() throws IOException {
        CheckedFiles unfilled = checked("${evdash.build.id}");
        Path file = write("data.json", Fixtures.SMALL);
        assertThat(DatasetReader.remembering(unfilled).read(file).isValid()).isTrue();

        assertThat(unfilled.remembers()).isFalse();
        assertThat(checked("").remembers()).isFalse();
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void aSaveRemembersTheFileItWrote() throws IOException, Exception {
        CheckedFiles checked = checked("b1");
        DatasetReader reader = DatasetReader.remembering(checked);
        Dataset d = new DatasetReader().read("x.json", Fixtures.SMALL.getBytes(StandardCharsets.UTF_8))
                .dataset().orElseThrow();
        Path file = dir.resolve("saved.json");

        FileStamp saved = new DatasetStore(DatasetCodec.shared(), reader).save(file, d, Optional.empty());

        assertThat(checked.lookUp(file, Files.size(file), Files.getLastModifiedTime(file).toMillis()))
                .contains(saved);
        assertThat(reader.read(file).dataset()).contains(d);
    }

    @Test
    void keepsTheFilesReadLast() throws IOException {
        CheckedFiles checked = checked("b1");
        FileStamp stamp = FileStamp.of(new byte[] {1});
        for (int i = 0; i < CheckedFiles.KEPT + 3; i++) {
            checked.remember(dir.resolve("f" + i + ".json"), 1, i, stamp);
        }
        checked.remember(dir.resolve("f5.json"), 1, 99, stamp);

        assertThat(checked.entries()).hasSize(CheckedFiles.KEPT);
        assertThat(checked.entries().get(0).file()).isEqualTo(dir.resolve("f5.json").toAbsolutePath());
        assertThat(checked.entries().get(0).modifiedMillis()).isEqualTo(99);
        assertThat(checked.entries()).noneMatch(e -> e.file().endsWith("f0.json"));
        assertThat(checked.lookUp(dir.resolve("f5.json"), 1, 5)).as("the older times of f5").isEmpty();
        assertThat(checked.lookUp(dir.resolve("f6.json"), 2, 6)).as("another size").isEmpty();
        assertThat(checked.lookUp(dir.resolve("f6.json"), 1, 6)).contains(stamp);
    }

    @Test
    void aDamagedRecordIsReadAsFarAsItCanBe() throws IOException {
        Path store = dir.resolve("cache").resolve(CheckedFiles.FILE_NAME);
        Files.createDirectories(store.getParent());
        String hash = "a".repeat(64);
        Files.writeString(store, "build b1\n" + hash + " 3 4 " + dir.resolve("ok.json") + "\n"
                + "not a line\n" + "b".repeat(64) + " three 4 " + dir.resolve("bad.json") + "\n"
                + "zz" + " 3 4 " + dir.resolve("short.json") + "\n", StandardCharsets.UTF_8);

        assertThat(checked("b1").entries()).singleElement()
                .satisfies(e -> assertThat(e.stamp()).isEqualTo(new FileStamp(hash, 3)));

        Files.write(store, new byte[] {(byte) 0xC3, 0x28, 0x0A});
        assertThat(checked("b1").entries()).as("not UTF-8").isEmpty();
    }

    @Test
    void aPathWithSpacesIsOneEntry() throws IOException {
        CheckedFiles checked = checked("b1");
        Path file = dir.resolve("team data").resolve("my data.json");
        FileStamp stamp = FileStamp.of(new byte[] {2});
        checked.remember(file, 1, 2, stamp);
        assertThat(checked.lookUp(file, 1, 2)).contains(stamp);
    }

    private static Path cache(String osName, String home, Map<String, String> env) {
        return UserDataLocation.folder(UserDataLocation.Kind.CACHE, osName, home, env);
    }

    @Test
    void theCacheFolderFollowsEachPlatform() {
        assertThat(cache("Linux", "/home/a", Map.of()))
                .isEqualTo(Path.of("/home/a", ".cache", "evdash"));
        assertThat(cache("Linux", "/home/a", Map.of("XDG_CACHE_HOME", "/var/c")))
                .isEqualTo(Path.of("/var/c", "evdash"));
        assertThat(cache("Linux", "/home/a", Map.of("XDG_CACHE_HOME", "relative")))
                .as("a relative XDG path is ignored, as the spec says").isEqualTo(Path.of("/home/a", ".cache", "evdash"));
        assertThat(cache("Mac OS X", "/Users/a", Map.of()))
                .isEqualTo(Path.of("/Users/a", "Library", "Caches", "EVDash"));
        assertThat(cache("Windows 11", "C:/Users/a", Map.of("LOCALAPPDATA", "L")))
                .isEqualTo(Path.of("L", "EVDash", "cache"));
    }
}
