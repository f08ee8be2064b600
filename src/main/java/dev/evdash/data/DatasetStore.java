package dev.evdash.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Saves a dataset to the user's file, safely:
 * <ul>
 *   <li>only what reads back as a valid dataset is written (the bytes go through the same reader as a
 *       load);</li>
 *   <li>whole or not at all ({@link AtomicFiles}): a crash leaves the old file or the new one;</li>
 *   <li>the file as it was is kept as {@code dataset.json.1}, the one before as {@code .2}, up to
 *       {@link #backups()};</li>
 *   <li>never over a change made by someone else: if the file no longer holds what was loaded (another
 *       editor, another EVDash, a git pull), {@link ConflictException} says so and nothing is written,
 *       unless the caller chose to overwrite. A lock file beside the data file makes the check and the
 *       write one step for every EVDash process.</li>
 * </ul>
 * The bundled dataset is never a target: it lives in the application, and its first save creates the
 * user's file.
 */
public final class DatasetStore {

    public static final int DEFAULT_BACKUPS = 5;
    private static final Object IN_PROCESS = new Object();

    /** The file changed on disk since it was loaded: saving would lose someone else's edit. */
    public static final class ConflictException extends Exception {
        private final Path file;

        ConflictException(Path file, String message) {
            super(message);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    /** The dataset would not read back as valid: nothing was written. */
    public static final class InvalidDatasetException extends Exception {
        private final List<Problem> problems;

        InvalidDatasetException(List<Problem> problems) {
            super(problems.get(0).format());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private final DatasetCodec codec;
    private final DatasetReader reader;
    private final int backups;
    private final AtomicFiles.Mover mover;

    public DatasetStore(DatasetCodec codec, DatasetReader reader) {
        this(codec, reader, DEFAULT_BACKUPS, AtomicFiles.Mover.ATOMIC);
    }

    public DatasetStore(DatasetCodec codec, DatasetReader reader, int backups, AtomicFiles.Mover mover) {
        if (backups < 0) {
            throw new IllegalArgumentException("backups must not be negative");
        }
        this.codec = Objects.requireNonNull(codec);
        this.reader = Objects.requireNonNull(reader);
        this.backups = backups;
        this.mover = Objects.requireNonNull(mover);
    }

    public int backups() {
        return backups;
    }

    /** The problems a load of {@code dataset} as saved would find; none for data that can be saved. */
    public List<Problem> check(Dataset dataset) {
        return reader.read("the edited data", bytes(dataset)).problems();
    }

    /** The JSON text a dataset is saved as. */
    public byte[] bytes(Dataset dataset) {
        return codec.write(dataset).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Saves {@code dataset} to {@code file} if the file still holds what {@code loaded} says (empty: the
     * file did not exist). Returns the new file's stamp.
     */
    public FileStamp save(Path file, Dataset dataset, Optional<FileStamp> loaded)
            throws IOException, ConflictException, InvalidDatasetException {
        return write(file, dataset, loaded, true);
    }

    /** Saves {@code dataset} to {@code file} over whatever it holds now (the user chose to overwrite). */
    public FileStamp overwrite(Path file, Dataset dataset) throws IOException, InvalidDatasetException {
        try {
            return write(file, dataset, Optional.empty(), false);
        } catch (ConflictException e) {
            throw new IllegalStateException("an overwrite does not check", e);
        }
    }

    /** Whether {@code file} no longer holds what {@code loaded} says. */
    public static boolean changedSince(Path file, Optional<FileStamp> loaded) throws IOException {
        return !FileStamp.current(file).equals(loaded);
    }

    private FileStamp write(Path file, Dataset dataset, Optional<FileStamp> loaded, boolean check)
            throws IOException, ConflictException, InvalidDatasetException {
        byte[] bytes = bytes(dataset);
        ReadResult back = reader.read(file.toString(), bytes);
        if (!back.isValid()) {
            throw new InvalidDatasetException(back.problems());
        }
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        synchronized (IN_PROCESS) {
            Path lockFile = target.resolveSibling("." + target.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                Optional<FileStamp> now = FileStamp.current(target);
                if (check && !now.equals(loaded)) {
                    throw new ConflictException(file, conflict(file, loaded, now));
                }
                FileStamp saved = FileStamp.of(bytes);
                if (now.isPresent() && now.get().equals(saved)) {
                    reader.checkedFiles().remember(target, saved);
                    return saved; // already holds exactly this: no write, no backup
                }
                removeLeftovers(target);
                if (now.isPresent()) {
                    rotateBackups(target);
                }
                AtomicFiles.write(target, out -> out.write(bytes), mover);
                // checked in full above: the next open of these bytes need not check them again
                reader.checkedFiles().remember(target, saved);
                return saved;
            }
        }
    }

    private static String conflict(Path file, Optional<FileStamp> loaded, Optional<FileStamp> now) {
        if (now.isEmpty()) {
            return file + " was deleted or moved since EVDash loaded it";
        }
        if (loaded.isEmpty()) {
            return file + " was created by someone else since EVDash started";
        }
        return file + " was changed by someone else (another editor, another EVDash window, a sync or git pull)"
                + " since EVDash loaded it";
    }

    /** The file names of the backups, newest first. */
    public List<Path> backupFiles(Path file) {
        Path target = file.toAbsolutePath();
        return java.util.stream.IntStream.rangeClosed(1, backups).mapToObj(i -> backup(target, i)).toList();
    }

    private void rotateBackups(Path target) throws IOException {
        if (backups == 0) {
            return;
        }
        Files.deleteIfExists(backup(target, backups));
        for (int i = backups - 1; i >= 1; i--) {
            Path from = backup(target, i);
            if (Files.exists(from)) {
                Files.move(from, backup(target, i + 1), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
        // copied as a stream: the file is not held whole beside the dataset being saved
        AtomicFiles.write(backup(target, 1), out -> Files.copy(target, out));
    }

    /** Temporary files of saves that were killed before their move: ours, as we hold the lock. */
    private static void removeLeftovers(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try (var files = Files.newDirectoryStream(target.getParent(),
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".tmp"))) {
            for (Path p : files) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Path backup(Path target, int i) {
        return target.resolveSibling(target.getFileName() + "." + i);
    }
}
