package dev.evdash.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads a dataset file into a {@link ReadResult}: never throws for bad input, and names the file and,
 * where the text gives one, the line, column and JSON pointer of every problem.
 */
public final class DatasetReader {

    /** Where the bundled dataset sits in the jar. */
    public static final String BUNDLED_RESOURCE = "/dev/evdash/data/evdash-dataset.json";
    public static final String BUNDLED_NAME = "bundled dataset";

    /** Records bound from the bytes and what checking their references found (null: the check failed). */
    private record Bound(Dataset dataset, List<DatasetValidator.Finding> findings) {}

    /** Binds records beside the schema check; a daemon, so that it never keeps the JVM alive. */
    private static final java.util.concurrent.Executor BINDER = r -> {
        Thread t = new Thread(r, "evdash-bind");
        t.setDaemon(true);
        t.start();
    };

    private final DatasetCodec codec;
    private final DatasetValidator validator;
    private final CheckedFiles checked;

    public DatasetReader(DatasetCodec codec, DatasetValidator validator, CheckedFiles checked) {
        this.codec = codec;
        this.validator = validator;
        this.checked = java.util.Objects.requireNonNull(checked);
    }

    public DatasetReader(DatasetCodec codec, DatasetValidator validator) {
        this(codec, validator, CheckedFiles.none());
    }

    /** Checks every file in full, every time: for {@code validate}, merges and imports. */
    public DatasetReader() {
        this(DatasetCodec.shared(), new DatasetValidator());
    }

    /**
     * A reader that binds a file it found valid before, if its bytes are still the same, without
     * checking them against the schema again; see {@link CheckedFiles}. For the window and the export.
     */
    public static DatasetReader remembering(CheckedFiles checked) {
        return new DatasetReader(DatasetCodec.shared(), new DatasetValidator(), checked);
    }

    /** Where this reader remembers the files it found valid. */
    public CheckedFiles checkedFiles() {
        return checked;
    }

    /** Reads {@code file}; problems name it as given. The result carries the file's stamp, for a later save. */
    public ReadResult read(Path file) {
        return read(file, true);
    }

    /**
     * Reads {@code file} as {@link #read(Path)} does, for a command that only reports on it ({@code
     * validate}): with no stamp, unless this reader remembers checked files, which needs one. A stamp is a
     * SHA-256 of every byte, work a report does not need.
     */
    public ReadResult check(Path file) {
        return read(file, checked.remembers());
    }

