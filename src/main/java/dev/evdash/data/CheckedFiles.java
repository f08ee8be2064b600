package dev.evdash.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data files this build of EVDash has read in full and found valid, each with the stamp of its bytes,
 * so that opening the same bytes again binds them without checking them against the JSON Schema a
 * second time (for a large file, most of the time a read takes). The record is a cache: a file whose
 * size or modification time differs from its entry is read in full; one whose bytes hash differently
 * from the entry, whatever its times say, is read in full too; another build (whose checks may differ)
 * uses none of the entries. An unreadable or missing record file is an empty record, and a record that
 * cannot be written is not written: either costs only a full read.
 *
 * <p>Kept as lines of text in the user's cache folder: {@code build ID}, then one line per file,
 * {@code SHA-256 SIZE MODIFIED-MILLIS PATH}, the file read last first.
 */
public final class CheckedFiles {

    public static final String FILE_NAME = "checked-files.txt";
    /** The system property naming the cache folder instead of the platform's own (for the bench and tests). */
    public static final String CACHE_DIR_PROPERTY = "evdash.cacheDir";
    /** The files remembered; the ones read longest ago are forgotten first. */
    static final int KEPT = 16;
    private static final String HEADER = "# EVDash: data files this build read in full and found valid; safe to delete";

    /** One file as it was when found valid. */
    record Entry(Path file, long size, long modifiedMillis, FileStamp stamp) {}

    private static final CheckedFiles NONE = new CheckedFiles(null, "");

    private final Path store;
    private final String build;

    private CheckedFiles(Path store, String build) {
        this.store = store;
        this.build = build;
    }

    /** Remembers nothing: every read is a full one (what {@code validate} needs). */
    public static CheckedFiles none() {
        return NONE;
    }

    /**
     * The record of {@code build} kept in {@code store}. A build id that Maven did not fill in (a build
     * from sources without resource filtering) cannot tell builds apart, so nothing is remembered then.
     */
    public static CheckedFiles at(Path store, String build) {
        if (build == null || build.isBlank() || build.contains("${") || build.chars().anyMatch(Character::isWhitespace)) {
            return NONE;
        }
        return new CheckedFiles(store.toAbsolutePath(), build);
    }

    /** The record of {@code build} in the user's cache folder. */
    public static CheckedFiles forBuild(String build) {
        return at(cacheDirectory().resolve(FILE_NAME), build);
    }

    public boolean remembers() {
        return store != null;
    }

    /**
     * The cache folder: the {@value #CACHE_DIR_PROPERTY} property if set; else on Windows
     * {@code %LOCALAPPDATA%\EVDash\cache}, on macOS {@code ~/Library/Caches/EVDash}, elsewhere
     * {@code $XDG_CACHE_HOME/evdash}, by default {@code ~/.cache/evdash}.
     */
    public static Path cacheDirectory() {
        String set = System.getProperty(CACHE_DIR_PROPERTY);
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        return UserDataLocation.folder(UserDataLocation.Kind.CACHE, System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    /**
     * The stamp {@code file} had when it was found valid, if its size and modification time are still
     * what they were then. The caller compares it with the stamp of the bytes it read.
     */
    public synchronized Optional<FileStamp> lookUp(Path file, long size, long modifiedMillis) {
        if (store == null) {
            return Optional.empty();
        }
        Path key = key(file);
        return entries().stream()
                .filter(e -> e.file().equals(key) && e.size() == size && e.modifiedMillis() == modifiedMillis)
                .map(Entry::stamp)
                .findFirst();
    }

    /** Notes that {@code file}, of that size and modification time, held valid bytes with {@code stamp}. */
    public synchronized void remember(Path file, long size, long modifiedMillis, FileStamp stamp) {
        if (store == null) {
            return;
        }
        Path key = key(file);
        if (key.toString().indexOf('\n') >= 0 || key.toString().indexOf('\r') >= 0) {
            return; // one line per file
        }
        List<Entry> kept = new ArrayList<>();
        kept.add(new Entry(key, size, modifiedMillis, stamp));
        for (Entry e : entries()) {
            if (!e.file().equals(key) && kept.size() < KEPT) {
                kept.add(e);
            }
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("build ").append(build).append('\n');
        for (Entry e : kept) {
            text.append(e.stamp().sha256()).append(' ').append(e.size()).append(' ').append(e.modifiedMillis())
                    .append(' ').append(e.file()).append('\n');
        }
        try {
            AtomicFiles.write(store, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written costs the next open a full read, nothing more
        }
    }

    /** Notes {@code file} as it is on disk now, holding {@code stamp}. */
    public void remember(Path file, FileStamp stamp) {
        if (store == null) {
            return;
        }
        try {
            remember(file, Files.size(file), Files.getLastModifiedTime(file).toMillis(), stamp);
        } catch (IOException e) {
            // gone already: nothing to remember
        }
    }

    /** The entries of this build, the file read last first; none when the record is missing or another build's. */
    synchronized List<Entry> entries() {
        List<String> lines;
        try {
            lines = Files.readAllLines(store, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | RuntimeException e) {
            return List.of(); // unreadable: a cache, so read in full
        }
        List<Entry> out = new ArrayList<>();
        boolean ours = false;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("build ")) {
                ours = line.substring("build ".length()).strip().equals(build);
                continue;
            }
            if (!ours) {
                return List.of();
            }
            parse(line).ifPresent(out::add);
        }
        return ours ? out : List.of();
    }

    private static Optional<Entry> parse(String line) {
        String[] parts = line.split(" ", 4);
        if (parts.length != 4 || parts[0].length() != 64 || !parts[0].chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        try {
            long size = Long.parseLong(parts[1]);
            long modified = Long.parseLong(parts[2]);
            return Optional.of(new Entry(Path.of(parts[3]), size, modified, new FileStamp(parts[0], size)));
        } catch (RuntimeException e) {
            return Optional.empty(); // a line that cannot be read is a file not remembered
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
