package dev.evdash.data;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a data file held when EVDash read or wrote it: the SHA-256 of its bytes and their count. Compared
 * with the file's current stamp it tells whether someone else changed the file meanwhile, whatever the
 * file times say (they may not move within a second, or may be set back by a copy or a git checkout).
 */
public record FileStamp(String sha256, long size) {

    public static FileStamp of(byte[] bytes) {
        try {
            return new FileStamp(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    bytes.length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The stamp of the file as it is now; empty when there is no such file. */
    public static Optional<FileStamp> current(Path file) throws IOException {
        try {
            return Optional.of(of(FileBytes.read(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** A short form for messages and logs. */
    public String shortHash() {
        return sha256.substring(0, 12);
    }
}