    private ReadResult read(Path file, boolean stamped) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return fail(name, "is a directory, not a dataset file");
            }
            long size = Files.size(file);
            if (size > DatasetCodec.MAX_DOCUMENT_BYTES) {
                return fail(name, String.format(Locale.ROOT,
                        "is %.1f MB; datasets larger than %d MB are refused", size / 1048576.0,
                        DatasetCodec.MAX_DOCUMENT_BYTES / 1048576));
            }
            long modified = Files.getLastModifiedTime(file).toMillis();
            byte[] bytes = FileBytes.read(file);
            if (!stamped) {
                return read(name, bytes);
            }
            // the stamp is taken on the second core while the first parses
            java.util.concurrent.CompletableFuture<FileStamp> stamp = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> FileStamp.of(bytes), BINDER);
            Optional<FileStamp> known = checked.lookUp(file, bytes.length, modified);
            if (known.isPresent()) {
                // found valid before with these times: bound as the bundled dataset is, and kept only if
                // the bytes are still the ones found valid
                Optional<Dataset> again = bindChecked(bytes);
                FileStamp now = stamp.join();
                if (again.isPresent() && now.equals(known.get())) {
                    return ReadResult.valid(again.get()).withStamp(now);
                }
            }
            ReadResult result = read(name, bytes).withStamp(stamp.join());
            if (result.isValid()) {
                checked.remember(file, bytes.length, modified, stamp.join());
            }
            return result;
        } catch (NoSuchFileException e) {
            return fail(name, "no such file");
        } catch (AccessDeniedException e) {
            return fail(name, "cannot be read: permission denied");
        } catch (IOException e) {
            return fail(name, "cannot be read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return fail(name, "is too large to read");
        }
    }

    /**
     * Reads the dataset that ships in the jar. It was checked against the JSON Schema when the jar was
     * built (a test fails the build otherwise), so it is bound and its references checked without
     * compiling the schema: that is most of the time a read takes at start-up. Should it fail to bind,
     * it is read as any file is, and its problems say why.
     */
    public ReadResult readBundled() {
        byte[] bytes;
        try (InputStream in = DatasetReader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                return fail(BUNDLED_NAME, "missing from the application (" + BUNDLED_RESOURCE + ")");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bindChecked(bytes).map(ReadResult::valid).orElseGet(() -> read(BUNDLED_NAME, bytes));
    }

    /**
     * Bytes found valid before (the bundled dataset at build time, a file this build read), bound
     * straight from the bytes and their references checked; empty when they fail either, for a full
     * read to name the problem.
     */
    private Optional<Dataset> bindChecked(byte[] bytes) {
        int start = bomLength(bytes);
        try {
            Dataset dataset = codec.read(bytes, start, bytes.length - start);
            if (validator.checkConsistency(dataset).isEmpty()) {
                return Optional.of(dataset);
            }
        } catch (JacksonException | IllegalArgumentException e) {
            // the full read names the problem
        }
        return Optional.empty();
    }

    /** Reads the bundled dataset as any file is read: JSON Schema and all. For the build's own check. */
    public ReadResult readBundledStrictly() {
        try (InputStream in = DatasetReader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                return fail(BUNDLED_NAME, "missing from the application (" + BUNDLED_RESOURCE + ")");
            }
            return read(BUNDLED_NAME, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates and binds {@code bytes}, the content of a file the user knows as {@code name}. */
    public ReadResult read(String name, byte[] bytes) {
        if (bytes.length > DatasetCodec.MAX_DOCUMENT_BYTES) {
            return fail(name, "is too large: datasets larger than "
                    + DatasetCodec.MAX_DOCUMENT_BYTES / 1048576 + " MB are refused");
        }
        int start = bomLength(bytes);
        // the bytes are checked to be UTF-8 on the second core while the first parses them; a file that is
        // not UTF-8 is reported as such, whatever else the parser says of it
        java.util.concurrent.CompletableFuture<Optional<NotUtf8>> utf8 = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> notUtf8(bytes, start), BINDER);
        if (isBlank(bytes, start)) {
            Optional<NotUtf8> bad = utf8.join();
            return bad.isPresent() ? notUtf8Problem(name, bad.get()) : fail(name, "is empty; expected a JSON dataset object");
        }
        // one pass over the tokens for the syntax, keys given twice and the schema, with no tree, while the
        // records are bound from the bytes on the second core; only a document that pass refuses is read again
        // into a tree for the full check, which names its problems
        int length = bytes.length - start;
        java.util.concurrent.CompletableFuture<Object> direct = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            Dataset bound;
            try {
                // keys given twice: the token pass below looks for them, and a file with one is read again
                bound = codec.readBesideCheck(bytes, start, length);
            } catch (RuntimeException e) {
                return e;
            }
            // the references are checked here too, while the token pass may still run; what is found counts
            // only if that pass accepts the file (records the schema refuses may not be checkable at all)
            try {
                return new Bound(bound, validator.checkConsistency(bound));
            } catch (RuntimeException e) {
                return new Bound(bound, null);
            }
        }, BINDER);
        boolean accepted = validator.acceptsInOnePass(codec, bytes, start, length);
        Object boundDirectly = direct.join();
        if (accepted && boundDirectly instanceof Bound b) {
            Optional<NotUtf8> bad = utf8.join();
            if (bad.isPresent()) {
                return notUtf8Problem(name, bad.get());
            }
            List<DatasetValidator.Finding> findings = b.findings() != null ? b.findings()
                    : validator.checkConsistency(b.dataset());
            return findings.isEmpty() ? ReadResult.valid(b.dataset())
                    : ReadResult.invalid(locate(name, text(bytes, start), findings));
        }
        // parsed from the bytes: no copy of the file as text is made unless a problem needs its position
        JsonNode tree;
        try {
            tree = codec.readTree(bytes, start, bytes.length - start);
        } catch (JacksonException e) {
            Optional<NotUtf8> bad = utf8.join();
            return bad.isPresent() ? notUtf8Problem(name, bad.get())
                    : ReadResult.invalid(List.of(syntaxProblem(name, e, limitLocation(bytes, start, e))));
        }
        Optional<NotUtf8> bad = utf8.join();
        if (bad.isPresent()) {
            return notUtf8Problem(name, bad.get());
        }
        // the records are bound while the schema is checked, all cores at work; a binding of a tree the
        // schema refuses is thrown away
        JsonNode parsed = tree;
        java.util.concurrent.CompletableFuture<Object> bound = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return codec.fromTree(parsed);
            } catch (RuntimeException e) {
                return e; // a tree the schema refuses may not bind at all (null, an array …)
            }
        }, BINDER);
        List<DatasetValidator.Finding> findings = validator.checkSchema(tree);
        Object result = bound.join();
        tree = null; // the records are all that is kept
        if (!findings.isEmpty()) {
            return ReadResult.invalid(locate(name, text(bytes, start), findings));
        }
        if (result instanceof RuntimeException e) {
            return ReadResult.invalid(List.of(new Problem(name, 1, 1, "", "cannot be read as a dataset: "
                    + firstLine(e.getMessage()))));
        }
        Dataset dataset = (Dataset) result;
        findings = validator.checkConsistency(dataset);
        if (!findings.isEmpty()) {
            return ReadResult.invalid(locate(name, text(bytes, start), findings));
        }
        return ReadResult.valid(dataset);
    }

    /**
     * The merge conflicts {@code dataset} (read from {@code file}) still records, each as a problem at its
     * pointer: a file with them loads, and {@code validate} names every one.
     */
    public List<Problem> mergeConflicts(Path file, Dataset dataset) {
        if (dataset.mergeConflicts().isEmpty()) {
            return List.of();
        }
        String text;
        try {
            byte[] bytes = FileBytes.read(file);
            text = text(bytes, bomLength(bytes));
        } catch (IOException e) {
            text = "{}";
        }
        JsonLocations locations = JsonLocations.index(codec.factory(), text);
        List<Problem> out = new ArrayList<>();
        for (MergeConflict c : dataset.mergeConflicts()) {
            JsonLocations.Position pos = locations.locate(c.pointer());
            out.add(c.asProblem(file.toString(), pos.line(), pos.column()));
        }
        return out;
    }

    private static String text(byte[] bytes, int start) {
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    private static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static boolean isBlank(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private List<Problem> locate(String name, String text, List<DatasetValidator.Finding> findings) {
        JsonLocations locations = JsonLocations.index(codec.factory(), text);
        List<Problem> problems = new ArrayList<>(findings.size());
        for (DatasetValidator.Finding f : findings) {
            JsonLocations.Position pos = locations.locate(f.pointer());
            problems.add(new Problem(name, pos.line(), pos.column(), f.pointer(), f.message()));
        }
        return problems;
    }

    private static final java.util.regex.Pattern DUPLICATE_KEY =
            java.util.regex.Pattern.compile("Duplicate Object property \"(.*)\"");

    /**
     * Where a limit (nesting depth, a number's or a name's length) was passed: Jackson's exception for it
     * carries no location, so the tokens are read again up to it. Null when the exception has a location.
     */
    private TokenStreamLocation limitLocation(byte[] bytes, int start, JacksonException e) {
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return null;
        }
        try (tools.jackson.core.JsonParser p = codec.factory().createParser(
                tools.jackson.core.ObjectReadContext.empty(), bytes, start, bytes.length - start)) {
            try {
                for (tools.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t.isNumeric()) {
                        p.getNumberValue();
                    }
                }
            } catch (JacksonException again) {
                return p.currentLocation();
            }
        } catch (JacksonException ignored) {
            // no better place than none
        }
        return null;
    }

    private static Problem syntaxProblem(String name, JacksonException e) {
        return syntaxProblem(name, e, null);
    }

    private static Problem syntaxProblem(String name, JacksonException e, TokenStreamLocation where) {
        TokenStreamLocation loc = where != null ? where : e.getLocation();
        int line = loc == null || loc.getLineNr() < 1 ? 0 : loc.getLineNr();
        int column = loc == null || loc.getColumnNr() < 1 ? 0 : loc.getColumnNr();
        String message = firstLine(e.getOriginalMessage());
        java.util.regex.Matcher duplicate = DUPLICATE_KEY.matcher(message);
        if (duplicate.lookingAt()) {
            return new Problem(name, line, column, "", "the key \"" + duplicate.group(1)
                    + "\" is given twice in one object: keep one of the two values");
        }
        return new Problem(name, line, column, "", "malformed JSON: " + message);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static ReadResult fail(String name, String message) {
        return ReadResult.invalid(List.of(Problem.ofFile(name, message)));
    }

    private static Optional<NotUtf8> notUtf8(byte[] bytes, int start) {
        try {
            checkUtf8(bytes, start);
            return Optional.empty();
        } catch (NotUtf8 e) {
            return Optional.of(e);
        }
    }

    private static ReadResult notUtf8Problem(String name, NotUtf8 e) {
        return ReadResult.invalid(List.of(new Problem(name, e.line, e.column, "",
                "not UTF-8 text (byte 0x" + String.format("%02X", e.value)
                        + "); a dataset is a JSON file saved as UTF-8")));
    }

    /** Checks that the bytes from {@code start} are well-formed UTF-8. */
    private static void checkUtf8(byte[] bytes, int start) throws NotUtf8 {
        int bad = Utf8.firstInvalid(bytes, start);
        if (bad >= 0) {
            throw NotUtf8.at(bytes, start, bad);
        }
    }

    /** Where the first byte that is not UTF-8 sits. */
    private static final class NotUtf8 extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;
        final int value;

        private NotUtf8(int line, int column, int value) {
            this.line = line;
            this.column = column;
            this.value = value;
        }

        static NotUtf8 at(byte[] bytes, int start, int offset) {
            int line = 1;
            int lineStart = start;
            for (int i = start; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new NotUtf8(line, offset - lineStart + 1, bytes[offset] & 0xFF);
        }
    }
}
