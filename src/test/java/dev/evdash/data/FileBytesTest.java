package dev.evdash.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBytesTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryByteOfFilesSmallerAndLargerThanASlice() throws Exception {
        Random random = new Random(23);
        for (int size : new int[] {0, 1, 4096, FileBytes.SLICE, FileBytes.SLICE + 1, 3 * FileBytes.SLICE + 12345}) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            Path file = dir.resolve("f" + size + ".json");
            Files.write(file, content);
            assertThat(FileBytes.read(file)).as(size + " bytes").isEqualTo(content);
        }
    }

    @Test
    void aMissingFileIsSaidToBeMissing() {
        assertThatThrownBy(() -> FileBytes.read(dir.resolve("none.json"))).isInstanceOf(NoSuchFileException.class);
    }
}
