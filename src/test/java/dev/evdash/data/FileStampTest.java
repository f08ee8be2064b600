package dev.evdash.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's stamp, hashed a slice at a time, is the stamp of its bytes read whole. */
class FileStampTest {

    @TempDir
    Path dir;

    @Test
    void aFileHashedInSlicesHasTheStampOfItsBytes() throws Exception {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, FileBytes.SLICE, FileBytes.SLICE + 1, 2 * FileBytes.SLICE + 777}) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            Path file = dir.resolve("f" + size + ".json");
            Files.write(file, content);
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            assertThat(FileStamp.current(file)).as(size + " bytes")
                    .contains(new FileStamp(expected, size))
                    .contains(FileStamp.of(content));
        }
    }

    @Test
    void aMissingFileHasNoStamp() throws Exception {
        assertThat(FileStamp.current(dir.resolve("none.json"))).isEmpty();
    }
}
