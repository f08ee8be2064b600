package dev.evdash.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
        return new FileStamp(HexFormat.of().formatHex(newDigest().digest(bytes)), bytes.length);
    }

    /**
     * The stamp of the file as it is now; empty when there is no such file. The file is hashed a slice at a
     * time, never held whole: a save checks the file it replaces while the dataset it saves is in memory.
     */
    public static Optional<FileStamp> current(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            MessageDigest digest = newDigest();
            ByteBuffer slice = ByteBuffer.allocate(FileBytes.SLICE);
            long size = 0;
            int n;
            while ((n = channel.read(slice)) >= 0) {
                slice.flip();
                digest.update(slice);
                slice.clear();
                size += n;
            }
            return Optional.of(new FileStamp(HexFormat.of().formatHex(digest.digest()), size));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A short form for messages and logs. */
    public String shortHash() {
        return sha256.substring(0, 12);
    }
}
